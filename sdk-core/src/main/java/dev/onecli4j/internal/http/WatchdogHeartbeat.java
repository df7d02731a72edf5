package dev.onecli4j.internal.http;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okio.AsyncTimeout;

/**
 * Keeps arming a call's timeout from waking okio's watchdog thread.
 *
 * <p>Every attempt is bounded by OkHttp's call timeout, an okio {@link AsyncTimeout}. okio keeps
 * pending timeouts in one queue served by one watchdog thread, and signals that thread whenever a
 * new timeout becomes the earliest in the queue. With one call at a time the queue is otherwise
 * empty, so each call's timeout is the earliest: each call woke the watchdog (a futex wake, a
 * context switch, and the watchdog going back to sleep) — about 2.6 extra system calls per call,
 * measured with {@code strace -c}.
 *
 * <p>This heartbeat is a timeout of {@value #BEAT_MILLIS} ms that stays armed while calls are being
 * made: it is the earliest entry, so the 60 s timeouts of calls queue behind it without a signal.
 * Each time it expires (on the watchdog thread) it re-arms itself if a call started within the
 * last {@value #IDLE_MILLIS} ms, and otherwise lets the watchdog go idle (okio then stops the
 * thread as before). A call whose own timeout is shorter than a beat still wakes the watchdog,
 * as it must. Nothing here changes when a call times out; it only saves wake-ups.
 */
final class WatchdogHeartbeat extends AsyncTimeout {
  static final long BEAT_MILLIS = 1000;
  static final long IDLE_MILLIS = 5000;
  private static final long IDLE_NANOS = TimeUnit.MILLISECONDS.toNanos(IDLE_MILLIS);

  private static final WatchdogHeartbeat INSTANCE = new WatchdogHeartbeat();

  private final AtomicBoolean armed = new AtomicBoolean();
  private volatile long lastCallNanos;

  private WatchdogHeartbeat() {
    timeout(BEAT_MILLIS, TimeUnit.MILLISECONDS);
  }

  /** Notes that a call is about to arm its timeout; arms the heartbeat if it is not armed. */
  static void beforeCall() {
    INSTANCE.onCall();
  }

  /** Whether the heartbeat is armed now (for tests). */
  static boolean isArmed() {
    return INSTANCE.armed.get();
  }

  private void onCall() {
    lastCallNanos = System.nanoTime();
    if (!armed.get()) {
      tryArm();
    }
  }

  /** Arms the heartbeat unless another thread just did; never lets it break a call. */
  private void tryArm() {
    if (armed.compareAndSet(false, true)) {
      try {
        enter();
      } catch (RuntimeException e) {
        armed.set(false);
      }
    }
  }

  @Override
  protected void timedOut() {
    // Runs on okio's watchdog thread, which has already taken this timeout off its queue.
    exit();
    armed.set(false);
    if (System.nanoTime() - lastCallNanos < IDLE_NANOS) {
      tryArm();
    }
  }
}
