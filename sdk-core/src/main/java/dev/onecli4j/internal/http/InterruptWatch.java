package dev.onecli4j.internal.http;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Call;

/**
 * Ends blocking calls whose thread is interrupted. A thread blocked in a socket read does not
 * notice {@link Thread#interrupt()}; this watch, one daemon thread that runs only while blocking
 * calls are in flight, looks at their threads every {@value #PERIOD_MILLIS} ms and cancels the
 * OkHttp call of an interrupted one, which closes its socket and ends the read at once.
 */
final class InterruptWatch {
  static final long PERIOD_MILLIS = 50;
  private static final long IDLE_MILLIS = 2000;

  private static final Set<Watched> WATCHED = ConcurrentHashMap.newKeySet();
  private static final AtomicBoolean RUNNING = new AtomicBoolean();

  private InterruptWatch() {}

  /** Watches {@code call}, made on the current thread, until the returned handle is closed. */
  static Watched watch(Call call) {
    Watched w = new Watched(Thread.currentThread(), call);
    WATCHED.add(w);
    if (!RUNNING.get() && RUNNING.compareAndSet(false, true)) {
      start();
    }
    return w;
  }

  private static void start() {
    Thread t = new Thread(new Loop(), "onecli4j interrupt watch");
    t.setDaemon(true);
    try {
      t.start();
    } catch (Throwable e) {
      RUNNING.set(false); // no watch: an interrupt is then noticed at the attempt's timeout
    }
  }

  /** The watch thread's loop; a class rather than a method reference, so no lambda class is spun for it. */
  private static final class Loop implements Runnable {
    @Override
    public void run() {
      InterruptWatch.run();
    }
  }

  private static void run() {
    long idleSince = System.nanoTime();
    while (true) {
      try {
        Thread.sleep(PERIOD_MILLIS);
      } catch (InterruptedException e) {
        // Nobody interrupts this thread on purpose; keep watching.
      }
      for (Watched w : WATCHED) {
        if (w.thread.isInterrupted() && !w.fired) {
          w.fired = true;
          w.call.cancel();
        }
      }
      if (!WATCHED.isEmpty()) {
        idleSince = System.nanoTime();
      } else if (System.nanoTime() - idleSince > TimeUnit.MILLISECONDS.toNanos(IDLE_MILLIS)) {
        RUNNING.set(false);
        // A call that registered just now, after the check above, must not go unwatched.
        if (WATCHED.isEmpty() || !RUNNING.compareAndSet(false, true)) {
          return;
        }
      }
    }
  }

  /** One watched call; close it when the call returns. */
  static final class Watched implements AutoCloseable {
    final Thread thread;
    final Call call;
    volatile boolean fired;

    Watched(Thread thread, Call call) {
      this.thread = thread;
      this.call = call;
    }

    /** Whether the watch cancelled the call because its thread was interrupted. */
    boolean fired() {
      return fired;
    }

    @Override
    public void close() {
      WATCHED.remove(this);
    }
  }
}
