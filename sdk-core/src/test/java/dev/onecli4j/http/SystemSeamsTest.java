package dev.onecli4j.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The real {@link Clock} and {@link Sleeper}: the only tests that may wait, and only for 1 ms. */
class SystemSeamsTest {
  @AfterEach
  void clearInterrupt() {
    Thread.interrupted();
  }

  @Test
  void systemClockIsASingleton() {
    assertSame(Clock.system(), Clock.system());
    assertSame(Sleeper.system(), Sleeper.system());
  }

  @Test
  void systemClockNanoTimeIsMonotonic() {
    Clock c = Clock.system();
    long a = c.nanoTime();
    long b = c.nanoTime();
    assertTrue(b - a >= 0);
  }

  @Test
  void systemClockReadsTheWallClock() {
    long before = System.currentTimeMillis();
    long now = Clock.system().currentTimeMillis();
    long after = System.currentTimeMillis();
    assertTrue(before <= now && now <= after);
  }

  @Test
  void delayCompletes() throws Exception {
    CompletableFuture<Void> f = Sleeper.system().delay(Duration.ofMillis(1));
    assertNull(f.get(30, TimeUnit.SECONDS));
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1, Long.MIN_VALUE})
  void delayOfZeroOrLessCompletes(long nanos) throws Exception {
    assertNull(Sleeper.system().delay(Duration.ofNanos(nanos)).get(30, TimeUnit.SECONDS));
  }

  @Test
  void anEnormousDelayDoesNotOverflowAndCanBeCancelled() {
    CompletableFuture<Void> f = Sleeper.system().delay(Duration.ofSeconds(Long.MAX_VALUE));
    assertFalse(f.isDone());
    assertTrue(f.cancel(false));
  }

  @Test
  void sleepOfZeroOrLessReturns() throws InterruptedException {
    Sleeper.system().sleep(Duration.ZERO);
    Sleeper.system().sleep(Duration.ofMillis(-5));
  }

  @Test
  void sleepThrowsAtOnceWhenAlreadyInterrupted() {
    Thread.currentThread().interrupt();
    assertThrows(InterruptedException.class, () -> Sleeper.system().sleep(Duration.ofDays(1)));
    assertFalse(Thread.currentThread().isInterrupted(), "the interrupt is consumed, as Thread.sleep does");
  }

  @Test
  void zeroSleepStillHonoursAnInterrupt() {
    Thread.currentThread().interrupt();
    assertThrows(InterruptedException.class, () -> Sleeper.system().sleep(Duration.ZERO));
  }

  @Test
  void anEnormousSleepWhenInterruptedDoesNotOverflow() {
    Thread.currentThread().interrupt();
    assertThrows(InterruptedException.class, () -> Sleeper.system().sleep(Duration.ofSeconds(Long.MAX_VALUE)));
  }

  @Test
  void rejectsNull() {
    assertThrows(NullPointerException.class, () -> Sleeper.system().sleep(null));
    assertThrows(NullPointerException.class, () -> Sleeper.system().delay(null));
  }
}
