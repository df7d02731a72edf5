package dev.onecli4j.error;

/** The request could not be completed because of a network failure; the cause is the I/O error. */
public class ConnectionException extends OneCliException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with {@code message} and the I/O failure {@code cause}.
   *
   * @param message the message
   * @param cause the cause
   */
  public ConnectionException(String message, Throwable cause) {
    super(message, cause);
  }
}
