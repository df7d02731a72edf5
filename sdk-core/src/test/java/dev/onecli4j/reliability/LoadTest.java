package dev.onecli4j.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.onecli4j.OneCli;
import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.error.ConnectionException;
import dev.onecli4j.error.InternalServerException;
import dev.onecli4j.error.OneCliException;
import dev.onecli4j.error.RateLimitException;
import dev.onecli4j.error.ServiceUnavailableException;
import dev.onecli4j.http.RequestListener;
import dev.onecli4j.http.RetryBudget;
import dev.onecli4j.hygiene.CapturedLogs;
import dev.onecli4j.http.RetryPolicy;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One client under concurrent load against a loopback server that fails 5% of the attempts: 503
 * or a reset after the request was read for idempotent calls; 503, 429 (both safe to repeat), 500
 * or a reset (not safe) for POSTs. Error answers echo the secret value and the API key. Every call
 * carries its own {@code X-Test-Id}; afterwards every call must have ended in a result or in the
 * typed exception its last answer calls for, every id must have arrived once, or more often only
 * where the retry policy allows (so no POST the server may have acted on was repeated), the
 * attempts the server saw must equal the attempts the SDK reported to its listener, no canary may
 * appear in any exception (message or printed trace), listener event or log event (TRACE, bodies
 * on), and nothing may be left behind.
 */
class LoadTest {
  private static final int THREADS = 64;
  private static final int CALLS_PER_THREAD = 500;
  private static final int ASYNC_CALLS = 5_000;
  private static final int ASYNC_IN_FLIGHT = 256;
  private static final int MAX_RETRIES = 3;
  private static final Op[] OPS = {Op.LIST, Op.CREATE, Op.UPDATE, Op.DELETE, Op.REGENERATE};
  /** How the answers record a reset after the request was read. */
  private static final int RESET = -1;

  /** Failed attempts per 1,000. */
  private static final int FAILURES_PER_MILLE = 50;
  private static final List<String> CANARIES = List.of(Op.VALUE, Clients.API_KEY);

  private final AtomicLong reportedAttempts = new AtomicLong();
  private final AtomicLong listenerLeaks = new AtomicLong();
  private final AtomicLong exceptionLeaks = new AtomicLong();
  private LeakCheck leaks;
  private MockWebServer server;
  private FlakyDispatcher dispatcher;
  private OneCli client;
  private Clients clients;

  @BeforeEach
  void start() throws IOException {
    leaks = new LeakCheck();
    dispatcher = new FlakyDispatcher();
    server = Servers.start(dispatcher);
    client =
        OneCli.builder()
            .apiKey(Clients.API_KEY)
            .baseUrl(server.url("/v1").toString())
            .okHttpClient(leaks.http())
            .retryPolicy(
                RetryPolicy.builder()
                    .maxRetries(MAX_RETRIES)
                    .initialBackoff(Duration.ofMillis(1))
                    .maxBackoff(Duration.ofMillis(2))
                    .build())
            .retryBudget(new RetryBudget(1_000_000, 1, 1, 1))
            .timeout(Duration.ofSeconds(20))
            .callTimeout(Duration.ofSeconds(60))
            .logBodies(true)
            .listener(
                new RequestListener() {
                  @Override
                  public void onRequestEnd(String operationId, int status, int attempts, Duration elapsed, Throwable error) {
                    reportedAttempts.addAndGet(attempts);
                    if (error != null && leaks(error)) {
                      listenerLeaks.incrementAndGet();
                    }
                  }
                })
            .build();
    CapturedLogs.tripOn(CANARIES);
    clients = Clients.wrap(client, null);
  }

  @AfterEach
  void stop() {
    CapturedLogs.tripOn(List.of());
    client.close();
    leaks.assertNoLeaks(server::close);
  }

