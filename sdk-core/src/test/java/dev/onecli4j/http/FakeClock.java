package dev.onecli4j.http;

import java.time.Duration;
import java.time.Instant;

/** A {@link Clock} that moves only when a test moves it. */
final class FakeClock implements Clock {
  private long nanos;
  private long millis;

  FakeClock() {
    this(Instant.parse("2024-01-01T00:00:00Z"));
  }

  FakeClock(Instant wallClock) {
    this.nanos = 1_000_000_000L; // arbitrary origin: only differences are meaningful
    this.millis = wallClock.toEpochMilli();
  }

  @Override
  public synchronized long nanoTime() {
    return nanos;
  }

  @Override
  public synchronized long currentTimeMillis() {
    return millis;
  }

  /** Moves both clocks forward. */
  synchronized FakeClock advance(Duration d) {
    nanos += d.toNanos();
    millis += d.toMillis();
    return this;
  }

  synchronized FakeClock setWallClock(Instant now) {
    millis = now.toEpochMilli();
    return this;
  }
}
