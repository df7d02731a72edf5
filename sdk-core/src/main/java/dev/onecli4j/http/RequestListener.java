package dev.onecli4j.http;

import java.time.Duration;

/**
 * Observes calls for metrics or tracing without any extra dependency. Methods run on the
 * calling or OkHttp thread, must be fast, and should not throw: whatever they throw, {@link
 * Error}s included, is logged (by class name) and ignored, and the call goes on.
 *
 * <p>Every call that starts ends exactly once: {@link #onRequestEnd} fires once per {@link
 * #onRequestStart}, whether the call succeeds, fails, is interrupted, is cancelled (the error is
 * then a {@link java.util.concurrent.CancellationException}) or meets a closed client. The
 * attempts it reports are those the SDK made (a refused connect counts, though nothing reached
 * the server); OkHttp makes none of its own.
 */
public interface RequestListener {
  /** A listener that does nothing. */
  RequestListener NONE = new RequestListener() {};

  /**
   * A call is about to send its first attempt.
   *
   * @param method the method
   * @param operationId the operation ID
   * @param path the path
   */
  default void onRequestStart(String operationId, String method, String path) {}

  /**
   * Attempt {@code attempt} failed and the call will try again after {@code delay}.
   *
   * @param attempt the attempt
   * @param delay the delay
   * @param operationId the operation ID
   * @param reason the reason
   */
  default void onRetry(String operationId, int attempt, Duration delay, String reason) {}

  /**
   * The call ended: {@code status} is the last HTTP status (-1 when there was none) and
   * {@code error} is what the call throws, or {@code null} on success.
   *
   * @param operationId the operation ID
   * @param status the status
   * @param attempts the attempts
   * @param elapsed the elapsed
   * @param error the error
   */
  default void onRequestEnd(
      String operationId, int status, int attempts, Duration elapsed, Throwable error) {}
}
