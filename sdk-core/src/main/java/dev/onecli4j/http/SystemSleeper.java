package dev.onecli4j.http;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** {@link Sleeper#system()}: waits for real. */
final class SystemSleeper implements Sleeper {
  static final SystemSleeper INSTANCE = new SystemSleeper();

  /** Does nothing; a class rather than a lambda, so that building a client spins no class for it. */
  private static final Runnable NOTHING =
      new Runnable() {
        @Override
        public void run() {}
      };

  private SystemSleeper() {}

  @Override
  public void sleep(Duration duration) throws InterruptedException {
    long nanos = Durations.toNanosSaturated(Objects.requireNonNull(duration, "duration"));
    if (nanos <= 0) {
      if (Thread.interrupted()) {
        throw new InterruptedException();
      }
      return;
    }
    TimeUnit.NANOSECONDS.sleep(nanos);
  }

  @Override
  public CompletableFuture<Void> delay(Duration duration) {
    long nanos = Math.max(0, Durations.toNanosSaturated(Objects.requireNonNull(duration, "duration")));
    // Even a zero delay goes through the executor, so that dependants never run on the caller's
    // stack (a chain of zero-delay retries cannot grow it).
    return CompletableFuture.runAsync(NOTHING, CompletableFuture.delayedExecutor(nanos, TimeUnit.NANOSECONDS));
  }

  @Override
  public String toString() {
    return "Sleeper.system()";
  }
}
