package dev.onecli4j.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.onecli4j.core.ClientOptions;
import dev.onecli4j.OneCli;
import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.UserSecrets;
import dev.onecli4j.error.BadRequestException;
import dev.onecli4j.error.ErrorBodyParser;
import dev.onecli4j.error.InvalidResponseException;
import dev.onecli4j.generated.onecli.model.Secret;
import dev.onecli4j.generated.onecli.model.SecretCreated;
import dev.onecli4j.internal.http.Json;
import dev.onecli4j.http.RetryBudget;
import dev.onecli4j.testing.FakeTime;
import dev.onecli4j.validation.ValidationException;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Input an attacker or a confused caller controls: ids that try to change the route, header
 * values that try to add headers, base URLs that would send the key in clear, and answers built
 * to exhaust the parser. Each ends in the exact outcome, and none in a StackOverflowError or an
 * OutOfMemoryError.
 */
class HostileInputTest {
  private static final String[] HOSTILE_IDS = {
    "../admin",
    "../../v1/secrets",
    "a/b?c#d",
    "%2e%2e",
    "%2E%2E%2Fadmin",
    "..%2fadmin",
    "sécret-ключ-秘密-🔑",
    "a\r\nX-Injected: 1",
    "a\nb",
    "id with spaces",
    "null\u0000byte",
    "semi;colon=1",
    "back\\slash",
    "?",
    "#",
    "/",
    "...",
    "~user",
  };

  private LeakCheck leaks;
  private MockWebServer server;
  private Clients clients;

  @BeforeEach
  void start() throws IOException {
    leaks = new LeakCheck();
    server = Servers.start();
    FakeTime time = new FakeTime();
    clients =
        Clients.of(
            server,
            b -> {
              b.okHttpClient(leaks.http());
              b.clock(time);
              b.sleeper(time);
              b.maxRetries(0);
              b.retryBudget(RetryBudget.unlimited());
            });
  }

  @AfterEach
  void stop() {
    clients.close();
    leaks.assertNoLeaks(server::close);
  }

  // ---------------------------------------------------------------- ids in the path

  @Test
  void hostileIdsArePercentEncodedIntoOneSegmentSoTheRouteCannotChange() throws Exception {
    int sent = 0;
    for (String id : HOSTILE_IDS) {
      for (Op op : new Op[] {Op.UPDATE, Op.DELETE, Op.ROTATE}) {
        server.enqueue(success(op));
        callWithId(op, id);
        sent++;
        RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
        String prefix = op == Op.ROTATE ? "/api/v1/user/secrets/" : "/v1/secrets/";
        assertEquals(op.method(), r.getMethod());
        assertEquals(prefix + encode(id), r.getUrl().encodedPath(), "path of " + op + " for id " + printable(id));
        assertEquals(prefix.split("/").length, r.getUrl().pathSize(), "one segment for the id");
        assertEquals(id, r.getUrl().pathSegments().get(r.getUrl().pathSize() - 1), "the id arrives whole");
        assertNull(r.getUrl().query(), "no query for id " + printable(id));
        assertNull(r.getHeaders().get("X-Injected"));
        assertFalse(r.getRequestLine().contains("\r") || r.getRequestLine().contains("\n"));
      }
    }
    assertEquals(sent, server.getRequestCount());
  }

  @ParameterizedTest
  @ValueSource(strings = {"..", ".", "", "  "})
  void idsThatCannotBeOneSegmentAreRefusedBeforeSending(String id) {
    for (Op op : new Op[] {Op.UPDATE, Op.DELETE, Op.ROTATE}) {
      ValidationException e = assertThrows(ValidationException.class, () -> callWithId(op, id), op.name());
      assertTrue(e.getMessage().contains("secretId"), e.getMessage());
    }
    CompletionException async =
        assertThrows(CompletionException.class, () -> clients.oneCli().async().secrets().delete(id).join());
    assertInstanceOf(ValidationException.class, async.getCause());
    assertEquals(0, server.getRequestCount());
  }

