package dev.onecli4j.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class RetryBudgetTest {
  private static final int THREADS = 16;

  private ExecutorService pool;

  @AfterEach
  void shutDown() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }

  @Test
  void defaultsStartFull() {
    RetryBudget b = RetryBudget.defaults();
    assertEquals(500, b.available());
    assertTrue(b.toString().contains("available=500"), b::toString);
  }

  @Test
  void defaultsAreANewBucketEachTime() {
    RetryBudget a = RetryBudget.defaults();
    RetryBudget b = RetryBudget.defaults();
    assertNotSame(a, b);
    a.tryAcquire(false);
    assertEquals(500, b.available());
  }

  @Test
  void exhaustsAfterCapacityOverCostRetries() {
    RetryBudget b = RetryBudget.defaults();
    for (int i = 0; i < 100; i++) {
      assertTrue(b.tryAcquire(false), "retry " + (i + 1));
    }
    assertEquals(0, b.available());
    assertFalse(b.tryAcquire(false));
    assertFalse(b.tryAcquire(true));
    assertEquals(0, b.available());
  }

  @Test
  void timeoutRetriesCostMore() {
    RetryBudget b = RetryBudget.defaults();
    for (int i = 0; i < 50; i++) {
      assertTrue(b.tryAcquire(true), "timeout retry " + (i + 1));
    }
    assertFalse(b.tryAcquire(true));
    assertEquals(0, b.available());
  }

  @Test
  void aFailedAcquireTakesNothing() {
    RetryBudget b = new RetryBudget(12, 5, 10, 1);
    assertTrue(b.tryAcquire(false));
    assertEquals(7, b.available());
    assertFalse(b.tryAcquire(true)); // 10 > 7
    assertEquals(7, b.available());
    assertTrue(b.tryAcquire(false));
    assertEquals(2, b.available());
  }

  @Test
  void successRefundsUpToCapacity() {
    RetryBudget b = RetryBudget.defaults();
    b.tryAcquire(false);
    b.tryAcquire(false);
    assertEquals(490, b.available());
    b.onSuccess();
    b.onSuccess();
    b.onSuccess();
    assertEquals(493, b.available());
    for (int i = 0; i < 100; i++) {
      b.onSuccess();
    }
    assertEquals(500, b.available());
  }

  @Test
  void refundsBringAnEmptyBucketBack() {
    RetryBudget b = new RetryBudget(10, 5, 10, 1);
    assertTrue(b.tryAcquire(true));
    assertFalse(b.tryAcquire(false));
    for (int i = 0; i < 4; i++) {
      b.onSuccess();
    }
    assertFalse(b.tryAcquire(false));
    b.onSuccess();
    assertTrue(b.tryAcquire(false));
  }

  @Test
  void aRefundLargerThanTheGapStopsAtCapacity() {
    RetryBudget b = new RetryBudget(10, 3, 3, 7);
    b.tryAcquire(false);
    b.onSuccess();
    assertEquals(10, b.available());
  }

  @Test
  void refundsCannotOverflow() {
    RetryBudget b = new RetryBudget(Integer.MAX_VALUE, 5, 10, Integer.MAX_VALUE);
    b.tryAcquire(false);
    b.onSuccess();
    assertEquals(Integer.MAX_VALUE, b.available());
  }

  @Test
  void zeroCostAlwaysSucceeds() {
    RetryBudget b = new RetryBudget(0, 0, 0, 0);
    assertTrue(b.tryAcquire(false));
    assertTrue(b.tryAcquire(true));
    b.onSuccess();
    assertEquals(0, b.available());
  }

  @Test
  void zeroCapacityAllowsNoCostlyRetry() {
    RetryBudget b = new RetryBudget(0, 1, 1, 1);
    assertFalse(b.tryAcquire(false));
    b.onSuccess();
    assertEquals(0, b.available());
  }

  @Test
  void unlimitedNeverRunsOut() {
    RetryBudget b = RetryBudget.unlimited();
    for (int i = 0; i < 10_000; i++) {
      assertTrue(b.tryAcquire(i % 2 == 0));
    }
    b.onSuccess();
    assertEquals(Integer.MAX_VALUE, b.available());
    assertEquals("RetryBudget{unlimited}", b.toString());
  }

  @Test
  void rejectsNegativeArgumentsNamingThem() {
    assertRejects("capacity", () -> new RetryBudget(-1, 5, 10, 1));
    assertRejects("retryCost", () -> new RetryBudget(500, -5, 10, 1));
    assertRejects("timeoutCost", () -> new RetryBudget(500, 5, -10, 1));
    assertRejects("successRefund", () -> new RetryBudget(500, 5, 10, -1));
  }

  private static void assertRejects(String name, org.junit.jupiter.api.function.Executable action) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action);
    assertTrue(e.getMessage().startsWith(name), e::getMessage);
  }

  // ---------------------------------------------------------------------------------------------
  // Concurrency (no sleeps; the timeouts on get() only keep a broken build from hanging)

  @RepeatedTest(10)
  void concurrentAcquiresGrantExactlyCapacityOverCost() throws Exception {
    RetryBudget b = RetryBudget.defaults();
    AtomicInteger granted = new AtomicInteger();
    AtomicInteger lowest = new AtomicInteger(Integer.MAX_VALUE);
    runConcurrently(i -> {
      while (b.tryAcquire(false)) {
        granted.incrementAndGet();
        lowest.accumulateAndGet(b.available(), Math::min);
      }
    });
    assertEquals(100, granted.get());
    assertEquals(0, b.available());
    assertTrue(lowest.get() >= 0, "went negative: " + lowest.get());
  }

  @RepeatedTest(10)
  void concurrentMixedCostsSpendTheBucketExactly() throws Exception {
    RetryBudget b = RetryBudget.defaults();
    AtomicInteger spent = new AtomicInteger();
    runConcurrently(i -> {
      boolean timeout = i % 2 == 0;
      while (b.tryAcquire(timeout)) {
        spent.addAndGet(timeout ? 10 : 5);
      }
    });
    // Plain retries stop only below 5 tokens, and every cost is a multiple of 5.
    assertEquals(500, spent.get());
    assertEquals(0, b.available());
  }

  @RepeatedTest(10)
  void concurrentAcquiresAndRefundsStayWithinBounds() throws Exception {
    RetryBudget b = new RetryBudget(50, 5, 10, 3);
    AtomicReference<String> violation = new AtomicReference<>();
    runConcurrently(i -> {
      for (int n = 0; n < 2_000; n++) {
        if ((n + i) % 3 == 0) {
          b.onSuccess();
        } else {
          b.tryAcquire(n % 2 == 0);
        }
        int now = b.available();
        if (now < 0 || now > 50) {
          violation.compareAndSet(null, "available=" + now);
        }
      }
    });
    assertEquals(null, violation.get());
    int end = b.available();
    assertTrue(end >= 0 && end <= 50, "available=" + end);
  }

  private interface Worker {
    void run(int index) throws Exception;
  }

  private void runConcurrently(Worker worker) throws Exception {
    pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch ready = new CountDownLatch(THREADS);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<?>> futures = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      int index = i;
      futures.add(pool.submit(() -> {
        ready.countDown();
        go.await();
        worker.run(index);
        return null;
      }));
    }
    assertTrue(ready.await(30, TimeUnit.SECONDS));
    go.countDown();
    for (Future<?> f : futures) {
      f.get(30, TimeUnit.SECONDS);
    }
  }
}
