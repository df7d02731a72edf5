package dev.onecli4j.error;

import org.jspecify.annotations.Nullable;

/** The request could not be completed because of a network failure; the cause is the I/O error. */
public class ConnectionException extends OneCliException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with {@code message} and the I/O failure {@code cause}.
   *
   * @param message the detail message
   * @param cause the failure that caused this one, or {@code null}
   */
  public ConnectionException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
