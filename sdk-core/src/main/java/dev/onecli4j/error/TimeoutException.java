package dev.onecli4j.error;

import org.jspecify.annotations.Nullable;

/** An attempt ran past its timeout, or the whole call ran past its overall deadline. */
public class TimeoutException extends OneCliException {
  private static final long serialVersionUID = 1L;

  /** Whether the overall deadline, not one attempt's timeout, ran out. */
  private final boolean overallDeadline;

  /**
   * Creates the exception; {@code overallDeadline} tells which limit was exceeded.
   *
   * @param message the detail message
   * @param overallDeadline whether the overall deadline, not one attempt's timeout, ran out
   */
  public TimeoutException(String message, boolean overallDeadline) {
    this(message, null, overallDeadline);
  }

  /**
   * Creates the exception with the failure that revealed the timeout, which may be null.
   *
   * @param message the detail message
   * @param cause the failure that caused this one, or {@code null}
   * @param overallDeadline whether the overall deadline, not one attempt's timeout, ran out
   */
  public TimeoutException(String message, @Nullable Throwable cause, boolean overallDeadline) {
    super(message, cause);
    this.overallDeadline = overallDeadline;
  }

  /**
   * {@return whether the overall deadline of the call passed, rather than the timeout of one
   * attempt}
   */
  public boolean overallDeadline() {
    return overallDeadline;
  }
}
