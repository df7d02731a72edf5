package dev.onecli4j.hygiene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.onecli4j.core.ClientOptions;
import dev.onecli4j.OneCli;
import dev.onecli4j.RawResponse;
import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.UserSecrets;
import dev.onecli4j.error.ApiException;
import dev.onecli4j.error.AuthenticationException;
import dev.onecli4j.error.BadGatewayException;
import dev.onecli4j.error.BadRequestException;
import dev.onecli4j.error.ConnectionException;
import dev.onecli4j.error.InternalServerException;
import dev.onecli4j.error.UnprocessableEntityException;
import dev.onecli4j.generated.onecli.api.SecretsApi;
import dev.onecli4j.generated.onecli.model.SecretCreateRequest;
import dev.onecli4j.generated.onecli.model.SecretType;
import dev.onecli4j.generated.onecli.model.SecretUpdateRequest;
import dev.onecli4j.generated.usersecrets.model.PresetSecretCreateRequest;
import dev.onecli4j.generated.usersecrets.model.UserSecretCreateRequest;
import dev.onecli4j.generated.usersecrets.model.UserSecretRotateRequest;
import dev.onecli4j.http.RetryBudget;
import dev.onecli4j.param.SecretCreateParams;
import dev.onecli4j.param.SecretUpdateParams;
import dev.onecli4j.param.SecretValue;
import dev.onecli4j.reliability.Clients;
import dev.onecli4j.reliability.LeakCheck;
import dev.onecli4j.reliability.Op;
import dev.onecli4j.reliability.Servers;
import dev.onecli4j.service.usersecrets.UserSecretCreateParams;
import dev.onecli4j.testing.FakeTime;
import dev.onecli4j.validation.ValidationException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * A canary secret value and a canary API key travel through every path a secret takes: create,
 * update, rotate, preset; answers that echo the request back (400, 422, 401, HTML, text); retries;
 * resets; debug and TRACE logging, with and without body logging. They must surface nowhere: not
 * in any log event of any level, not in any {@code toString()}, not in any exception's message or
 * printed stack trace (causes and suppressed included).
 */
class SecretHygieneTest {
  static final String VALUE = "canary-VALUE-9d8c7b6a5f4e";
  static final String KEY = "oc_canary_KEY_1a2b3c4d5e6f";
  /** A value a Python server echoes as {@code canary-V\u00c4LUE-…} (json.dumps escapes non-ASCII). */
  static final String UNICODE_VALUE = "canary-VÄLUE-9d8c7b6a5f4e-ü";

  private static final String JSON = "application/json";

