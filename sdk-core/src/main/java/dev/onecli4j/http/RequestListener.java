package dev.onecli4j.http;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

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
   * @param operationId the operation's id in the API description, e.g. {@code createSecret}
   * @param method the HTTP method, e.g. {@code GET}
   * @param path the request path with its parameters percent-encoded, relative to the base URL
   */
  default void onRequestStart(String operationId, String method, String path) {}

  /**
   * Attempt {@code attempt} failed and the call will try again after {@code delay}.
   *
   * @param operationId the operation's id in the API description, e.g. {@code createSecret}
   * @param attempt the number of the attempt that failed (1 for the first)
   * @param delay how long the SDK waits before the retry
   * @param reason a short lower-case phrase saying why, for logs and listeners
   */
  default void onRetry(String operationId, int attempt, Duration delay, String reason) {}

  /**
   * The call ended: {@code status} is the last HTTP status (-1 when there was none) and
   * {@code error} is what the call throws, or {@code null} on success.
   *
   * @param operationId the operation's id in the API description, e.g. {@code createSecret}
   * @param status the last HTTP status, or -1 when no answer arrived
   * @param attempts how many attempts the call took
   * @param elapsed the time from the call's start to its end
   * @param error what the call throws, or {@code null} on success
   */
  default void onRequestEnd(
      String operationId, int status, int attempts, Duration elapsed, @Nullable Throwable error) {}
}
