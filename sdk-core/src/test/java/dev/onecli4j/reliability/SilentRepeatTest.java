package dev.onecli4j.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.onecli4j.OneCli;
import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.error.ApiException;
import dev.onecli4j.error.ConnectionException;
import dev.onecli4j.error.ServiceUnavailableException;
import dev.onecli4j.http.RequestListener;
import dev.onecli4j.http.RetryBudget;
import dev.onecli4j.testing.FakeTime;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * OkHttp repeats requests on its own unless told not to: after a dropped pooled connection, after
 * a 408, after a 503 with {@code Retry-After: 0}. Every request the server sees must be an
 * attempt the SDK decided and reported; a POST the server may have acted on is never sent again.
 * Each case runs with the client the SDK builds and with a caller's own {@code OkHttpClient}
 * (OkHttp's defaults, silent retries on), blocking and asynchronous.
 */
class SilentRepeatTest {
  /** Whose OkHttp client sends, and how the call is made. */
  enum Setup {
    SDK_CLIENT_SYNC(false, false),
    SDK_CLIENT_ASYNC(false, true),
    CALLERS_CLIENT_SYNC(true, false),
    CALLERS_CLIENT_ASYNC(true, true);

    final boolean callersClient;
    final boolean async;

    Setup(boolean callersClient, boolean async) {
      this.callersClient = callersClient;
      this.async = async;
    }
  }

  private LeakCheck leaks;
  private MockWebServer server;
  private OneCli client;
  private final AtomicInteger reported = new AtomicInteger();

  @BeforeEach
  void start() throws IOException {
    leaks = new LeakCheck();
    server = Servers.start();
  }

  @AfterEach
  void stop() {
    if (client != null) {
      client.close();
    }
    leaks.assertNoLeaks(server::close);
  }

  private OneCli client(Setup setup, int maxRetries) {
    FakeTime time = new FakeTime();
    OneCli.Builder b =
        OneCli.builder()
            .apiKey(Clients.API_KEY)
            .baseUrl(server.url("/v1").toString())
            .clock(time)
            .sleeper(time)
            .maxRetries(maxRetries)
            .retryBudget(RetryBudget.unlimited())
            .listener(
                new RequestListener() {
                  @Override
                  public void onRequestEnd(String operationId, int status, int attempts, Duration elapsed, Throwable error) {
                    reported.addAndGet(attempts);
                  }
                });
    if (setup.callersClient) {
      b.okHttpClient(leaks.http()); // retryOnConnectionFailure is on by default
    }
    through(b);
    client = b.build();
    return client;
  }

  /** How the client sends; {@link SilentRepeatThroughCallFactoryTest} adds a call factory. */
  void through(OneCli.Builder b) {}

  /** The body-less POSTs of the API, and a GET and a POST with a body for contrast. */
  private static final List<Function<OneCli, Object>> BODYLESS_POSTS =
      List.of(
          c -> c.agents().regenerateToken("agent_1"),
          c -> c.agents().setDefault("agent_1"));

  private static Object call(Setup setup, OneCli c, Function<OneCli, Object> sync, Function<OneCli, java.util.concurrent.CompletableFuture<?>> async)
      throws Throwable {
    if (!setup.async) {
      return sync.apply(c);
    }
    try {
      return async.apply(c).get(20, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw e.getCause();
    }
  }

  private Throwable fails(Setup setup, Function<OneCli, Object> sync, Function<OneCli, java.util.concurrent.CompletableFuture<?>> async) {
    return assertThrows(Throwable.class, () -> call(setup, client, sync, async));
  }

  private void assertSentOnceAndReported(int expected) {
    LeakCheck.waitUntil(() -> server.getRequestCount() >= expected);
    assertEquals(expected, server.getRequestCount(), "requests the server saw");
    assertEquals(expected, reported.get(), "attempts the SDK reported");
  }

  @ParameterizedTest
  @EnumSource(Setup.class)
  void aBodylessPostAnswered408IsSentOnce(Setup setup) {
    client(setup, 2);
    server.enqueue(new MockResponse.Builder().code(408).body("{\"error\":\"timeout\"}").build());
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body("{\"success\":true}").build());
    ApiException e =
        assertInstanceOf(ApiException.class, fails(setup, c -> c.agents().setDefault("agent_1"), c -> c.async().agents().setDefault("agent_1")));
    assertEquals(408, e.status());
    assertSentOnceAndReported(1);
  }

  @ParameterizedTest
  @EnumSource(Setup.class)
  void a503WithRetryAfterZeroIsRepeatedOnlyByTheSdk(Setup setup) {
    client(setup, 0);
    server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "0").body("{\"error\":\"busy\"}").build());
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body("{\"token\":\"aoc_x\"}").build());
    ServiceUnavailableException e =
        assertInstanceOf(
            ServiceUnavailableException.class,
            fails(setup, c -> c.agents().regenerateToken("agent_1"), c -> c.async().agents().regenerateToken("agent_1")));
    assertEquals(List.of("0"), e.headers().get("Retry-After"), "the header reaches the caller as the server sent it");
    assertSentOnceAndReported(1);
  }

  @ParameterizedTest
  @EnumSource(Setup.class)
  void aRetryAfterBeyondAnIntIsATypedErrorNotANumberFormatException(Setup setup) {
    client(setup, 2);
    for (int status : new int[] {503, 408}) {
      server.enqueue(new MockResponse.Builder().code(status).setHeader("Retry-After", "99999999999").body("{\"error\":\"later\"}").build());
      ApiException e =
          assertInstanceOf(ApiException.class, fails(setup, c -> c.secrets().list(), c -> c.async().secrets().list()));
      assertEquals(status, e.status());
    }
    assertSentOnceAndReported(2);
  }

  @ParameterizedTest
  @EnumSource(Setup.class)
  void aPostOnAPooledConnectionThatDropsAfterTheRequestWasReadIsNotRepeated(Setup setup) throws Exception {
    client(setup, 2);
    for (Function<OneCli, Object> post : BODYLESS_POSTS) {
      setUpFresh();
      client(setup, 2);
      // A first call leaves a connection in the pool; the POST reuses it, and the server drops it
      // after reading the request.
      server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body("[]").build());
      server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
      server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body("{\"success\":true,\"token\":\"aoc_x\"}").build());
      client.secrets().list();
      Throwable e = fails(setup, post, c -> java.util.concurrent.CompletableFuture.supplyAsync(() -> post.apply(c)));
      assertInstanceOf(ConnectionException.class, e);
      assertSentOnceAndReported(2);
    }
    setUpFresh();
    client(setup, 2);
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body("[]").build());
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    client.secrets().list();
    assertInstanceOf(
        ConnectionException.class,
        fails(setup, c -> Op.CREATE.call(Clients.wrap(c, null), Op.VALUE, RequestOptions.none()),
            c -> Op.CREATE.callAsync(Clients.wrap(c, null), Op.VALUE, RequestOptions.none())));
    assertSentOnceAndReported(2);
  }

  private void setUpFresh() throws IOException {
    if (client != null) {
      client.close();
      client = null;
    }
    server.close();
    server = Servers.start();
    reported.set(0);
  }
}
