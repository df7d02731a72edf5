package dev.onecli4j.validation;

import java.util.Objects;

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
  private final String field;
  private final String message;
  private final boolean aborts;

  ServerIssue(Stage stage, String field, String message, boolean aborts) {
    this.stage = stage;
    this.field = field;
    this.message = message;
    this.aborts = aborts;
  }

  /** Which check finds it. */
  public Stage stage() {
    return stage;
  }

  /** The field, dotted ({@code injectionConfig.pathRegex}); empty for the body as a whole. */
  public String field() {
    return field;
  }

  /** The server's message, word for word. */
  public String message() {
    return message;
  }

  /** Whether the body schema stops checking what depends on this field (a wrong JSON type does). */
  boolean aborts() {
    return aborts;
  }

  /** The same issue as a {@link Problem} of a {@link ValidationException}. */
  public Problem toProblem() {
    return new Problem(field, message);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ServerIssue)) {
      return false;
    }
    ServerIssue other = (ServerIssue) o;
    return stage == other.stage && field.equals(other.field) && message.equals(other.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(stage, field, message);
  }

  /** {@code field: message}. */
  @Override
  public String toString() {
    return field.isEmpty() ? message : field + ": " + message;
  }
}
