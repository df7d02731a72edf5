package dev.onecli4j.validation;

/**
 * One problem the server finds in a request, with the words it answers and where they come from.
 * An issue found by the route's body schema is answered {@code 400 {"error": message}}; one found
 * by the service behind it is answered {@code 400 {"error": {"message": ..., "type":
 * "invalid_request_error"}}}. The server answers only its first issue.
 */
public final class ServerIssue {
  /** Which check of the server finds the issue, and so the shape of its answer. */
  public enum Stage {
    /** The route's body schema: a flat {@code {"error": message}}. */
    BODY,
    /** The service behind the route: the {@code invalid_request_error} envelope. */
    SERVICE
  }

  private final Stage stage;
  private final Problem problem;

  ServerIssue(Stage stage, Problem problem) {
    this.stage = stage;
    this.problem = problem;
  }

  /** {@return which check finds it} */
  public Stage stage() {
    return stage;
  }

  /** {@return the server's message, word for word} */
  public String message() {
    return problem.message();
  }

  /**
   * {@return the issue as a {@link Problem} of a {@link ValidationException}: the dotted field and
   * the message}
   */
  public Problem toProblem() {
    return problem;
  }

  /** {@code field: message}. */
  @Override
  public String toString() {
    return problem.toString();
  }
}