  private LeakCheck leaks;
  private MockWebServer server;
  private ScriptedDispatcher dispatcher;
  private CapturedLogs.Recording logs;
  private final List<Object> shown = new ArrayList<>();
  private final List<Throwable> thrown = new ArrayList<>();
  private final List<Clients> clients = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    logs = CapturedLogs.start();
    leaks = new LeakCheck();
    dispatcher = new ScriptedDispatcher();
    server = Servers.start(dispatcher);
  }

  @AfterEach
  void stop() {
    clients.forEach(Clients::close);
    logs.close();
    leaks.assertNoLeaks(server::close);
  }

  // ---------------------------------------------------------------- the binding

  @Test
  void theCapturingProviderIsTheOnlySlf4jBinding() {
    assertInstanceOf(CapturingServiceProvider.Factory.class, LoggerFactory.getILoggerFactory());
    List<String> providers = new ArrayList<>();
    for (SLF4JServiceProvider p : ServiceLoader.load(SLF4JServiceProvider.class)) {
      providers.add(p.getClass().getName());
    }
    assertEquals(List.of(CapturingServiceProvider.class.getName()), providers);
    assertThrows(ClassNotFoundException.class, () -> Class.forName("org.slf4j.impl.StaticLoggerBinder"));
    long before = CapturedLogs.seen();
    LoggerFactory.getLogger("dev.onecli4j.http").trace("probe {}", 1);
    assertEquals(before + 1, CapturedLogs.seen());
    assertTrue(logs.text().contains("TRACE") && logs.text().contains("probe 1"), logs.text());
  }

  // ---------------------------------------------------------------- every path

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void theCanariesSurfaceNowhereOnAnyPath(boolean logBodies) throws Exception {
    Clients c = clients(logBodies);
    int calls = 0;
    for (Call call : calls()) {
      for (Scenario scenario : scenarios(call)) {
        dispatcher.play(scenario.script);
        Object result = null;
        Throwable error = null;
        try {
          result = scenario.async ? call.async.apply(c).get(10, TimeUnit.SECONDS) : call.sync.apply(c);
        } catch (Throwable t) {
          error = t;
        }
        calls++;
        String where = call.name + " / " + scenario.name + (scenario.async ? " (async)" : "");
        if (scenario.expected == null) {
          assertEquals(null, error, where);
          shown.add(result);
        } else {
          assertNotNull(error, where + " returned " + result);
          Throwable cause = error instanceof java.util.concurrent.ExecutionException ? error.getCause() : error;
          assertInstanceOf(scenario.expected, cause, where);
          thrown.add(error);
          thrown.add(new IllegalStateException("wrapped by an application", cause));
        }
      }
    }
    // The canaries really travelled: the server saw them, so the checks below are not vacuous.
    int withValue = 0;
    for (RecordedRequest r = server.takeRequest(0, TimeUnit.SECONDS); r != null; r = server.takeRequest(0, TimeUnit.SECONDS)) {
      assertEquals("Bearer " + KEY, r.getHeaders().get("Authorization"));
      withValue += r.getBody() != null && r.getBody().string(StandardCharsets.UTF_8).contains(VALUE) ? 1 : 0;
    }
    assertTrue(withValue > 50, "requests that carried the value: " + withValue);
    assertTrue(calls > 60, "calls: " + calls);

    shown.add(c.oneCli());
    shown.add(c.userSecrets());
    shown.add(c.oneCli().options());
    shown.add(c.userSecrets().options());
    assertClean(logs.text() + everything());
    assertLogsDescribeEachAttempt(logs.events());
  }

  @Test
  void rawResponsesAndCapturedAnswersHideTheCanaries() {
    Clients c = clients(true);
    dispatcher.play(List.of(json(201, Op.Bodies.SECRET_CREATED)));
    RawResponse<?> raw = c.oneCli().withRawResponse(o -> o.secrets().create(createParams(VALUE)));
    dispatcher.play(List.of(json(200, Op.Bodies.USER_SECRET)));
    RawResponse<?> rotated = c.userSecrets().withRawResponse(u -> u.secrets().rotate(Op.USER_SECRET_ID, VALUE));
    shown.add(raw);
    shown.add(raw.body());
    shown.add(rotated);
    shown.add(rotated.body());
    assertClean(everything() + logs.text());
  }

  @Test
  void paramsOptionsModelsAndRequestsPrintMasked() {
    RequestOptions ro =
        RequestOptions.builder().header("X-Api-Key", KEY).header("Authorization", "Bearer " + KEY).queryParam("token", VALUE).build();
    ClientOptions options =
        ClientOptions.builder().apiKey(KEY).header("X-Api-Key", KEY).queryParam("key", VALUE).workspaceId("ws_1").build();
    shown.add(ro);
    shown.add(ro.newBuilder().build());
    shown.add(options);
    shown.add(options.newBuilder().build());
    shown.add(SecretValue.of(VALUE));
    shown.add(createParams(VALUE));
    shown.add(createParams(VALUE).newBuilder());
    shown.add(SecretUpdateParams.builder().value(VALUE).name("n").build());
    shown.add(SecretUpdateParams.builder().value(SecretValue.of(VALUE)).build());
    shown.add(UserSecretCreateParams.builder().name("N").value(VALUE).build());
    shown.add(SecretCreateRequest.builder().name("n").type(SecretType.GENERIC).value(VALUE).hostPattern("h").build());
    shown.add(SecretUpdateRequest.builder().value(VALUE).build());
    shown.add(UserSecretCreateRequest.builder().name("N").value(VALUE).build());
    shown.add(UserSecretRotateRequest.builder().value(VALUE).build());
    shown.add(PresetSecretCreateRequest.builder().provider("openai").value(VALUE).build());
    shown.add(SecretsApi.createSecretRequest(SecretCreateRequest.builder().name("n").value(VALUE).build()));
    try (OneCli client = OneCli.builder().apiKey(KEY).baseUrl("http://127.0.0.1:1/v1").header("X-Api-Key", KEY).build()) {
      shown.add(client);
      shown.add(client.options());
      shown.add(client.withOptions(b -> b.queryParam("token", VALUE)).options());
    }
    try (UserSecrets client = UserSecrets.builder().token(KEY).baseUrl("http://127.0.0.1:1/api/v1").build()) {
      shown.add(client);
      shown.add(client.options());
    }
    // A params object that fails validation reports the problems, not the value.
    thrown.add(assertThrows(ValidationException.class, () -> SecretCreateParams.builder().value(VALUE).build()));
    thrown.add(assertThrows(ValidationException.class, () -> UserSecretCreateParams.builder().value(VALUE).build()));
    assertClean(everything());
  }

  @Test
  void misconfigurationDoesNotEchoTheKey() {
    // A key pasted where the base URL goes, or a credential inside the base URL.
    thrown.add(assertThrows(IllegalArgumentException.class, () -> OneCli.builder().apiKey("k").baseUrl(KEY).build()));
    thrown.add(assertThrows(IllegalArgumentException.class, () -> UserSecrets.builder().baseUrl(VALUE).token(KEY).build()));
    thrown.add(assertThrows(IllegalArgumentException.class, () -> OneCli.builder().apiKey("k").baseUrl("https://api.onecli.sh/v1?key=" + KEY).build()));
    thrown.add(assertThrows(IllegalArgumentException.class, () -> OneCli.builder().apiKey("k").baseUrl("https://api.onecli.sh/v1#" + VALUE).build()));
    thrown.add(assertThrows(IllegalArgumentException.class, () -> OneCli.builder().apiKey("k").baseUrl("https://u:" + VALUE + "@api.onecli.sh/v1").build()));
    thrown.add(assertThrows(IllegalArgumentException.class, () -> OneCli.builder().apiKey(KEY + "\r\n").build()));
    thrown.add(assertThrows(IllegalArgumentException.class, () -> RequestOptions.builder().header("X-Api-Key", KEY + "\n")));
    assertClean(everything());
  }

  @Test
  void aNonAsciiSecretEchoedWithAsciiEscapesIsMaskedToo() throws Exception {
    Clients c = clients(true);
    String escaped = asciiEscaped(UNICODE_VALUE, false);
    List<List<MockResponse>> scripts =
        List.of(
            List.of(json(400, "{\"error\":\"bad value " + escaped + "\"}")),
            List.of(json(422, "{\"detail\":[{\"loc\":[\"body\",\"value\"],\"msg\":\"too long\",\"input\":\"" + escaped + "\"}]}")),
            List.of(json(400, "{\"error\":\"bad value " + asciiEscaped(UNICODE_VALUE, true) + "\",\"echo\":\"" + escaped + "\"}")));
    for (List<MockResponse> script : scripts) {
      dispatcher.play(script);
      thrown.add(assertThrows(ApiException.class, () -> c.userSecrets().secrets().rotate(Op.USER_SECRET_ID, UNICODE_VALUE)));
      dispatcher.play(script);
      thrown.add(assertThrows(ApiException.class, () -> c.oneCli().secrets().create(createParams(UNICODE_VALUE))));
    }
    String all = everything() + logs.text();
    for (String form : List.of(UNICODE_VALUE, escaped, asciiEscaped(UNICODE_VALUE, true), "9d8c7b6a5f4e")) {
      assertFalse(all.contains(form), "leaked as " + form + ":\n" + all);
    }
  }

  // ---------------------------------------------------------------- what the logs must show

  private static void assertLogsDescribeEachAttempt(List<CapturedLogs.Event> events) {
    List<String> debug = new ArrayList<>();
    List<String> trace = new ArrayList<>();
    for (CapturedLogs.Event e : events) {
      if (e.logger().startsWith("dev.onecli4j")) {
        (e.level() == Level.TRACE ? trace : debug).add(e.message());
      }
    }
    assertHas(debug, "--> POST /v1/secrets (attempt 1)");
    assertHas(debug, "--> PATCH /v1/secrets/" + Op.SECRET_ID + " (attempt 1)");
    assertHas(debug, "--> PUT /api/v1/user/secrets/" + Op.USER_SECRET_ID + " (attempt 3)");
    assertMatches(debug, "<-- 201 POST /v1/secrets \\(attempt 1, \\d+ ms\\)");
    assertMatches(debug, "<-- 503 PUT /api/v1/user/secrets/" + Op.USER_SECRET_ID + " \\(attempt 1, \\d+ ms\\)");
    assertMatches(debug, "<-- 400 POST /api/v1/user/secrets/preset \\(attempt 3, \\d+ ms\\)");
    assertMatches(debug, "retrying createSecret after attempt 1 in 1000 ms: status 503");
    assertMatches(debug, "<-- POST /v1/secrets failed: io_after_send \\w+ \\(attempt 1, \\d+ ms\\)");
    assertMatches(debug, "--> GET /v1/secrets\\?token=REDACTED \\(attempt 1\\)");
    // Header order depends on where each header was set; each entry is checked on its own.
    for (String entry :
        List.of("Authorization=REDACTED", "Accept=application/json", "User-Agent=onecli4j/\\S+ Java/\\S+",
            "X-Api-Key=REDACTED", "X-Tenant=REDACTED")) {
      assertMatches(trace, "--> headers \\{(.*, )?" + entry + "(, .*)?\\}");
    }
    assertMatches(trace, "<-- headers \\{.*Content-Type=application/json.*X-Request-Id=req_hygiene.*Set-Cookie=REDACTED.*\\}");
  }

  private static void assertHas(List<String> lines, String expected) {
    assertTrue(lines.contains(expected), "no log line '" + expected + "' in\n" + String.join("\n", lines));
  }

  private static void assertMatches(List<String> lines, String regex) {
    for (String line : lines) {
      if (line.matches(regex)) {
        return;
      }
    }
    fail("no log line matches '" + regex + "' in\n" + String.join("\n", lines));
  }

  // ---------------------------------------------------------------- calls and scenarios

  /** One SDK call that carries the value (or, for list and delete, only the key). */
  private static final class Call {
    final String name;
    final boolean idempotent;
    final int successStatus;
    final String successBody;
    final Function<Clients, Object> sync;
    final Function<Clients, CompletableFuture<?>> async;

    Call(String name, boolean idempotent, int status, String body, Function<Clients, Object> sync, Function<Clients, CompletableFuture<?>> async) {
      this.name = name;
      this.idempotent = idempotent;
      this.successStatus = status;
      this.successBody = body;
      this.sync = sync;
      this.async = async;
    }
  }

  private static final RequestOptions WITH_HEADERS =
      RequestOptions.builder().header("X-Api-Key", KEY).header("X-Tenant", "t-1").build();

  private static List<Call> calls() {
    List<Call> calls = new ArrayList<>();
    for (Op op : Op.values()) {
      // List, delete and regenerate send no value; they carry it as a credential-named query parameter, as a
      // caller might for a proxy, so that an echo of it is an echo of something sent.
      RequestOptions ro =
          op == Op.LIST || op == Op.DELETE || op == Op.REGENERATE ? WITH_HEADERS.newBuilder().queryParam("token", VALUE).build() : WITH_HEADERS;
      calls.add(
          new Call(
              op.name(), op.idempotent(), op.successStatus(), op.successBody(),
              c -> op.call(c, VALUE, ro),
              c -> op.callAsync(c, VALUE, ro)));
    }
    calls.add(
        new Call(
            "PRESET", false, 201, Op.Bodies.USER_SECRET,
            c -> c.userSecrets().secrets().createFromPreset("openai", VALUE, WITH_HEADERS),
            c -> c.userSecrets().async().secrets().createFromPreset("openai", VALUE, WITH_HEADERS)));
    return calls;
  }

  private static final class Scenario {
    final String name;
    final List<MockResponse> script;
    final Class<? extends Throwable> expected;
    final boolean async;

    Scenario(String name, List<MockResponse> script, Class<? extends Throwable> expected, boolean async) {
      this.name = name;
      this.script = script;
      this.expected = expected;
      this.async = async;
    }
  }

  private static List<Scenario> scenarios(Call call) {
    String echoFlat = "{\"error\":\"bad value " + VALUE + "\"}";
    String echo422 =
        "{\"code\":422,\"detail\":\"Validation failed for " + VALUE + "\",\"type\":\"validation_error\",\"errors\":["
            + "{\"loc\":[\"body\",\"value\"],\"msg\":\"value " + VALUE + " is not allowed\",\"type\":\"value_error\",\"input\":\"" + VALUE + "\"},"
            + "{\"loc\":[\"body\",\"" + VALUE + "\"],\"msg\":\"unexpected field\",\"type\":\"extra\"}]}";
    String echoFastApi =
        "{\"detail\":[{\"loc\":[\"body\",\"value\"],\"msg\":\"String should have at most 8 characters\","
            + "\"type\":\"string_too_long\",\"input\":{\"name\":\"Stripe\",\"value\":\"" + VALUE + "\",\"note\":\"" + VALUE + "\"}}]}";
    String echoKey =
        "{\"error\":{\"message\":\"Invalid API key " + KEY + " for " + VALUE + "\",\"type\":\"authentication_error\"}}";
    String echoSlashes = "{\"error\":\"bad value \\\"" + VALUE + "\\\" \\/ " + VALUE + "\",\"key\":\"" + KEY + "\"}";
    String html =
        "<html><head><title>Bad value " + VALUE + "</title></head><body><h1>502</h1><p>" + VALUE + " " + KEY + "</p></body></html>";
    String successEcho =
        call.successBody.isEmpty()
            ? ""
            : call.successBody.substring(0, call.successBody.length() - (call.successBody.endsWith("]") ? 2 : 1))
                + ",\"value\":\"" + VALUE + "\",\"received\":{\"apiKey\":\"" + KEY + "\",\"value\":\"" + VALUE + "\"},"
                + "\"note\":\"stored " + VALUE + "\"}" + (call.successBody.endsWith("]") ? "]" : "");

    List<Scenario> s = new ArrayList<>();
    s.add(new Scenario("success", List.of(success(call.successStatus, call.successBody)), null, false));
    s.add(new Scenario("success echoing the request", List.of(success(call.successStatus, successEcho)), null, true));
    s.add(new Scenario("400 echo", List.of(json(400, echoFlat)), BadRequestException.class, false));
    s.add(new Scenario("400 echo with escapes", List.of(json(400, echoSlashes)), BadRequestException.class, true));
    s.add(new Scenario("422 canonical echo", List.of(json(422, echo422)), UnprocessableEntityException.class, false));
    s.add(new Scenario("422 FastAPI echo", List.of(json(422, echoFastApi)), UnprocessableEntityException.class, true));
    s.add(new Scenario("401 echoing the key", List.of(json(401, echoKey)), AuthenticationException.class, false));
    s.add(
        new Scenario(
            "503 and 429 echoing, then 400 echo",
            List.of(
                json(503, echoFlat).newBuilder().setHeader("Retry-After", "1").build(),
                json(429, echoKey),
                json(400, echoFlat)),
            BadRequestException.class,
            false));
    s.add(
        new Scenario(
            "the same, async",
            List.of(json(503, echoFlat), json(429, echoKey).newBuilder().setHeader("Retry-After-Ms", "10").build(), json(400, echoFlat)),
            BadRequestException.class,
            true));
    s.add(
        new Scenario(
            "HTML 502 echo",
            List.of(new MockResponse.Builder().code(502).setHeader("Content-Type", "text/html").body(html).build()),
            BadGatewayException.class,
            false));
    s.add(
        new Scenario(
            "text 500 echo",
            List.of(new MockResponse.Builder().code(500).setHeader("Content-Type", "text/plain").body("failed: " + VALUE + "\n" + KEY).build()),
            InternalServerException.class,
            true));
    s.add(
        new Scenario(
            "reset after the request",
            List.of(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build()),
            ConnectionException.class,
            false));
    return s;
  }

  // ---------------------------------------------------------------- helpers

  private Clients clients(boolean logBodies) {
    FakeTime time = new FakeTime();
    Clients c =
        Clients.of(
            server,
            b -> {
              b.apiKey(KEY);
              b.okHttpClient(leaks.http());
              b.clock(time);
              b.sleeper(time);
              b.random(() -> 0.0);
              b.maxRetries(2);
              b.retryBudget(RetryBudget.unlimited());
              b.logBodies(logBodies);
            });
    clients.add(c);
    return c;
  }

  private static SecretCreateParams createParams(String value) {
    return SecretCreateParams.builder()
        .name("Stripe")
        .type(SecretType.GENERIC)
        .value(value)
        .hostPattern("api.stripe.com")
        .injection(dev.onecli4j.generated.onecli.model.Injection.header("Authorization", "Bearer {value}"))
        .build();
  }

  private static MockResponse json(int status, String body) {
    return new MockResponse.Builder()
        .code(status)
        .setHeader("Content-Type", JSON)
        .setHeader("X-Request-Id", "req_hygiene")
        .setHeader("Set-Cookie", "session=" + VALUE)
        .body(body)
        .build();
  }

  private static MockResponse success(int status, String body) {
    return body.isEmpty() ? new MockResponse.Builder().code(status).build() : json(status, body);
  }

  /** Every text shown so far: toString of objects, and message, toString and printed trace of throwables. */
  private String everything() {
    StringBuilder sb = new StringBuilder();
    for (Object o : shown) {
      sb.append(o).append('\n');
    }
    for (Throwable t : thrown) {
      StringWriter w = new StringWriter();
      t.printStackTrace(new PrintWriter(w));
      sb.append(t.getMessage()).append('\n').append(t).append('\n').append(w).append('\n');
      for (Throwable c = t; c != null; c = c.getCause()) {
        sb.append(c.getLocalizedMessage()).append('\n');
        if (c instanceof ApiException) {
          ApiException api = (ApiException) c;
          sb.append(api.errorMessage()).append('\n').append(api.errorType()).append('\n');
          sb.append(api.bodyExcerpt()).append('\n').append(api.fieldErrors()).append('\n');
        }
      }
    }
    return sb.toString();
  }

  private static void assertClean(String text) {
    for (String needle : new String[] {VALUE, KEY, "9d8c7b6a5f4e", "1a2b3c4d5e6f", "canary-VALUE", "canary_KEY"}) {
      int at = text.indexOf(needle);
      if (at >= 0) {
        fail("'" + needle + "' leaked here:\n..." + text.substring(Math.max(0, at - 400), Math.min(text.length(), at + 200)) + "...");
      }
    }
  }

  /** {@code s} with every non-ASCII character as a JSON {@code \\uXXXX} escape. */
  private static String asciiEscaped(String s, boolean upperCase) {
    StringBuilder sb = new StringBuilder();
    for (char ch : s.toCharArray()) {
      if (ch < 0x80) {
        sb.append(ch);
      } else {
        String hex = String.format("%04x", (int) ch);
        sb.append("\\u").append(upperCase ? hex.toUpperCase(java.util.Locale.ROOT) : hex);
      }
    }
    return sb.toString();
  }

  /** Answers every request of a call from a script: its n-th attempt gets the n-th answer, the last one repeating. */
  private static final class ScriptedDispatcher extends Dispatcher {
    private volatile List<MockResponse> script = List.of();
    private final AtomicInteger attempt = new AtomicInteger();

    void play(List<MockResponse> next) {
      script = next;
      attempt.set(0);
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      List<MockResponse> s = script;
      return s.get(Math.min(attempt.getAndIncrement(), s.size() - 1));
    }
  }
}
