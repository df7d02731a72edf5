package dev.onecli4j.internal.http;

import java.time.Duration;

/**
 * What one attempt of a call came to: the call's result, a retry after a delay, or the call's
 * failure.
 */
final class AttemptOutcome<T> {
  private final Answer<T> response;
  private final Duration retryDelay;
  private final RuntimeException error;

  private AttemptOutcome(Answer<T> response, Duration retryDelay, RuntimeException error) {
    this.response = response;
    this.retryDelay = retryDelay;
    this.error = error;
  }

  static <T> AttemptOutcome<T> success(Answer<T> response) {
    return new AttemptOutcome<>(response, null, null);
  }

  static <T> AttemptOutcome<T> retry(Duration delay) {
    return new AttemptOutcome<>(null, delay, null);
  }

  static <T> AttemptOutcome<T> failure(RuntimeException error) {
    return new AttemptOutcome<>(null, null, error);
  }

  boolean isSuccess() {
    return response != null;
  }

  boolean isRetry() {
    return retryDelay != null;
  }

  Answer<T> response() {
    return response;
  }

  Duration retryDelay() {
    return retryDelay;
  }

  RuntimeException error() {
    return error;
  }
}