  @Test
  void sixtyFourThreadsShareOneClient() throws Exception {
    Map<String, Outcome> outcomes = new ConcurrentHashMap<>();
    dispatcher.holdFirstWave(THREADS);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        workers.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < CALLS_PER_THREAD; i++) {
                    String id = "sync-" + thread + "-" + i;
                    Op op = OPS[(thread + i) % OPS.length];
                    try {
                      op.call(clients, Op.VALUE, options(id));
                      outcomes.put(id, new Outcome(op, null));
                    } catch (Throwable e) {
                      outcomes.put(id, new Outcome(op, e));
                    }
                  }
                }));
      }
      for (Future<?> w : workers) {
        w.get(110, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
      assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
    }
    assertEquals(THREADS, dispatcher.maxConcurrent.get(), "requests the server held at once");
    verify(outcomes, THREADS * CALLS_PER_THREAD);
  }

  @Test
  void twoHundredFiftySixAsyncCallsInFlight() throws Exception {
    Map<String, Outcome> outcomes = new ConcurrentHashMap<>();
    dispatcher.holdFirstWave(ASYNC_IN_FLIGHT);
    Semaphore inFlight = new Semaphore(ASYNC_IN_FLIGHT);
    AtomicInteger maxInFlight = new AtomicInteger();
    List<CompletableFuture<?>> all = new ArrayList<>(ASYNC_CALLS);
    for (int i = 0; i < ASYNC_CALLS; i++) {
      String id = "async-" + i;
      Op op = OPS[i % OPS.length];
      assertTrue(inFlight.tryAcquire(60, TimeUnit.SECONDS), "a slot was never given back");
      maxInFlight.accumulateAndGet(ASYNC_IN_FLIGHT - inFlight.availablePermits(), Math::max);
      CompletableFuture<?> f;
      try {
        f = op.callAsync(clients, Op.VALUE, options(id));
      } catch (Throwable e) {
        inFlight.release();
        throw new AssertionError("an async call threw instead of returning a future", e);
      }
      all.add(
          f.handle(
              (r, e) -> {
                outcomes.put(id, new Outcome(op, e instanceof CompletionException ? e.getCause() : e));
                inFlight.release();
                return null;
              }));
    }
    CompletableFuture.allOf(all.toArray(new CompletableFuture<?>[0])).get(90, TimeUnit.SECONDS);
    assertEquals(ASYNC_IN_FLIGHT, maxInFlight.get(), "calls the test had in flight at once");
    assertEquals(ASYNC_IN_FLIGHT, dispatcher.maxConcurrent.get(), "requests the server held at once");
    verify(outcomes, ASYNC_CALLS);
  }

  private static RequestOptions options(String id) {
    return RequestOptions.builder().header("X-Test-Id", id).build();
  }

  /** Checks every call against what the server answered it, attempt by attempt. */
  private void verify(Map<String, Outcome> outcomes, int calls) {
    assertEquals(calls, outcomes.size(), "calls that ended");
    assertEquals(calls, dispatcher.answers.size(), "ids the server saw");
    int retried = 0;
    int failed = 0;
    int injected = 0;
    int duplicatedPosts = 0;
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, Outcome> e : outcomes.entrySet()) {
      String id = e.getKey();
      Outcome outcome = e.getValue();
      List<Integer> answers = dispatcher.answers.get(id);
      if (answers == null) {
        problems.add(id + " never arrived");
        continue;
      }
      List<Integer> statuses;
      synchronized (answers) {
        statuses = new ArrayList<>(answers);
      }
      for (int status : statuses) {
        injected += status >= 400 || status == RESET ? 1 : 0;
      }
      if (!outcome.op.idempotent()) {
        for (int i = 0; i < statuses.size() - 1; i++) {
          duplicatedPosts += statuses.get(i) == RESET || statuses.get(i) == 500 ? 1 : 0;
        }
      }
      String problem = check(outcome, statuses);
      if (problem != null) {
        problems.add(id + " (" + outcome.op + ", answers " + statuses + "): " + problem);
      }
      retried += statuses.size() > 1 ? 1 : 0;
      failed += outcome.error != null ? 1 : 0;
    }
    assertEquals(0, duplicatedPosts, "POSTs sent again after the server may have acted on them");
    assertTrue(problems.isEmpty(), problems.size() + " calls broke the contract, e.g. " + problems.subList(0, Math.min(10, problems.size())));
    int attempts = dispatcher.requests.get();
    assertTrue(injected > calls / 40, "too few failures were injected to test anything: " + injected);
    assertTrue(retried > 0 && failed > 0, "retried " + retried + ", failed " + failed);
    assertEquals(attempts, reportedAttempts.get(), "attempts the server saw vs attempts the SDK reported");
    assertEquals(0, exceptionLeaks.get(), "exceptions that held a canary");
    assertEquals(0, listenerLeaks.get(), "listener events that held a canary");
    assertEquals(0, CapturedLogs.trips(), "log events that held a canary, e.g. " + CapturedLogs.firstTrip());
    System.out.printf(
        "load: %d calls, %d attempts seen by the server = %d reported, %d injected failures (%d resets),"
            + " %d calls retried, %d ended in an exception, %d duplicated POSTs, 0 canary leaks%n",
        calls, attempts, reportedAttempts.get(), injected, dispatcher.resets.get(), retried, failed, duplicatedPosts);
  }

  /** Why the call broke the contract, or null. */
  private static String check(Outcome outcome, List<Integer> statuses) {
    boolean idempotent = outcome.op.idempotent();
    for (int i = 0; i < statuses.size() - 1; i++) {
      int s = statuses.get(i);
      boolean retryable = s == 503 || s == 429 || (idempotent && (s >= 500 || s == RESET));
      if (!retryable) {
        return "repeated after " + (s == RESET ? "a reset" : s) + ", which the policy does not retry for " + outcome.op.method();
      }
    }
    if (statuses.size() > MAX_RETRIES + 1) {
      return "more attempts than the policy allows";
    }
    int last = statuses.get(statuses.size() - 1);
    if (last < 400 && last != RESET) {
      return outcome.error == null ? null : "the last answer was " + last + " but the call threw " + outcome.error;
    }
    Class<?> expected =
        last == RESET ? ConnectionException.class
            : last == 500 ? InternalServerException.class
            : last == 429 ? RateLimitException.class
            : ServiceUnavailableException.class;
    boolean retryable = last == 503 || last == 429 || (idempotent && (last >= 500 || last == RESET));
    if (retryable && statuses.size() <= MAX_RETRIES) {
      return "stopped after a retryable " + last + " with retries left";
    }
    if (!expected.isInstance(outcome.error)) {
      return "expected " + expected.getSimpleName() + " but got " + outcome.error;
    }
    return null;
  }

  /** Whether the exception's message or printed trace (causes included) holds a canary. */
  private static boolean leaks(Throwable error) {
    StringWriter w = new StringWriter();
    error.printStackTrace(new PrintWriter(w));
    String text = w.toString();
    for (String canary : CANARIES) {
      if (text.contains(canary)) {
        return true;
      }
    }
    return false;
  }

  /** How a call ended. */
  private final class Outcome {
    final Op op;
    final Throwable error;

    Outcome(Op op, Throwable error) {
      this.op = op;
      this.error = error;
      if (error != null && !(error instanceof OneCliException)) {
        fail(op + " ended in an untyped " + error, error);
      }
      if (error != null && leaks(error)) {
        exceptionLeaks.incrementAndGet();
      }
    }
  }

  /**
   * Answers like the real server, except for about 1% of attempts, chosen by a hash of the test id
   * and the attempt number so that a run can be repeated exactly.
   */
  private static final class FlakyDispatcher extends Dispatcher {
    final Map<String, List<Integer>> answers = new ConcurrentHashMap<>();
    final AtomicInteger requests = new AtomicInteger();
    final AtomicInteger resets = new AtomicInteger();
    final AtomicInteger maxConcurrent = new AtomicInteger();
    private final AtomicInteger concurrent = new AtomicInteger();
    private final Map<Op, MockResponse> successes = new ConcurrentHashMap<>();
    private volatile CountDownLatch firstWave = new CountDownLatch(0);

    /** Holds the first {@code size} requests until all of them have arrived, at most 20 s. */
    void holdFirstWave(int size) {
      firstWave = new CountDownLatch(size);
    }

    FlakyDispatcher() {
      for (Op op : OPS) {
        MockResponse.Builder b = new MockResponse.Builder().code(op.successStatus());
        if (op.hasBody()) {
          b.setHeader("Content-Type", "application/json").body(op.successBody());
        }
        successes.put(op, b.build());
      }
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
      maxConcurrent.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
      try {
        CountDownLatch wave = firstWave;
        if (wave.getCount() > 0) {
          wave.countDown();
          wave.await(20, TimeUnit.SECONDS);
        }
        return answer(request);
      } finally {
        concurrent.decrementAndGet();
      }
    }

    private MockResponse answer(RecordedRequest request) {
      requests.incrementAndGet();
      String id = request.getHeaders().get("X-Test-Id");
      Op op = opOf(request);
      if (id == null || op == null) {
        return new MockResponse.Builder().code(400).body("{\"error\":\"unexpected request\"}").build();
      }
      List<Integer> seen = answers.computeIfAbsent(id, k -> new ArrayList<>(1));
      int attempt;
      synchronized (seen) {
        attempt = seen.size();
      }
      int status = op.successStatus();
      int roll = Math.floorMod(mix((id + "#" + attempt).hashCode()), 1000);
      if (roll < FAILURES_PER_MILLE) {
        status = !op.idempotent() ? new int[] {503, 429, 500, RESET}[roll % 4] : new int[] {503, RESET}[roll % 2];
      }
      synchronized (seen) {
        seen.add(status);
      }
      if (status == op.successStatus()) {
        return successes.get(op);
      }
      if (status == RESET) {
        resets.incrementAndGet();
        // The request was read whole: the server may have acted on it.
        return new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build();
      }
      return new MockResponse.Builder()
          .code(status)
          .setHeader("Content-Type", "application/json")
          .setHeader("X-Request-Id", Clients.API_KEY)
          // The answer echoes what the request carried: the API key always, the value when it was sent.
          .body("{\"error\":{\"message\":\"injected " + status + " for " + (carriesValue(request) ? Op.VALUE : "-") + " with " + Clients.API_KEY
              + "\",\"type\":\"api_error\"}}")
          .build();
    }

    private static boolean carriesValue(RecordedRequest r) {
      return r.getBody() != null && r.getBody().utf8().contains(Op.VALUE);
    }

    private static Op opOf(RecordedRequest r) {
      for (Op op : OPS) {
        if (op.method().equals(r.getMethod()) && op.path().equals(r.getUrl().encodedPath())) {
          return op;
        }
      }
      return null;
    }

    private static int mix(int h) {
      h ^= h >>> 16;
      h *= 0x85ebca6b;
      h ^= h >>> 13;
      h *= 0xc2b2ae35;
      return h ^ (h >>> 16);
    }
  }
}
