package dev.onecli4j.service;

import dev.onecli4j.validation.Problems;
import java.util.Collection;

/** Turns the approval IDs a poll should skip into the {@code exclude} query value. */
final class ApprovalArgs {
  private ApprovalArgs() {}

  /**
   * Checks the approval IDs to skip and joins them with commas; {@code null} when there are none.
   *
   * @throws dev.onecli4j.validation.ValidationException naming every ID that cannot be sent
   */
  static String exclude(Collection<String> exclude) {
    Problems problems = Problems.of("listPending");
    StringBuilder joined = new StringBuilder();
    int i = 0;
    for (String id : exclude) {
      String field = "exclude[" + i++ + "]";
      problems.requiredId(field, id);
      if (id != null) {
        problems.check(id.indexOf(',') < 0, field, "must not contain a comma");
      }
      if (joined.length() > 0) {
        joined.append(',');
      }
      joined.append(id);
    }
    problems.throwIfAny();
    return joined.length() == 0 ? null : joined.toString();
  }
}
