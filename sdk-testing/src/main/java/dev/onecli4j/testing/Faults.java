package dev.onecli4j.testing;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * Failures an emulator injects, to test how code copes with a slow or failing service.
 * One-shot faults ({@link #failNext}, {@link #rateLimitNext}, {@link #dropNext}) queue up and
 * hit the next requests in the order they were added, one request each; {@link #latency} delays
 * every answer until changed. Injected failures skip authentication and leave the state alone.
 * Thread-safe; every method returns {@code this} for chaining.
 *
 * <pre>{@code
 * emulator.faults().failNext(2, 503);   // the next two requests answer 503
 * emulator.faults().rateLimitNext(1, Duration.ofSeconds(3));
 * }</pre>
 */
public final class Faults {
  private Duration latency = Duration.ZERO;
  private final Deque<Fault> queue = new ArrayDeque<>();

  Faults() {}

  /**
   * Delays the start of every answer by {@code delay} ({@link Duration#ZERO} turns it off).
   *
   * @param delay the latency added before each answer
   * @return delays the start of every answer by {@code delay} ({@link Duration#ZERO} turns it off)
   */
  public synchronized Faults latency(Duration delay) {
    Objects.requireNonNull(delay, "delay");
    if (delay.isNegative()) {
      throw new IllegalArgumentException("latency must not be negative: " + delay);
    }
    this.latency = delay;
    return this;
  }

  /**
   * Answers the next {@code n} requests with {@code status} (400 to 599) and an error body.
   *
   * @param n how many requests
   * @param status the error status to answer with (400 to 599)
   * @return this {@code Faults}
   */
  public synchronized Faults failNext(int n, int status) {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("status must be an error status (400 to 599), was " + status);
    }
    return add(n, new Fault(status, null, false));
  }

  /**
   * Answers the next {@code n} requests with 429 and {@code Retry-After} in whole seconds (rounded up).
   *
   * @param n how many requests
   * @param retryAfter the delay sent in {@code Retry-After}
   * @return this {@code Faults}
   */
  public synchronized Faults rateLimitNext(int n, Duration retryAfter) {
    Objects.requireNonNull(retryAfter, "retryAfter");
    if (retryAfter.isNegative()) {
      throw new IllegalArgumentException("retryAfter must not be negative: " + retryAfter);
    }
    return add(n, new Fault(429, retryAfter, false));
  }

  /**
   * Closes the connection instead of answering the next {@code n} requests, after reading them;
   * the request is not processed. The emulators' own clients have OkHttp's silent retry of
   * failed connections turned off, so each drop reaches the SDK (and its retry policy).
   *
   * @param n how many requests
   * @return this {@code Faults}
   */
  public synchronized Faults dropNext(int n) {
    return add(n, new Fault(0, null, true));
  }

  /**
   * Removes every queued fault and the latency.
   *
   * @return this {@code Faults}
   */
  public synchronized Faults clear() {
    queue.clear();
    latency = Duration.ZERO;
    return this;
  }

  /** {@return how many one-shot faults are still queued} */
  public synchronized int pending() {
    return queue.size();
  }

  /** {@return the current latency} */
  public synchronized Duration latency() {
    return latency;
  }

  /** Takes the fault for the next request, or {@code null} for none. */
  synchronized Fault next() {
    return queue.pollFirst();
  }

  private Faults add(int n, Fault fault) {
    if (n < 0) {
      throw new IllegalArgumentException("n must not be negative, was " + n);
    }
    for (int i = 0; i < n; i++) {
      queue.addLast(fault);
    }
    return this;
  }

  /** One queued fault: a status (with an optional Retry-After), or a dropped connection. */
  static final class Fault {
    final int status;
    final Duration retryAfter;
    final boolean drop;

    Fault(int status, Duration retryAfter, boolean drop) {
      this.status = status;
      this.retryAfter = retryAfter;
      this.drop = drop;
    }

    /** The Retry-After header value: whole seconds, rounded up. */
    String retryAfterSeconds() {
      long seconds = retryAfter.getSeconds() + (retryAfter.getNano() > 0 ? 1 : 0);
      return Long.toString(seconds);
    }
  }
}
