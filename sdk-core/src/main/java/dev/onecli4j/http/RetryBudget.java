package dev.onecli4j.http;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A token bucket that every call of one client draws on to retry, in the manner of the AWS SDK for
 * Java v2's standard retry mode. Each retry costs tokens (a retry after a timeout costs more), each
 * successful answer refunds a few. In an outage the bucket runs dry and calls fail fast instead of
 * multiplying the load a fleet of clients sends. Thread-safe and lock-free.
 */
public final class RetryBudget {
  private static final RetryBudget UNLIMITED = new RetryBudget(0, 0, 0, 0, true);

  private final int capacity;
  private final int retryCost;
  private final int timeoutCost;
  private final int successRefund;
  private final boolean unlimited;
  private final AtomicInteger tokens;

  /**
   * A full bucket.
   *
   * @param capacity the tokens the bucket holds when full
   * @param retryCost the tokens a retry costs
   * @param timeoutCost the tokens a retry after a timed-out attempt costs
   * @param successRefund the tokens a successful answer puts back, up to the capacity
   * @throws IllegalArgumentException if any argument is negative
   */
  public RetryBudget(int capacity, int retryCost, int timeoutCost, int successRefund) {
    this(capacity, retryCost, timeoutCost, successRefund, false);
  }

  private RetryBudget(int capacity, int retryCost, int timeoutCost, int successRefund, boolean unlimited) {
    this.capacity = nonNegative(capacity, "capacity");
    this.retryCost = nonNegative(retryCost, "retryCost");
    this.timeoutCost = nonNegative(timeoutCost, "timeoutCost");
    this.successRefund = nonNegative(successRefund, "successRefund");
    this.unlimited = unlimited;
    this.tokens = new AtomicInteger(capacity);
  }

  /**
   * A new bucket with the defaults: capacity 500, a retry costs 5, a retry after a timeout 10, and
   * a success refunds 1. Each client needs its own, so this returns a new instance every time.
   *
   * @return a new bucket with the defaults: capacity 500, a retry costs 5, a retry after a timeout
   *     10, and a success refunds 1
   */
  public static RetryBudget defaults() {
    return new RetryBudget(500, 5, 10, 1);
  }

  /**
   * {@return a budget that never runs out, for clients that want only the {@link RetryPolicy}'s
   * limits}
   */
  public static RetryBudget unlimited() {
    return UNLIMITED;
  }

  /**
   * Takes the tokens one retry costs, if there are enough.
   *
   * @param timeout whether the attempt to be retried timed out (such a retry costs more)
   * @return true if the retry may go ahead; false, taking nothing, if too few tokens are left
   */
  public boolean tryAcquire(boolean timeout) {
    if (unlimited) {
      return true;
    }
    int cost = timeout ? timeoutCost : retryCost;
    while (true) {
      int current = tokens.get();
      if (current < cost) {
        return false;
      }
      if (tokens.compareAndSet(current, current - cost)) {
        return true;
      }
    }
  }

  /** Puts back the refund for a successful answer, never filling the bucket above its capacity. */
  public void onSuccess() {
    if (unlimited) {
      return;
    }
    while (true) {
      int current = tokens.get();
      if (current >= capacity) {
        return;
      }
      int next = capacity - current <= successRefund ? capacity : current + successRefund;
      if (tokens.compareAndSet(current, next)) {
        return;
      }
    }
  }

  /**
   * {@return the tokens left now; {@link Integer#MAX_VALUE} for the {@linkplain #unlimited()
   * unlimited} budget}
   */
  public int available() {
    return unlimited ? Integer.MAX_VALUE : tokens.get();
  }

  @Override
  public String toString() {
    return unlimited
        ? "RetryBudget{unlimited}"
        : "RetryBudget{available=" + tokens.get()
            + ", capacity=" + capacity
            + ", retryCost=" + retryCost
            + ", timeoutCost=" + timeoutCost
            + ", successRefund=" + successRefund
            + "}";
  }

  private static int nonNegative(int value, String name) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must not be negative: " + value);
    }
    return value;
  }
}
