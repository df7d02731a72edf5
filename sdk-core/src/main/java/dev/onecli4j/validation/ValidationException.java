package dev.onecli4j.validation;

import dev.onecli4j.error.OneCliException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Parameters broke local rules; nothing was sent. The message lists every problem. */
public class ValidationException extends OneCliException {
  private static final long serialVersionUID = 1L;

  /** What was validated. */
  private final String subject;
  /** Every problem found, in order. */
  private final List<Problem> problems;

  /**
   * Creates the exception for {@code subject} (e.g. {@code SecretCreateParams}) and its problems,
   * which should not be empty; null elements are dropped.
   *
   * @param subject what is validated, e.g. {@code SecretCreateParams}
   * @param problems every problem found, in the order found
   */
  public ValidationException(String subject, List<Problem> problems) {
    this(subject == null || subject.isEmpty() ? "parameters" : subject, copy(problems), null);
  }

  private ValidationException(String subject, List<Problem> problems, Void unused) {
    super(describe(subject, problems));
    this.subject = subject;
    this.problems = problems;
  }

  private static List<Problem> copy(List<Problem> problems) {
    List<Problem> copy = new ArrayList<>(problems == null ? 0 : problems.size());
    if (problems != null) {
      for (Problem problem : problems) {
        if (problem != null) {
          copy.add(problem);
        }
      }
    }
    return Collections.unmodifiableList(copy);
  }

  private static String describe(String subject, List<Problem> problems) {
    StringBuilder sb = new StringBuilder("Invalid ").append(subject);
    for (int i = 0; i < problems.size(); i++) {
      sb.append(i == 0 ? ": " : "; ").append(problems.get(i));
    }
    return sb.toString();
  }

  /** {@return what was validated, e.g. {@code SecretCreateParams}} */
  public String subject() {
    return subject;
  }

  /** {@return every problem found, in the order found; unmodifiable} */
  public List<Problem> problems() {
    return problems;
  }
}
