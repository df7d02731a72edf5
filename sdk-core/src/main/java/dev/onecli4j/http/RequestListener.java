package dev.onecli4j.http;

import java.time.Duration;

/**
 * Observes calls for metrics or tracing without any extra dependency. Methods run on the
 * calling or OkHttp thread, must be fast, and must not throw (what they throw is logged and
 * ignored).
 */
public interface RequestListener {
  /** A listener that does nothing. */
  RequestListener NONE = new RequestListener() {};

  /** A call is about to send its first attempt. */
  default void onRequestStart(String operationId, String method, String path) {}

  /** Attempt {@code attempt} failed and the call will try again after {@code delay}. */
  default void onRetry(String operationId, int attempt, Duration delay, String reason) {}

  /**
   * The call ended: {@code status} is the last HTTP status (-1 when there was none) and
   * {@code error} is what the call throws, or {@code null} on success.
   */
  default void onRequestEnd(
      String operationId, int status, int attempts, Duration elapsed, Throwable error) {}
}
