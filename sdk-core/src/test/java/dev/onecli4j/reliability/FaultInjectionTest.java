package dev.onecli4j.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.error.ApiException;
import dev.onecli4j.error.BadGatewayException;
import dev.onecli4j.error.ConnectionException;
import dev.onecli4j.error.ErrorBodyParser;
import dev.onecli4j.error.GatewayTimeoutException;
import dev.onecli4j.error.InternalServerException;
import dev.onecli4j.error.InvalidResponseException;
import dev.onecli4j.error.RateLimitException;
import dev.onecli4j.error.ServiceUnavailableException;
import dev.onecli4j.error.TimeoutException;
import dev.onecli4j.http.Clock;
import dev.onecli4j.http.RequestListener;
import dev.onecli4j.http.RetryBudget;
import dev.onecli4j.http.Sleeper;
import dev.onecli4j.testing.FakeTime;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSink;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Network and server faults, each driven through every method class (see {@link Op}), blocking and
 * asynchronous: the exact exception, exactly the attempts the retry policy promises, never a POST
 * repeated once the server may have acted on it, and nothing left behind afterwards (see {@link
 * LeakCheck}). Retry waits use fake time; only socket timeouts take real time (at most about a
 * second per case), and no duration is asserted.
 */
class FaultInjectionTest {
  private static final int MAX_RETRIES = 2;
  private static final String JSON = "application/json";
  private static final String NGINX_502 =
      "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n"
          + "<hr><center>nginx/1.25.3</center>\r\n</body>\r\n</html>\r\n";

  /** Whether a call is made with the blocking or the future-returning API. */
  enum Mode {
    SYNC,
    ASYNC
  }

  /** Calls made under a fault, for the summary line. */
  private static final AtomicInteger CASES = new AtomicInteger();

  private LeakCheck leaks;
  private MockWebServer server;
  private FakeTime time;
  private final AtomicInteger ended = new AtomicInteger();
  private final AtomicInteger lastAttempts = new AtomicInteger();
  private final List<Clients> clients = Collections.synchronizedList(new ArrayList<>());

  private final RequestListener listener =
      new RequestListener() {
        @Override
        public void onRequestEnd(String operationId, int status, int attempts, Duration elapsed, Throwable error) {
          ended.incrementAndGet();
          lastAttempts.set(attempts);
        }
      };

  @BeforeEach
  void start() throws IOException {
    leaks = new LeakCheck();
    server = Servers.start();
    time = new FakeTime();
  }

  @AfterAll
  static void summary() {
    System.out.println("faults: " + CASES.get() + " calls under a fault ended exactly as the retry policy promises");
  }

  @AfterEach
  void stop() {
    for (Clients c : clients) {
      c.close();
    }
    leaks.assertNoLeaks(server::close);
  }

  /** Clients on fake time with the default policy's shape: 2 retries, 500 ms doubling, no jitter. */
  private Clients clients() {
    return clients(leaks.http());
  }

  private Clients clients(OkHttpClient http) {
    Clients c =
        Clients.of(
            server,
            b -> {
              b.okHttpClient(http);
              b.clock(time);
              b.sleeper(time);
              b.random(() -> 0.0);
              b.maxRetries(MAX_RETRIES);
              b.retryBudget(RetryBudget.unlimited());
              b.listener(listener);
            });
    clients.add(c);
    return c;
  }

  /** Runs {@code op} and returns what it threw, failing if it returned. */
  private <E extends Throwable> E fails(Class<E> type, Op op, Mode mode, Clients c, RequestOptions ro) {
    Throwable thrown;
    try {
      Object result = invoke(op, mode, c, ro);
      fail(op + " " + mode + " returned " + result + " instead of throwing " + type.getSimpleName());
      return null;
    } catch (Throwable t) {
      thrown = t;
    }
    assertInstanceOf(type, thrown, op + " " + mode);
    assertEquals(1, ended.getAndSet(0), "onRequestEnd calls");
    CASES.incrementAndGet();
    return type.cast(thrown);
  }

