package dev.onecli4j.error;

/** Base of every exception the SDK throws; unchecked. */
public class OneCliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with {@code message}.
   *
   * @param message the message
   */
  public OneCliException(String message) {
    super(message);
  }

  /**
   * Creates the exception with {@code message} and the {@code cause} it wraps.
   *
   * @param message the message
   * @param cause the cause
   */
  public OneCliException(String message, Throwable cause) {
    super(message, cause);
  }
}
