package dev.onecli4j.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * An OkHttp client of the test's own, handed to the SDK with {@code okHttpClient(...)}, and the
 * checks that nothing outlives the calls made with it: no connection still held by an unclosed
 * answer, no call still running, no thread left behind.
 *
 * <p>Threads: every thread started after the baseline must end, except the JVM-wide pools that
 * OkHttp, Okio, {@code CompletableFuture} and the SDK's interrupt watch share between all clients
 * (their idle threads end by themselves); those must at least be idle, not blocked on a socket.
 */
public final class LeakCheck {
  private static final AtomicInteger THREADS = new AtomicInteger();
  private static final long SETTLE_MILLIS = 10_000;
  private static final String[] SHARED_POOLS = {
    "OkHttp TaskRunner", "Okio Watchdog", "CompletableFutureDelayScheduler", "ForkJoinPool.commonPool-worker",
    // The SDK's own JVM-wide watch of blocking calls; it ends by itself 2 s after the last one.
    "onecli4j interrupt watch",
  };

  private final Set<Thread> baseline;
  private final ExecutorService dispatcherThreads;
  private final OkHttpClient http;

  /** Notes the live threads and builds the client; create it before anything else in a test. */
  public LeakCheck() {
    this.baseline = new HashSet<>(Thread.getAllStackTraces().keySet());
    this.dispatcherThreads =
        new ThreadPoolExecutor(
            0,
            Integer.MAX_VALUE,
            60,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            r -> {
              Thread t = new Thread(r, "leakcheck-okhttp-" + THREADS.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    Dispatcher dispatcher = new Dispatcher(dispatcherThreads);
    dispatcher.setMaxRequests(512);
    dispatcher.setMaxRequestsPerHost(512);
    this.http =
        new OkHttpClient.Builder()
            .dispatcher(dispatcher)
            .connectionPool(new ConnectionPool(64, 5, TimeUnit.MINUTES))
            .build();
  }

  /** The client to give the SDK. */
  public OkHttpClient http() {
    return http;
  }

  /**
   * Asserts that the pool settles with every connection idle and then empties, that no call is
   * running or queued, and, once {@code closeServers} has run, that every thread started since
   * the baseline ends within a bounded wait.
   */
  public void assertNoLeaks(Runnable closeServers) {
    try {
      ConnectionPool pool = http.connectionPool();
      boolean settled = waitUntil(() -> pool.connectionCount() == pool.idleConnectionCount());
      assertTrue(
          settled,
          "a connection is still in use (an answer was not closed): "
              + pool.connectionCount() + " connections, " + pool.idleConnectionCount() + " idle");
      pool.evictAll();
      assertEquals(0, pool.connectionCount(), "connections left in the pool after evictAll");
      assertTrue(
          waitUntil(() -> http.dispatcher().runningCallsCount() == 0 && http.dispatcher().queuedCallsCount() == 0),
          "calls still running: " + http.dispatcher().runningCallsCount() + ", queued: " + http.dispatcher().queuedCallsCount());
    } finally {
      closeServers.run();
      dispatcherThreads.shutdown();
    }
    try {
      assertTrue(dispatcherThreads.awaitTermination(SETTLE_MILLIS, TimeUnit.MILLISECONDS), "dispatcher threads still busy");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      fail(e);
    }
    List<Thread> last = new ArrayList<>();
    boolean ended =
        waitUntil(
            () -> {
              List<Thread> now = leftovers();
              last.clear();
              last.addAll(now);
              return now.isEmpty();
            });
    if (!ended) {
      fail("threads left behind after " + SETTLE_MILLIS + " ms: " + describe(last));
    }
  }

  /** New threads that should have ended, or shared pool threads that are stuck on a socket. */
  private List<Thread> leftovers() {
    List<Thread> out = new ArrayList<>();
    for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
      Thread t = e.getKey();
      if (baseline.contains(t) || !t.isAlive()) {
        continue;
      }
      if (!isSharedPool(t.getName(), e.getValue()) || onSocket(e.getValue())) {
        out.add(t);
      }
    }
    return out;
  }

  private static boolean isSharedPool(String name, StackTraceElement[] stack) {
    for (String prefix : SHARED_POOLS) {
      if (name.startsWith(prefix)) {
        return true;
      }
    }
    // OkHttp's TaskRunner renames its threads after the task they run ("OkHttp ConnectionPool
    // connection closer", ...): recognize them by their code.
    for (StackTraceElement frame : stack) {
      if (frame.getClassName().startsWith("okhttp3.internal.concurrent.TaskRunner")) {
        return true;
      }
    }
    return false;
  }

  private static boolean onSocket(StackTraceElement[] stack) {
    for (StackTraceElement frame : stack) {
      String c = frame.getClassName();
      if (c.startsWith("sun.nio.ch.NioSocketImpl") || c.startsWith("sun.nio.ch.SocketDispatcher") || c.startsWith("java.net.Socket")) {
        return true;
      }
    }
    return false;
  }

  private static String describe(List<Thread> threads) {
    StringBuilder sb = new StringBuilder();
    for (Thread t : threads) {
      sb.append("\n  ").append(t.getName()).append(" (").append(t.getState()).append(t.isAlive() ? "" : ", ended since").append(')');
      StackTraceElement[] stack = t.getStackTrace();
      for (int i = 0; i < Math.min(stack.length, 8); i++) {
        sb.append("\n    at ").append(stack[i]);
      }
    }
    return sb.toString();
  }

  /** Polls {@code condition} until it holds or the settle time passes. */
  static boolean waitUntil(java.util.function.BooleanSupplier condition) {
    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(SETTLE_MILLIS);
    while (true) {
      if (condition.getAsBoolean()) {
        return true;
      }
      if (System.nanoTime() > end) {
        return false;
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
  }
}
