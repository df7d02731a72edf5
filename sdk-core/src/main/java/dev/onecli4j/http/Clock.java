package dev.onecli4j.http;

/**
 * The SDK's source of time. Tests inject a fake; production code uses {@link #system()}.
 * Implementations must be safe for use by many threads.
 */
public interface Clock {

  /**
   * Monotonic time in nanoseconds, only meaningful as a difference between two readings; used
   * for attempt timeouts and the overall deadline.
   *
   * @return monotonic time in nanoseconds, only meaningful as a difference between two readings;
   *     used for attempt timeouts and the overall deadline
   */
  long nanoTime();

  /**
   * {@return wall-clock time in milliseconds since the epoch; used to resolve HTTP-date {@code
   * Retry-After}}
   */
  long currentTimeMillis();

  /**
   * {@return the clock backed by {@link System#nanoTime()} and {@link System#currentTimeMillis()}}
   */
  static Clock system() {
    return SystemClock.INSTANCE;
  }
}
