package dev.onecli4j.error;

import org.jspecify.annotations.Nullable;

/**
 * The calling thread was interrupted while a blocking call was in progress or about to start. The
 * call was cancelled (its connection closed), no further attempt is made, and the thread's
 * interrupt flag is left set. A request already sent may have reached the server.
 */
public class CallInterruptedException extends OneCliException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with {@code message} and the failure that revealed the interrupt, which may be null.
   *
   * @param message the detail message
   * @param cause the failure that caused this one, or {@code null}
   */
  public CallInterruptedException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
