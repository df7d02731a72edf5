package dev.onecli4j.service;

import dev.onecli4j.generated.onecli.model.ApprovalDecision;
import dev.onecli4j.validation.Problems;
import java.util.Collection;

/** Checks and encodes the arguments of the approval services. */
final class ApprovalArgs {
  private ApprovalArgs() {}

  /** Checks the approval ids to skip and joins them with commas; {@code null} when there are none. */
  static String exclude(String operation, Collection<String> exclude) {
    Problems problems = Problems.of(operation).required("exclude", exclude);
    if (exclude == null) {
      problems.throwIfAny();
    }
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

  /** Refuses a bad approval id and a null decision, reporting both. */
  static void decision(String operation, String id, ApprovalDecision decision) {
    Problems.of(operation).requiredId("id", id).required("decision", decision).throwIfAny();
  }
}
