package dev.onecli4j.testing;

import dev.onecli4j.http.Clock;
import dev.onecli4j.http.Sleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock and sleeper pair for tests: sleeping advances the clock at once and is recorded, so
 * retry tests never really wait.
 */
public final class FakeTime implements Clock, Sleeper {
  private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
  private final AtomicLong wallMillis = new AtomicLong(1_700_000_000_000L);
  private final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());

  @Override
  public long nanoTime() {
    return nanos.get();
  }

  @Override
  public long currentTimeMillis() {
    return wallMillis.get();
  }

  @Override
  public void sleep(Duration duration) {
    sleeps.add(duration);
    advance(duration);
  }

  @Override
  public CompletableFuture<Void> delay(Duration duration) {
    sleeps.add(duration);
    advance(duration);
    return CompletableFuture.completedFuture(null);
  }

  /** Moves both clocks forward. */
  public void advance(Duration duration) {
    nanos.addAndGet(duration.toNanos());
    wallMillis.addAndGet(duration.toMillis());
  }

  /** Every wait so far, in order. */
  public List<Duration> sleeps() {
    synchronized (sleeps) {
      return new ArrayList<>(sleeps);
    }
  }
}