  private void callWithId(Op op, String id) {
    switch (op) {
      case UPDATE:
        clients.oneCli().secrets().update(id, Op.updateParams(Op.VALUE));
        break;
      case DELETE:
        clients.oneCli().secrets().delete(id);
        break;
      case ROTATE:
        clients.userSecrets().secrets().rotate(id, Op.VALUE);
        break;
      default:
        throw new IllegalArgumentException(op.name());
    }
  }

  @Test
  void hostileQueryValuesStayOneParameter() throws Exception {
    server.enqueue(success(Op.LIST));
    String value = "a&b=c#d?e\r\nX-Injected: 1 %2e/../";
    clients.oneCli().secrets().list(RequestOptions.builder().queryParam("q", value).build());
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    assertEquals("/v1/secrets", r.getUrl().encodedPath());
    assertEquals(1, r.getUrl().querySize());
    assertEquals(value, r.getUrl().queryParameter("q"));
    assertNull(r.getHeaders().get("X-Injected"));
  }

  // ---------------------------------------------------------------- headers

  @Test
  void headerValuesWithLineBreaksOrControlCharactersAreRefusedNamingTheHeaderOnly() {
    String[] values = {"a\r\nX-Injected: 1", "a\nb", "a\rb", "nul\u0000", "del\u007f", "bell\u0007", "é-non-ascii"};
    for (String value : values) {
      List<IllegalArgumentException> refused = new ArrayList<>();
      refused.add(assertThrows(IllegalArgumentException.class, () -> RequestOptions.builder().header("X-Trace", value)));
      refused.add(assertThrows(IllegalArgumentException.class, () -> OneCli.builder().header("X-Trace", value)));
      refused.add(assertThrows(IllegalArgumentException.class, () -> UserSecrets.builder().header("X-Trace", value)));
      refused.add(assertThrows(IllegalArgumentException.class, () -> ClientOptions.builder().header("X-Trace", value)));
      for (IllegalArgumentException e : refused) {
        assertTrue(e.getMessage().contains("X-Trace"), e.getMessage());
        assertNoEcho(e, value);
      }
      assertNoEcho(assertThrows(IllegalArgumentException.class, () -> OneCli.builder().apiKey("oc_" + value)), value);
      assertNoEcho(assertThrows(IllegalArgumentException.class, () -> UserSecrets.builder().token("t" + value)), value);
      assertNoEcho(assertThrows(IllegalArgumentException.class, () -> OneCli.builder().workspaceId("w" + value)), value);
      assertNoEcho(assertThrows(IllegalArgumentException.class, () -> OneCli.builder().projectId("p" + value)), value);
    }
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void headerNamesWithLineBreaksNeverReachTheWire() {
    RequestOptions ro = RequestOptions.builder().header("X-Evil\r\nX-Injected", "v").build();
    assertThrows(IllegalArgumentException.class, () -> clients.oneCli().secrets().list(ro));
    CompletionException e =
        assertThrows(CompletionException.class, () -> clients.oneCli().async().secrets().list(ro).join());
    assertInstanceOf(IllegalArgumentException.class, e.getCause());
    assertEquals(0, server.getRequestCount());
  }

  private static void assertNoEcho(IllegalArgumentException e, String value) {
    String message = String.valueOf(e.getMessage());
    String core = value.replaceAll("[^A-Za-z-]", "");
    assertFalse(message.contains(value), message);
    assertFalse(core.length() > 3 && message.contains(core), message);
  }

  // ---------------------------------------------------------------- base URL and TLS

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://example.com/v1",
        "http://10.0.0.5:10254/v1",
        "http://192.168.1.1/v1",
        "http://localhost.evil.example/v1",
        "http://127.0.0.1.nip.io/v1",
        "http://127.evil.example/v1",
        "http://0x7f000001/v1",
        "http://127.1/v1",
        "http://127.0.0.256/v1",
      })
  void plainHttpToAHostThatIsNotLoopbackIsRefused(String url) {
    for (Consumer<String> build : builders(false)) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> build.accept(url), url);
      assertTrue(e.getMessage().contains("allowInsecureHttp"), e.getMessage());
    }
    for (Consumer<String> build : builders(true)) {
      build.accept(url);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://127.0.0.1:10254/v1",
        "http://127.1.2.3/v1",
        "http://localhost:10254/v1",
        "http://api.localhost/v1",
        "http://[::1]:10254/v1",
        "http://[::ffff:7f00:1]:80/v1",
        "https://api.onecli.sh/v1",
        "https://10.0.0.5/v1",
      })
  void httpsAndLoopbackAreAccepted(String url) {
    for (Consumer<String> build : builders(false)) {
      build.accept(url);
    }
  }

  private static List<Consumer<String>> builders(boolean allowInsecure) {
    return List.of(
        url -> ClientOptions.builder().baseUrl(url).allowInsecureHttp(allowInsecure).build(),
        url -> OneCli.builder().apiKey(Clients.API_KEY).baseUrl(url).allowInsecureHttp(allowInsecure).build().close(),
        url -> UserSecrets.builder().token(Clients.API_KEY).baseUrl(url).allowInsecureHttp(allowInsecure).build().close());
  }

  @Test
  void noBuilderOffersAWayToSwitchOffTlsVerification() {
    String[] banned = {"trust", "hostnameverifier", "verifier", "insecuretls", "sslsocketfactory", "certificate", "pinn", "tlsverif"};
    List<Class<?>> builders =
        List.of(
            ClientOptions.AbstractBuilder.class,
            ClientOptions.Builder.class,
            OneCli.Builder.class,
            UserSecrets.Builder.class,
            RequestOptions.Builder.class,
            ClientOptions.class);
    int methods = 0;
    for (Class<?> type : builders) {
      for (Method m : type.getMethods()) {
        methods++;
        String name = m.getName().toLowerCase(Locale.ROOT);
        for (String word : banned) {
          assertFalse(name.contains(word), type.getSimpleName() + "." + m.getName() + " looks like a TLS switch");
        }
      }
    }
    assertTrue(methods > 40, "reflection found only " + methods + " methods");
  }

  // ---------------------------------------------------------------- answers built to exhaust the parser

  @Test
  void aTenMegabyteStringFieldIsReadWithoutCrashingAndOneOverTheCapIsAnInvalidResponse() {
    String tenMb = "x".repeat(10 * 1000 * 1000);
    server.enqueue(json(200, "[{\"id\":\"s1\",\"name\":\"" + tenMb + "\"}]"));
    List<Secret> list = clients.oneCli().secrets().list();
    assertEquals(tenMb.length(), list.get(0).name().length());

    String overCap = "y".repeat(Json.MAX_STRING_LENGTH + 1);
    server.enqueue(json(201, "{\"id\":\"s1\",\"name\":\"" + overCap + "\"}"));
    InvalidResponseException e =
        assertThrows(InvalidResponseException.class, () -> Op.CREATE.call(clients));
    assertFalse(e.getMessage().contains("yyyy"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(ints = {201, 10_000, 100_000})
  void deeplyNestedAnswersAreInvalidResponsesNotStackOverflows(int depth) {
    String objects = "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    String arrays = "[".repeat(depth) + "]".repeat(depth);
    List<String> bodies =
        List.of(
            "[{\"id\":\"s1\",\"metadata\":" + objects + "}]",
            "[{\"id\":\"s1\",\"metadata\":{\"list\":" + arrays + "}}]",
            "[{\"id\":\"s1\",\"unknownField\":" + arrays + "}]",
            arrays);
    for (String body : bodies) {
      server.enqueue(json(200, body));
      try {
        Object result = clients.oneCli().secrets().list();
        fail("a " + depth + "-deep answer was accepted: " + String.valueOf(result).length() + " chars");
      } catch (InvalidResponseException expected) {
        assertEquals(200, expected.status());
      } catch (StackOverflowError | OutOfMemoryError e) {
        throw new AssertionError("the parser crashed on a " + depth + "-deep answer", e);
      }
    }
    for (String body : List.of("{\"id\":\"s1\",\"extra\":" + objects + "}", "{\"id\":\"s1\",\"extra\":" + arrays + "}")) {
      server.enqueue(json(201, body));
      assertThrows(InvalidResponseException.class, () -> Op.CREATE.call(clients));
    }
  }

  @Test
  void answersWithinTheNestingLimitAreRead() {
    int depth = Json.MAX_NESTING_DEPTH - 3;
    server.enqueue(json(200, "[{\"id\":\"s1\",\"metadata\":" + "{\"a\":".repeat(depth) + "1" + "}".repeat(depth) + "}]"));
    assertEquals("s1", clients.oneCli().secrets().list().get(0).id());
  }

  @Test
  void hugeNumbersAndBrokenUtf8AreInvalidResponses() {
    server.enqueue(json(201, "{\"id\":\"s1\",\"attachedAgents\":" + "9".repeat(2_000) + "}"));
    assertThrows(InvalidResponseException.class, () -> Op.CREATE.call(clients));
    server.enqueue(json(201, "{\"id\":\"s1\",\"extra\":1e999999999}"));
    SecretCreated created = clients.oneCli().secrets().create(Op.createParams(Op.VALUE));
    assertEquals("s1", created.id());
    Buffer broken = new Buffer().writeUtf8("{\"id\":\"s").write(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF}).writeUtf8("\"}");
    server.enqueue(new MockResponse.Builder().code(201).setHeader("Content-Type", "application/json").body(broken).build());
    assertThrows(InvalidResponseException.class, () -> Op.CREATE.call(clients));
  }

  @Test
  void hugeAndDeepErrorBodiesEndInTheTypedExceptionWithBoundedTexts() {
    String tenMb = "z".repeat(10 * 1000 * 1000);
    server.enqueue(json(400, "{\"error\":\"" + tenMb + "\"}"));
    BadRequestException huge = assertThrows(BadRequestException.class, () -> Op.CREATE.call(clients));
    assertTrue(huge.errorMessage().length() <= ErrorBodyParser.MAX_MESSAGE_CHARS, "message of " + huge.errorMessage().length());
    assertTrue(huge.bodyExcerpt().length() <= ErrorBodyParser.MAX_EXCERPT_CHARS);
    assertTrue(huge.getMessage().length() < 1_000);

    int depth = 100_000;
    server.enqueue(json(400, "{\"error\":\"deep\",\"x\":" + "[".repeat(depth) + "]".repeat(depth) + "}"));
    BadRequestException deep = assertThrows(BadRequestException.class, () -> Op.CREATE.call(clients));
    assertEquals("deep", deep.errorMessage());
    assertTrue(deep.bodyExcerpt().length() <= ErrorBodyParser.MAX_EXCERPT_CHARS);
  }

  // ---------------------------------------------------------------- helpers

  private static MockResponse success(Op op) {
    MockResponse.Builder b = new MockResponse.Builder().code(op.successStatus());
    if (op.hasBody()) {
      b.setHeader("Content-Type", "application/json").body(op.successBody());
    }
    return b.build();
  }

  private static MockResponse json(int status, String body) {
    return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json").body(body).build();
  }

  /** RFC 3986: every UTF-8 byte outside the unreserved set, percent-encoded in upper case. */
  private static String encode(String id) {
    StringBuilder sb = new StringBuilder();
    for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xFF);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
        sb.append(c);
      } else {
        sb.append('%').append(String.format("%02X", b & 0xFF));
      }
    }
    return sb.toString();
  }

  private static String printable(String s) {
    return s.replace("\r", "\\r").replace("\n", "\\n").replace("\u0000", "\\0");
  }
}
