package dev.onecli4j.validation;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Collects every problem of one set of parameters, then throws them together: a caller learns
 * all that is wrong at once, before anything is sent.
 */
public final class Problems {
  private final String subject;
  private final List<Problem> problems = new ArrayList<>(2);

  private Problems(String subject) {
    this.subject = subject;
  }

  /**
   * Starts collecting problems of {@code subject}, e.g. {@code SecretCreateParams}.
   *
   * @param subject what is validated, e.g. {@code SecretCreateParams}
   * @return the new problems
   */
  public static Problems of(String subject) {
    return new Problems(subject);
  }

  /**
   * Records a problem with {@code field}.
   *
   * @param field the field the problem is about, e.g. {@code name}; empty for the whole object
   * @param message what is wrong, e.g. {@code must not be blank}
   * @return this {@code Problems}
   */
  public Problems add(String field, String message) {
    problems.add(new Problem(field, message));
    return this;
  }

  /**
   * Records a problem unless {@code ok}.
   *
   * @param ok whether the check passed
   * @param field the field the problem is about, e.g. {@code name}; empty for the whole object
   * @param message what is wrong, e.g. {@code must not be blank}
   * @return this {@code Problems}
   */
  public Problems check(boolean ok, String field, String message) {
    if (!ok) {
      add(field, message);
    }
    return this;
  }

  /**
   * Records a problem when {@code value} is null.
   *
   * @param field the field the problem is about, e.g. {@code name}; empty for the whole object
   * @param value the value to check
   * @return this {@code Problems}
   */
  public Problems required(String field, @Nullable Object value) {
    return check(value != null, field, "is required");
  }

  /**
   * Records a problem when {@code value} is null or blank, blank as the server's JavaScript sees
   * it ({@link JsText#isBlank}: Unicode spaces count, control characters do not). For fields the
   * server trims before it checks them.
   *
   * @param field the field the problem is about, e.g. {@code name}; empty for the whole object
   * @param value the value to check
   * @return this {@code Problems}
   */
  public Problems requiredText(String field, @Nullable String value) {
    if (value == null) {
      return add(field, "is required");
    }
    return check(!JsText.isBlank(value), field, "must not be blank");
  }

  /**
   * Records a problem when {@code value} is null or empty. For fields the server does not trim.
   *
   * @param field the field the problem is about, e.g. {@code name}; empty for the whole object
   * @param value the value to check
   * @return this {@code Problems}
   */
  public Problems requiredNonEmpty(String field, @Nullable String value) {
    if (value == null) {
      return add(field, "is required");
    }
    return check(!value.isEmpty(), field, "must not be empty");
  }

  /**
   * Records a problem when {@code id} cannot be sent as one URL path segment.
   *
   * @param field the field the problem is about, e.g. {@code name}; empty for the whole object
   * @param id the ID to check
   * @return this {@code Problems}
   */
  public Problems requiredId(String field, @Nullable String id) {
    if (id == null) {
      return add(field, "is required");
    }
    return check(
        !id.trim().isEmpty() && !id.equals(".") && !id.equals(".."),
        field,
        "must be a non-blank id other than '.' or '..'");
  }

  /** {@return whether any problem was recorded} */
  public boolean isEmpty() {
    return problems.isEmpty();
  }

  /** {@return the problems recorded so far} */
  public List<Problem> list() {
    return new ArrayList<>(problems);
  }

  /** Throws a {@link ValidationException} listing every problem, if there is any. */
  public void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new ValidationException(subject, problems);
    }
  }
}
