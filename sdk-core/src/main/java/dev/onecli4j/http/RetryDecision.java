package dev.onecli4j.http;

import java.time.Duration;
import java.util.Objects;

/** What {@link RetryPolicy#decide} concluded about a failed attempt: retry after a delay, or stop. */
public final class RetryDecision {
  private final boolean retry;
  private final Duration delay;
  private final String reason;

  private RetryDecision(boolean retry, Duration delay, String reason) {
    this.retry = retry;
    this.delay = delay;
    this.reason = reason;
  }

  /**
   * A decision to retry after {@code delay}.
   *
   * @param delay how long to wait
   * @param reason a short lower-case phrase saying why, for logs and listeners
   * @return a decision to retry after {@code delay}
   * @throws IllegalArgumentException if {@code delay} is negative
   */
  public static RetryDecision retryAfter(Duration delay, String reason) {
    Objects.requireNonNull(delay, "delay");
    Objects.requireNonNull(reason, "reason");
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay must not be negative: " + delay);
    }
    return new RetryDecision(true, delay, reason);
  }

  /**
   * A decision not to retry; its {@link #delay()} is zero.
   *
   * @param reason a short lower-case phrase saying why, for logs and listeners
   * @return a decision not to retry; its {@link #delay()} is zero
   */
  public static RetryDecision stop(String reason) {
    return new RetryDecision(false, Duration.ZERO, Objects.requireNonNull(reason, "reason"));
  }

  /** {@return whether the call should make another attempt} */
  public boolean shouldRetry() {
    return retry;
  }

  /** {@return how long to wait before the next attempt; {@link Duration#ZERO} when stopping} */
  public Duration delay() {
    return delay;
  }

  /** {@return a short lower-case phrase saying why, for logs and listeners} */
  public String reason() {
    return reason;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof RetryDecision)) {
      return false;
    }
    RetryDecision that = (RetryDecision) o;
    return retry == that.retry && delay.equals(that.delay) && reason.equals(that.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(retry, delay, reason);
  }

  /** For example {@code RetryDecision{retry after PT0.5S: status 503}} or {@code RetryDecision{stop: max retries}}. */
  @Override
  public String toString() {
    return retry
        ? "RetryDecision{retry after " + delay + ": " + reason + "}"
        : "RetryDecision{stop: " + reason + "}";
  }
}
