package dev.onecli4j.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onecli4j.OneCli;
import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.error.CallInterruptedException;
import dev.onecli4j.error.ClientClosedException;
import dev.onecli4j.error.ServiceUnavailableException;
import dev.onecli4j.http.RequestListener;
import dev.onecli4j.http.RetryBudget;
import dev.onecli4j.http.Sleeper;
import dev.onecli4j.testing.FakeTime;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Interrupts, cancellation, close and misbehaving listeners: a blocked call ends promptly when its
 * thread is interrupted (with the SDK's exception and the flag left set), a cancelled future
 * cancels its HTTP call and its retries, a closed client sends nothing, and the listener hears
 * exactly once that each call ended, whatever the listener itself throws. "Promptly" is a generous
 * bound (a few seconds against a server that would stall for a minute), never a measured duration.
 */
class CallControlTest {
  private static final long PROMPT_SECONDS = 10;

  private LeakCheck leaks;
  private MockWebServer server;
  private final List<String> events = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger ends = new AtomicInteger();
  private final List<AutoCloseable> closeables = new ArrayList<>();

  private final RequestListener recording =
      new RequestListener() {
        @Override
        public void onRequestStart(String operationId, String method, String path) {
          events.add("start " + operationId);
        }

        @Override
        public void onRetry(String operationId, int attempt, Duration delay, String reason) {
          events.add("retry " + attempt);
        }

        @Override
        public void onRequestEnd(String operationId, int status, int attempts, Duration elapsed, Throwable error) {
          ends.incrementAndGet();
          events.add("end " + attempts + " " + (error == null ? "ok" : error.getClass().getSimpleName()));
        }
      };

  @BeforeEach
  void start() throws IOException {
    leaks = new LeakCheck();
    server = Servers.start();
  }

  @AfterEach
  void stop() throws Exception {
    Thread.interrupted(); // a test that failed midway must not leave the flag for the next one
    for (AutoCloseable c : closeables) {
      c.close();
    }
    leaks.assertNoLeaks(server::close);
  }

  private OneCli client(Consumer<OneCli.Builder> configure) {
    OneCli.Builder b =
        OneCli.builder()
            .apiKey(Clients.API_KEY)
            .baseUrl(server.url("/v1").toString())
            .okHttpClient(leaks.http())
            .retryBudget(RetryBudget.unlimited())
            .listener(recording);
    through(b);
    configure.accept(b);
    OneCli client = b.build();
    closeables.add(client);
    return client;
  }

  /** How the client sends; {@link CallControlThroughCallFactoryTest} adds a call factory. */
  void through(OneCli.Builder b) {}

  /** A sleeper whose asynchronous waits all end when {@code end} completes. */
  private static Sleeper waitingFor(CompletableFuture<Void> end) {
    return new Sleeper() {
      @Override
      public void sleep(Duration duration) {}

      @Override
      public CompletableFuture<Void> delay(Duration duration) {
        return end;
      }
    };
  }

  private static MockResponse stall() {
    return new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build();
  }

  private static MockResponse unavailable(String retryAfter) {
    return new MockResponse.Builder().code(503).setHeader("Retry-After", retryAfter).body("{\"error\":\"busy\"}").build();
  }

  /** Runs {@code call} on a new thread, interrupts it after the server has the request, returns what it threw. */
  private Throwable interruptDuring(Runnable call, int requestsBeforeInterrupt, AtomicReference<Boolean> flagAfter)
      throws Exception {
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Thread t =
        new Thread(
            () -> {
              try {
                call.run();
              } catch (Throwable e) {
                thrown.set(e);
              }
              flagAfter.set(Thread.currentThread().isInterrupted());
            });
    t.start();
    assertTrue(LeakCheck.waitUntil(() -> server.getRequestCount() >= requestsBeforeInterrupt), "the request never arrived");
    Thread.sleep(100); // let the call block in its read (or its retry wait)
    t.interrupt();
    t.join(TimeUnit.SECONDS.toMillis(PROMPT_SECONDS));
    assertFalse(t.isAlive(), "the interrupted call was still blocked after " + PROMPT_SECONDS + " s");
    return thrown.get();
  }

  // ---------------------------------------------------------------- interrupts

  @ParameterizedTest
  @EnumSource(value = Op.class, names = {"LIST", "CREATE", "DELETE"})
  void anInterruptEndsACallBlockedOnAStalledServerPromptly(Op op) throws Exception {
    server.enqueue(stall());
    OneCli client = client(b -> b.timeout(Duration.ofSeconds(60)).maxRetries(2));
    AtomicReference<Boolean> flag = new AtomicReference<>();
    Throwable e = interruptDuring(() -> op.call(Clients.wrap(client, null), Op.VALUE, RequestOptions.none()), 1, flag);
    assertInstanceOf(CallInterruptedException.class, e);
    assertTrue(flag.get(), "the interrupt flag must stay set");
    assertEquals(1, server.getRequestCount(), "no retry after an interrupt");
    assertEquals(1, ends.get(), events.toString());
    assertTrue(events.get(events.size() - 1).endsWith("CallInterruptedException"), events.toString());
  }

  @Test
  void anInterruptDuringTheRetryWaitEndsTheCallAndTheListenerHearsIt() throws Exception {
    server.enqueue(unavailable("30"));
    OneCli client = client(b -> b.sleeper(Sleeper.system()).maxRetries(2));
    AtomicReference<Boolean> flag = new AtomicReference<>();
    Throwable e = interruptDuring(() -> client.secrets().list(), 1, flag);
    assertInstanceOf(CallInterruptedException.class, e);
    assertTrue(flag.get());
    assertEquals(1, server.getRequestCount());
    assertEquals(List.of("start listSecrets", "retry 1", "end 1 CallInterruptedException"), events);
  }

  @Test
  void aPreInterruptedThreadSendsNothingAndKeepsItsFlag() {
    OneCli client = client(b -> {});
    Thread.currentThread().interrupt();
    try {
      CallInterruptedException e = assertThrows(CallInterruptedException.class, () -> client.secrets().list());
      assertTrue(Thread.currentThread().isInterrupted(), "the flag must stay set");
      assertTrue(e.getMessage().contains("before it was sent"), e.getMessage());
    } finally {
      Thread.interrupted();
    }
    assertEquals(0, server.getRequestCount());
    assertEquals(List.of("start listSecrets", "end 0 CallInterruptedException"), events);
  }

  // ---------------------------------------------------------------- cancellation

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void cancellingTheFutureCancelsTheHttpCallAndItsRetries(boolean derivedStage) throws Exception {
    server.enqueue(stall());
    OneCli client = client(b -> b.timeout(Duration.ofSeconds(60)).maxRetries(3));
    CompletableFuture<? extends List<?>> future = client.async().secrets().list();
    CompletableFuture<?> handle = derivedStage ? future.thenApply(List::size) : future;
    assertTrue(LeakCheck.waitUntil(() -> server.getRequestCount() == 1));
    assertTrue(handle.cancel(true));
    // The connection closes at once: LeakCheck (after the test) finds no call running and no
    // connection in use; and no retry comes.
    assertTrue(LeakCheck.waitUntil(() -> leaks.http().dispatcher().runningCallsCount() == 0), "the HTTP call still runs");
    assertTrue(future.isCancelled() || future.isCompletedExceptionally());
    Thread.sleep(300);
    assertEquals(1, server.getRequestCount(), "a retry was sent after the cancel");
    assertEquals(1, ends.get(), events.toString());
    assertTrue(events.get(events.size() - 1).endsWith("CancellationException"), events.toString());
  }

  @Test
  void cancellingDuringTheRetryWaitStopsTheRetries() throws Exception {
    FakeTime time = new FakeTime();
    CompletableFuture<Void> never = new CompletableFuture<>();
    Sleeper parked = waitingFor(never);
    server.enqueue(unavailable("1"));
    OneCli client = client(b -> b.clock(time).sleeper(parked).maxRetries(3));
    CompletableFuture<?> future = client.async().secrets().list();
    assertTrue(LeakCheck.waitUntil(() -> events.contains("retry 1")));
    future.cancel(true);
    never.complete(null); // the wait ends after the cancel: no attempt may start
    Thread.sleep(100);
    assertEquals(1, server.getRequestCount());
    assertEquals(List.of("start listSecrets", "retry 1", "end 1 CancellationException"), events);
  }

  // ---------------------------------------------------------------- close

  @Test
  void afterCloseEveryCallFailsAtOnceAndSendsNothing() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body("[]").build());
    OneCli client = client(b -> {});
    OneCli copy = client.withOptions(b -> b.maxRetries(0));
    client.secrets().list();
    client.close();
    assertThrows(ClientClosedException.class, () -> client.secrets().list());
    assertThrows(ClientClosedException.class, () -> copy.secrets().list());
    ExecutionException async = assertThrows(ExecutionException.class, () -> client.async().secrets().list().get(5, TimeUnit.SECONDS));
    assertInstanceOf(ClientClosedException.class, async.getCause());
    ExecutionException asyncCopy = assertThrows(ExecutionException.class, () -> copy.async().secrets().list().get(5, TimeUnit.SECONDS));
    assertInstanceOf(ClientClosedException.class, asyncCopy.getCause());
    assertEquals(1, server.getRequestCount(), "a closed client sent a request");
  }

  @Test
  void closingACopyClosesThatCopyOnly() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body("[]").build());
    OneCli client = client(b -> {});
    OneCli copy = client.withOptions(b -> b.maxRetries(0));
    copy.close();
    assertThrows(ClientClosedException.class, () -> copy.secrets().list());
    client.secrets().list();
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void closingStopsTheRetriesOfACallInFlight() throws Exception {
    server.enqueue(unavailable("1"));
    CompletableFuture<Void> wait = new CompletableFuture<>();
    Sleeper manual = waitingFor(wait);
    OneCli client = client(b -> b.sleeper(manual).maxRetries(3));
    CompletableFuture<?> future = client.async().secrets().list();
    assertTrue(LeakCheck.waitUntil(() -> events.contains("retry 1")));
    client.close();
    wait.complete(null);
    ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(5, TimeUnit.SECONDS));
    assertInstanceOf(ClientClosedException.class, e.getCause());
    assertEquals(1, server.getRequestCount());
    assertEquals(1, ends.get());
  }

  @Test
  void aClientTheSdkCreatedReleasesItsThreadsOnClose() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body("[]").build());
    OneCli client = OneCli.builder().apiKey(Clients.API_KEY).baseUrl(server.url("/v1").toString()).build();
    client.async().secrets().list().get(10, TimeUnit.SECONDS);
    client.close();
    ExecutionException e = assertThrows(ExecutionException.class, () -> client.async().secrets().list().get(5, TimeUnit.SECONDS));
    assertInstanceOf(ClientClosedException.class, e.getCause(), "not a misleading timeout");
    assertThrows(ClientClosedException.class, () -> client.secrets().list());
    assertEquals(1, server.getRequestCount());
  }

  // ---------------------------------------------------------------- listeners that throw

  @ParameterizedTest
  @ValueSource(strings = {"start", "retry", "end"})
  void aListenerThatThrowsAnErrorNeitherHangsNorBreaksACall(String where) throws Exception {
    RequestListener hostile =
        new RequestListener() {
          @Override
          public void onRequestStart(String operationId, String method, String path) {
            if (where.equals("start")) {
              throw new StackOverflowError("listener");
            }
          }

          @Override
          public void onRetry(String operationId, int attempt, Duration delay, String reason) {
            if (where.equals("retry")) {
              throw new AssertionError("listener");
            }
          }

          @Override
          public void onRequestEnd(String operationId, int status, int attempts, Duration elapsed, Throwable error) {
            if (where.equals("end")) {
              throw new NoClassDefFoundError("listener");
            }
          }
        };
    FakeTime time = new FakeTime();
    OneCli client = client(b -> b.listener(hostile).clock(time).sleeper(time).maxRetries(1));
    for (int i = 0; i < 2; i++) {
      server.enqueue(unavailable("1"));
      server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body("[]").build());
    }
    assertEquals(0, client.secrets().list().size());
    assertEquals(0, client.async().secrets().list().get(10, TimeUnit.SECONDS).size());
    server.enqueue(unavailable("1"));
    server.enqueue(unavailable("1"));
    ExecutionException e =
        assertThrows(ExecutionException.class, () -> client.async().secrets().list().get(10, TimeUnit.SECONDS));
    assertInstanceOf(ServiceUnavailableException.class, e.getCause());
  }

  @Test
  void cancellingAFinishedFutureChangesNothing() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body("[]").build());
    OneCli client = client(b -> {});
    CompletableFuture<?> f = client.async().secrets().list();
    f.get(10, TimeUnit.SECONDS);
    assertFalse(f.cancel(true));
    assertThrows(CancellationException.class, () -> {
      CompletableFuture<?> g = client.async().secrets().list();
      g.cancel(true);
      g.join();
    });
    assertEquals(List.of("end 1 ok"), events.stream().filter(s -> s.startsWith("end 1")).limit(1).toList());
  }
}
