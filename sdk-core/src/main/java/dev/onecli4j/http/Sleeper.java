package dev.onecli4j.http;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * How the SDK waits between attempts: by blocking the calling thread, or, on the asynchronous
 * path, by a future that completes later. Tests inject a fake that does not wait; production code
 * uses {@link #system()}. Implementations must be safe for use by many threads.
 */
public interface Sleeper {

  /**
   * Blocks the calling thread for {@code duration}; returns at once if it is zero or negative.
   *
   * @param duration how long to wait
   * @throws InterruptedException if the thread is interrupted before or while waiting
   */
  void sleep(Duration duration) throws InterruptedException;

  /**
   * Returns a future that completes after {@code duration} (at once, or nearly, if it is zero or
   * negative) without blocking any thread meanwhile. Dependent actions must not run on a timer
   * thread.
   *
   * @param duration how long to wait
   * @return a future that completes after {@code duration} (at once, or nearly, if it is zero or
   *     negative) without blocking any thread meanwhile
   */
  CompletableFuture<Void> delay(Duration duration);

  /**
   * The sleeper that really waits: {@link Thread#sleep} for {@link #sleep}, and {@link
   * CompletableFuture#delayedExecutor} (so completions run on the common pool) for {@link #delay}.
   *
   * @return the sleeper that really waits: {@link Thread#sleep} for {@link #sleep}, and {@link
   *     CompletableFuture#delayedExecutor} (so completions run on the common pool) for {@link
   *     #delay}
   */
  static Sleeper system() {
    return SystemSleeper.INSTANCE;
  }
}