  private Object succeeds(Op op, Mode mode, Clients c, RequestOptions ro) {
    Object result = invoke(op, mode, c, ro);
    assertEquals(1, ended.getAndSet(0), "onRequestEnd calls");
    CASES.incrementAndGet();
    return result;
  }

  private static Object invoke(Op op, Mode mode, Clients c, RequestOptions ro) {
    if (mode == Mode.SYNC) {
      return op.call(c, Op.VALUE, ro);
    }
    try {
      return op.callAsync(c, Op.VALUE, ro).get(30, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw new AssertionError(e.getCause());
    } catch (InterruptedException | java.util.concurrent.TimeoutException e) {
      throw new AssertionError("async call did not complete", e);
    }
  }

  /** How many attempts the policy promises for a failure the server may have acted on. */
  private static int attemptsAfterAmbiguousFailure(Op op) {
    return op.idempotent() ? MAX_RETRIES + 1 : 1;
  }

  private void enqueue(int times, MockResponse response) {
    for (int i = 0; i < times; i++) {
      server.enqueue(response);
    }
  }

  private void assertRequests(int expected, Op op) throws InterruptedException {
    assertEquals(expected, lastAttempts.get(), "attempts the SDK reported for " + op);
    // The server records a request once it has read it whole, which may be a moment after the
    // client gave up on it.
    LeakCheck.waitUntil(() -> server.getRequestCount() >= expected);
    assertEquals(expected, server.getRequestCount(), "requests the server received for " + op);
  }

  private MockResponse success(Op op) {
    MockResponse.Builder b = new MockResponse.Builder().code(op.successStatus());
    if (op.hasBody()) {
      b.setHeader("Content-Type", JSON).body(op.successBody());
    }
    return b.build();
  }

  // ---------------------------------------------------------------- connection-level faults

  @ParameterizedTest
  @EnumSource(Op.class)
  void connectionRefusedIsRetriedForEveryMethodBecauseNothingWasSent(Op op) throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Clients c =
        Clients.of(
            "http://127.0.0.1:" + port + "/v1",
            "http://127.0.0.1:" + port + "/api/v1",
            b -> {
              b.okHttpClient(leaks.http());
              b.clock(time);
              b.sleeper(time);
              b.random(() -> 0.0);
              b.maxRetries(MAX_RETRIES);
              b.retryBudget(RetryBudget.unlimited());
              b.listener(listener);
            });
    clients.add(c);
    ConnectionException e = fails(ConnectionException.class, op, Mode.SYNC, c, RequestOptions.none());
    assertInstanceOf(java.net.ConnectException.class, e.getCause());
    assertEquals(MAX_RETRIES + 1, lastAttempts.get(), "a refused connect is safe to retry, even for POST");
    assertEquals(List.of(Duration.ofMillis(500), Duration.ofMillis(1000)), time.sleeps());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void resetBeforeTheRequestIsReadIsRetriedOnlyForIdempotentMethods(Mode mode) throws Exception {
    for (Op op : Op.values()) {
      setUpFresh();
      enqueue(MAX_RETRIES + 1, new MockResponse.Builder().onRequestStart(new SocketEffect.CloseSocket(true, false, false)).build());
      ConnectionException e = fails(ConnectionException.class, op, mode, clients(), RequestOptions.none());
      assertInstanceOf(IOException.class, e.getCause());
      // The client cannot tell a reset before its request was read from one after: it treats both
      // as "the server may have acted".
      assertRequests(attemptsAfterAmbiguousFailure(op), op);
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void resetAfterTheRequestWasReadIsRetriedOnlyForIdempotentMethods(Mode mode) throws Exception {
    for (Op op : Op.values()) {
      setUpFresh();
      enqueue(MAX_RETRIES + 1, new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
      ConnectionException e = fails(ConnectionException.class, op, mode, clients(), RequestOptions.none());
      assertInstanceOf(IOException.class, e.getCause());
      assertRequests(attemptsAfterAmbiguousFailure(op), op);
      RecordedRequest first = server.takeRequest(1, TimeUnit.SECONDS);
      assertEquals(op.method(), first.getMethod());
      assertEquals(op.path(), first.getUrl().encodedPath());
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void resetInTheMiddleOfTheBodyIsRetriedOnlyForIdempotentMethods(Mode mode) throws Exception {
    for (Op op : bodyOps()) {
      setUpFresh();
      enqueue(
          MAX_RETRIES + 1,
          success(op).newBuilder().onResponseBody(SocketEffect.ShutdownConnection.INSTANCE).build());
      ConnectionException e = fails(ConnectionException.class, op, mode, clients(), RequestOptions.none());
      assertInstanceOf(IOException.class, e.getCause());
      assertRequests(attemptsAfterAmbiguousFailure(op), op);
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void bodyShorterThanItsContentLengthIsRetriedOnlyForIdempotentMethods(Mode mode) throws Exception {
    for (Op op : bodyOps()) {
      setUpFresh();
      enqueue(
          MAX_RETRIES + 1,
          success(op).newBuilder()
              .setHeader("Content-Length", op.successBody().getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 100)
              .onResponseEnd(SocketEffect.ShutdownConnection.INSTANCE)
              .build());
      ConnectionException e = fails(ConnectionException.class, op, mode, clients(), RequestOptions.none());
      assertInstanceOf(IOException.class, e.getCause());
      assertRequests(attemptsAfterAmbiguousFailure(op), op);
    }
  }

  @Test
  void aFaultThenSuccessIsSurvivedByEveryIdempotentMethod() throws Exception {
    for (Op op : Op.values()) {
      if (!op.idempotent()) {
        continue;
      }
      for (Mode mode : Mode.values()) {
        setUpFresh();
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
        if (op.hasBody()) {
          server.enqueue(success(op).newBuilder().onResponseBody(SocketEffect.ShutdownConnection.INSTANCE).build());
        } else {
          server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
        }
        server.enqueue(success(op));
        Object result = succeeds(op, mode, clients(), RequestOptions.none());
        assertEquals(op.hasBody(), result != null, op + " " + mode);
        assertRequests(3, op);
      }
    }
  }

  // ---------------------------------------------------------------- timeouts (real time, < 1 s each)

  @ParameterizedTest
  @EnumSource(Op.class)
  void headersArrivingAfterTheAttemptTimeoutTimeOutAndOnlyIdempotentCallsRetry(Op op) throws Exception {
    enqueue(2, success(op).newBuilder().headersDelay(1500, TimeUnit.MILLISECONDS).build());
    RequestOptions ro = RequestOptions.builder().timeout(Duration.ofMillis(300)).maxRetries(1).build();
    TimeoutException e = fails(TimeoutException.class, op, Mode.SYNC, clients(), ro);
    assertFalse(e.overallDeadline(), e.getMessage());
    assertInstanceOf(java.io.InterruptedIOException.class, e.getCause());
    assertRequests(op.idempotent() ? 2 : 1, op);
  }

  @ParameterizedTest
  @EnumSource(value = Op.class, names = {"LIST", "CREATE", "UPDATE", "ROTATE", "USER_CREATE"})
  void aBodyTricklingPastTheAttemptTimeoutTimesOutAndOnlyIdempotentCallsRetry(Op op) throws Exception {
    // A body written 8 bytes every 100 ms (throttleBody would also slow the reading of the request).
    enqueue(2, success(op).newBuilder().body(new TricklingBody(" ".repeat(64) + op.successBody())).build());
    RequestOptions ro = RequestOptions.builder().timeout(Duration.ofMillis(300)).maxRetries(1).build();
    TimeoutException e = fails(TimeoutException.class, op, Mode.ASYNC, clients(), ro);
    assertFalse(e.overallDeadline(), e.getMessage());
    assertRequests(op.idempotent() ? 2 : 1, op);
  }

  @ParameterizedTest
  @EnumSource(Op.class)
  void aHungServerEndsTheCallAtItsDeadlineWithoutAnotherAttempt(Op op) throws Exception {
    enqueue(3, new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
    // The overall deadline is real elapsed time, so this client runs on the real clock. Retries
    // would be allowed (2, and 60 s per attempt), but none fits before the deadline.
    Clients c =
        Clients.of(
            server,
            b -> {
              b.okHttpClient(leaks.http());
              b.clock(Clock.system());
              b.sleeper(Sleeper.system());
              b.maxRetries(MAX_RETRIES);
              b.retryBudget(RetryBudget.unlimited());
              b.listener(listener);
            });
    clients.add(c);
    RequestOptions ro = RequestOptions.builder().callTimeout(Duration.ofMillis(400)).build();
    TimeoutException e = fails(TimeoutException.class, op, op.idempotent() ? Mode.SYNC : Mode.ASYNC, c, ro);
    assertTrue(e.overallDeadline(), e.getMessage());
    assertRequests(1, op);
  }

  // ---------------------------------------------------------------- bad success answers

  @ParameterizedTest
  @EnumSource(value = Op.class, names = {"LIST", "CREATE", "UPDATE", "ROTATE", "USER_CREATE"})
  void badSuccessBodiesAreInvalidResponsesAndAreNotRetried(Op op) throws Exception {
    String wrongShape = op == Op.LIST ? "{\"secrets\":[]}" : "[{\"id\":\"x\"}]";
    List<MockResponse> answers =
        List.of(
            json(op.successStatus(), "{\"id\": \"x\",, \"name\": }"),
            json(op.successStatus(), wrongShape),
            json(op.successStatus(), fieldOfTheWrongType(op)),
            json(op.successStatus(), op.successBody() + " {\"trailing\": true}"),
            json(op.successStatus(), "null"),
            // Looks like UTF-32 to Jackson, then is not: a CharConversionException, once reported
            // as a ConnectionException and retried (found by ResponseBodyFuzzTest).
            new MockResponse.Builder().code(op.successStatus()).setHeader("Content-Type", JSON)
                .body(new Buffer().write(new byte[] {'[', 0, 0, 0, 0, '{', '"', 'i', 'd', '"', ':', '1', '}', ']'})).build(),
            new MockResponse.Builder().code(op.successStatus()).setHeader("Content-Type", "text/plain").body(op.successBody()).build(),
            new MockResponse.Builder().code(op.successStatus()).setHeader("Content-Type", "text/html").body(NGINX_502).build(),
            new MockResponse.Builder().code(op.successStatus()).setHeader("Content-Type", JSON).build(),
            new MockResponse.Builder().code(op.successStatus()).build());
    int n = 0;
    for (MockResponse answer : answers) {
      server.enqueue(answer);
      InvalidResponseException e = fails(InvalidResponseException.class, op, Mode.values()[n % 2], clients(), RequestOptions.none());
      n++;
      assertEquals(n, server.getRequestCount(), "answer " + n + " of " + op + " must not be retried");
      assertEquals(op.successStatus(), e.status());
      assertFalse(e.getMessage().contains("nested"), e.getMessage());
      assertFalse(e.getMessage().contains("Bad Gateway"), e.getMessage());
      assertFalse(e.getMessage().contains("Stripe"), e.getMessage());
    }
  }

  @ParameterizedTest
  @EnumSource(Op.class)
  void anHtmlBadGatewayPageIsABadGatewayExceptionRetriedOnlyForIdempotentMethods(Op op) throws Exception {
    enqueue(
        MAX_RETRIES + 1,
        new MockResponse.Builder().code(502).setHeader("Content-Type", "text/html").body(NGINX_502).build());
    BadGatewayException e = fails(BadGatewayException.class, op, Mode.SYNC, clients(), RequestOptions.none());
    assertEquals(502, e.status());
    assertEquals("502 Bad Gateway", e.errorMessage());
    assertEquals("502 Bad Gateway 502 Bad Gateway nginx/1.25.3", e.bodyExcerpt());
    assertRequests(attemptsAfterAmbiguousFailure(op), op);
  }

  @ParameterizedTest
  @EnumSource(Op.class)
  void aFiftyMegabyteErrorBodyIsReadOnlyUpToTheCap(Op op) throws Exception {
    long total = 50L * 1024 * 1024;
    AtomicLong written = new AtomicLong();
    AtomicLong readBySdk = new AtomicLong();
    server.enqueue(
        new MockResponse.Builder()
            .code(500)
            .setHeader("Content-Type", JSON)
            .body(new HugeJsonError(total, written))
            .build());
    OkHttpClient counting =
        leaks.http().newBuilder().addNetworkInterceptor(chain -> countBody(chain.proceed(chain.request()), readBySdk)).build();
    long heapBefore = usedHeap();
    RequestOptions ro = RequestOptions.builder().maxRetries(0).build();
    InternalServerException e = fails(InternalServerException.class, op, Mode.SYNC, clients(counting), ro);
    long heapGrowth = usedHeap() - heapBefore;

    int cap = dev.onecli4j.core.ClientOptions.DEFAULT_MAX_ERROR_BODY_BYTES;
    assertTrue(readBySdk.get() >= cap, "read " + readBySdk.get());
    assertTrue(readBySdk.get() <= cap + 8192, "the SDK read " + readBySdk.get() + " bytes of a " + total + "-byte body");
    // (The server-side count is no measure of the SDK: to keep the connection, OkHttp drains what
    // is left of a closed body for up to 100 ms, into a reused segment, not the heap.)
    assertTrue(heapGrowth < 16L * 1024 * 1024, "heap grew by " + heapGrowth);
    assertEquals("boom", e.errorMessage());
    assertTrue(e.bodyExcerpt().length() <= ErrorBodyParser.MAX_EXCERPT_CHARS, "excerpt of " + e.bodyExcerpt().length());
    assertTrue(e.getMessage().length() < 200, e.getMessage());
    assertRequests(1, op);
  }

  // ---------------------------------------------------------------- 429 and 5xx

  @ParameterizedTest
  @EnumSource(Op.class)
  void aRateLimitStormWithRetryAfterIsRetriedForEveryMethodAndEndsInRateLimitException(Op op) throws Exception {
    enqueue(MAX_RETRIES + 1, rateLimited("Retry-After", "2"));
    RateLimitException e = fails(RateLimitException.class, op, Mode.SYNC, clients(), RequestOptions.none());
    assertEquals(Duration.ofSeconds(2), e.retryAfter().orElseThrow());
    assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(2)), time.sleeps());
    assertEquals("rate_limit_error", e.errorType());
    assertRequests(MAX_RETRIES + 1, op);
  }

  @ParameterizedTest
  @EnumSource(Op.class)
  void aRateLimitStormWithoutRetryAfterBacksOffExponentially(Op op) throws Exception {
    enqueue(MAX_RETRIES + 1, rateLimited(null, null));
    RateLimitException e = fails(RateLimitException.class, op, Mode.ASYNC, clients(), RequestOptions.none());
    assertTrue(e.retryAfter().isEmpty());
    assertEquals(List.of(Duration.ofMillis(500), Duration.ofMillis(1000)), time.sleeps());
    assertRequests(MAX_RETRIES + 1, op);
  }

  @ParameterizedTest
  @EnumSource(Op.class)
  void aRateLimitStormThatEndsInTimeIsSurvived(Op op) throws Exception {
    server.enqueue(rateLimited("Retry-After-Ms", "1500"));
    server.enqueue(rateLimited("Retry-After", "1"));
    server.enqueue(success(op));
    Object result = succeeds(op, Mode.SYNC, clients(), RequestOptions.none());
    assertEquals(op.hasBody(), result != null);
    assertEquals(List.of(Duration.ofMillis(1500), Duration.ofSeconds(1)), time.sleeps());
    assertRequests(3, op);
  }

  @ParameterizedTest
  @EnumSource(Op.class)
  void aRetryAfterLongerThanTheTimeLeftStopsAtOnceWithoutWaiting(Op op) throws Exception {
    server.enqueue(rateLimited("Retry-After", "30"));
    server.enqueue(
        new MockResponse.Builder().code(503).setHeader("Retry-After", "30").setHeader("Content-Type", JSON)
            .body("{\"error\":{\"message\":\"down for maintenance\",\"type\":\"api_error\"}}").build());
    server.enqueue(rateLimited("Retry-After", "120")); // over maxRetryAfter (60 s) even without a deadline
    RequestOptions tenSeconds = RequestOptions.builder().callTimeout(Duration.ofSeconds(10)).build();
    Clients c = clients();

    RateLimitException rateLimited = fails(RateLimitException.class, op, Mode.SYNC, c, tenSeconds);
    assertEquals(Duration.ofSeconds(30), rateLimited.retryAfter().orElseThrow());
    assertRequests(1, op);
    ServiceUnavailableException unavailable = fails(ServiceUnavailableException.class, op, Mode.ASYNC, c, tenSeconds);
    assertEquals("down for maintenance", unavailable.errorMessage());
    assertEquals(2, server.getRequestCount());
    RateLimitException tooLong = fails(RateLimitException.class, op, Mode.SYNC, c, RequestOptions.none());
    assertEquals(Duration.ofSeconds(120), tooLong.retryAfter().orElseThrow());
    assertEquals(3, server.getRequestCount());
    assertEquals(List.of(), time.sleeps(), "no wait was started");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void shortServerErrorBurstsAreSurvivedWhereverTheRetryPolicyAllows(Mode mode) throws Exception {
    for (int status : new int[] {500, 502, 503, 504}) {
      for (Op op : Op.values()) {
        setUpFresh();
        enqueue(2, serverError(status));
        server.enqueue(success(op));
        Clients c = clients();
        boolean retryable = op.idempotent() || status == 503;
        if (retryable) {
          Object result = succeeds(op, mode, c, RequestOptions.none());
          assertEquals(op.hasBody(), result != null);
          assertRequests(3, op);
          assertEquals(List.of(Duration.ofMillis(500), Duration.ofMillis(1000)), time.sleeps());
        } else {
          ApiException e = fails(serverErrorType(status), op, mode, c, RequestOptions.none());
          assertEquals(status, e.status());
          assertEquals("upstream failed", e.errorMessage());
          assertRequests(1, op);
          assertEquals(List.of(), time.sleeps());
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void longServerErrorBurstsEndInTheTypedExceptionAfterTheLastAllowedAttempt(Mode mode) throws Exception {
    for (int status : new int[] {500, 502, 503, 504}) {
      for (Op op : Op.values()) {
        setUpFresh();
        enqueue(MAX_RETRIES + 1, serverError(status));
        ApiException e = fails(serverErrorType(status), op, mode, clients(), RequestOptions.none());
        assertEquals(status, e.status());
        assertEquals("req_" + status, e.requestId());
        assertRequests(op.idempotent() || status == 503 ? MAX_RETRIES + 1 : 1, op);
      }
    }
  }

  // ---------------------------------------------------------------- helpers

  private static Op[] bodyOps() {
    return new Op[] {Op.LIST, Op.CREATE, Op.UPDATE, Op.ROTATE, Op.USER_CREATE};
  }

  /** A fresh server and fake time for the next case of a test that loops over cases. */
  private void setUpFresh() throws IOException {
    for (Clients c : clients) {
      c.close();
    }
    clients.clear();
    server.close();
    server = Servers.start();
    time = new FakeTime();
    ended.set(0);
    lastAttempts.set(0);
  }

  private static String fieldOfTheWrongType(Op op) {
    switch (op) {
      case LIST:
        return "[{\"id\": {\"nested\": true}}]";
      case UPDATE:
        return "{\"success\": {\"nested\": true}}";
      default:
        return "{\"id\": {\"nested\": true}}";
    }
  }

  private static MockResponse json(int status, String body) {
    return new MockResponse.Builder().code(status).setHeader("Content-Type", JSON).body(body).build();
  }

  private static MockResponse rateLimited(String header, String value) {
    MockResponse.Builder b =
        new MockResponse.Builder()
            .code(429)
            .setHeader("Content-Type", JSON)
            .body("{\"error\":{\"message\":\"Too many requests\",\"type\":\"rate_limit_error\"}}");
    if (header != null) {
      b.setHeader(header, value);
    }
    return b.build();
  }

  private static MockResponse serverError(int status) {
    return new MockResponse.Builder()
        .code(status)
        .setHeader("Content-Type", JSON)
        .setHeader("X-Request-Id", "req_" + status)
        .body("{\"error\":{\"message\":\"upstream failed\",\"type\":\"api_error\"}}")
        .build();
  }

  private static Class<? extends ApiException> serverErrorType(int status) {
    switch (status) {
      case 500:
        return InternalServerException.class;
      case 502:
        return BadGatewayException.class;
      case 503:
        return ServiceUnavailableException.class;
      case 504:
        return GatewayTimeoutException.class;
      default:
        throw new IllegalArgumentException("status " + status);
    }
  }

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    System.gc();
    return rt.totalMemory() - rt.freeMemory();
  }

  /** Wraps the body so that every byte the SDK pulls from it is counted. */
  private static Response countBody(Response response, AtomicLong counter) {
    ResponseBody body = response.body();
    MediaType type = body.contentType();
    long length = body.contentLength();
    BufferedSource counted =
        Okio.buffer(
            new ForwardingSource(body.source()) {
              @Override
              public long read(Buffer sink, long byteCount) throws IOException {
                long n = super.read(sink, byteCount);
                if (n > 0) {
                  counter.addAndGet(n);
                }
                return n;
              }
            });
    return response.newBuilder().body(ResponseBody.create(counted, type, length)).build();
  }

  /** A body written a few bytes at a time, 100 ms apart, until done or the client hangs up. */
  private static final class TricklingBody implements MockResponseBody {
    private final byte[] bytes;

    TricklingBody(String body) {
      this.bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public long getContentLength() {
      return bytes.length;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      for (int i = 0; i < bytes.length; i += 8) {
        sink.write(bytes, i, Math.min(8, bytes.length - i));
        sink.flush();
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new java.io.InterruptedIOException();
        }
      }
    }
  }

  /** A JSON error of {@code total} bytes, written in 8 KiB pieces and counted as it goes. */
  private static final class HugeJsonError implements MockResponseBody {
    private final long total;
    private final AtomicLong written;

    HugeJsonError(long total, AtomicLong written) {
      this.total = total;
      this.written = written;
    }

    @Override
    public long getContentLength() {
      return total;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      byte[] head = "{\"error\":\"boom\",\"padding\":\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      byte[] tail = "\"}".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      byte[] chunk = new byte[8192];
      java.util.Arrays.fill(chunk, (byte) 'x');
      sink.write(head);
      written.addAndGet(head.length);
      long left = total - head.length - tail.length;
      while (left > 0) {
        int n = (int) Math.min(chunk.length, left);
        sink.write(chunk, 0, n);
        sink.flush();
        written.addAndGet(n);
        left -= n;
      }
      sink.write(tail);
      sink.flush();
      written.addAndGet(tail.length);
    }
  }
}
