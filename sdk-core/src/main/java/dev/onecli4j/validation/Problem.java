package dev.onecli4j.validation;

import java.io.Serializable;
import java.util.Objects;

/** One thing wrong with a parameter, found before any request is sent. */
public final class Problem implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The field the problem is about; empty for the whole object. */
  private final String field;
  /** What is wrong. */
  private final String message;

  /**
   * Creates a problem with {@code field} (e.g. {@code name}) described by {@code message}.
   *
   * @param field the field the problem is about, e.g. {@code name}; empty for the whole object
   * @param message what is wrong, e.g. {@code must not be blank}
   */
  public Problem(String field, String message) {
    this.field = field == null ? "" : field;
    this.message = message == null ? "" : message;
  }

  /** {@return the field the problem is about; empty when it concerns the whole object} */
  public String field() {
    return field;
  }

  /** {@return what is wrong, e.g. {@code must not be blank}} */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Problem)) {
      return false;
    }
    Problem other = (Problem) o;
    return field.equals(other.field) && message.equals(other.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(field, message);
  }

  /** {@code field: message}, or only the message when there is no field. */
  @Override
  public String toString() {
    return field.isEmpty() ? message : field + ": " + message;
  }
}
