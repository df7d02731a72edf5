package dev.onecli4j.error;

import org.jspecify.annotations.Nullable;

/** Base of every exception the SDK throws; unchecked. */
public class OneCliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with {@code message}.
   *
   * @param message the detail message
   */
  public OneCliException(String message) {
    super(message);
  }

  /**
   * Creates the exception with {@code message} and the {@code cause} it wraps.
   *
   * @param message the detail message
   * @param cause the failure that caused this one, or {@code null}
   */
  public OneCliException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
