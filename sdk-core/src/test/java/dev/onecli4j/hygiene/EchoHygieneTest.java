package dev.onecli4j.hygiene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.onecli4j.OneCli;
import dev.onecli4j.UserSecrets;
import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.error.ApiException;
import dev.onecli4j.error.ConnectionException;
import dev.onecli4j.generated.onecli.model.Injection;
import dev.onecli4j.generated.onecli.model.SecretType;
import dev.onecli4j.http.RequestListener;
import dev.onecli4j.http.RetryBudget;
import dev.onecli4j.param.AppConnectParams;
import dev.onecli4j.param.SecretCreateParams;
import dev.onecli4j.reliability.LeakCheck;
import dev.onecli4j.reliability.Op;
import dev.onecli4j.reliability.Servers;
import dev.onecli4j.testing.FakeTime;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Servers that echo what the caller sent, in every channel and encoding the independent attack
 * run used: credential maps under any field name, credential headers echoed in the body and in
 * response headers (the request id among them), percent-encoded and escaped echoes cut short by
 * the body bound, secrets split across error locations, protocol errors that quote the key, and
 * response headers that reach the logs. Canaries must surface nowhere: exception messages,
 * printed stack traces (causes included), request ids, headers, listener events, and every log
 * event at every level (TRACE, bodies on). And the opposite: the server's own words stay intact.
 */
class EchoHygieneTest {
  static final String KEY = "oc_echo_KEY_7f6e5d4c3b2a19";
  static final String AWS = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
  static final String SLACK = "xoxb-2d4f6a8c-canary-SLACK";
  static final String HEADER_SECRET = "hdr-canary-5e4d3c2b1a";
  static final String VALUE = "val/canary\u00e4\u00f6-Z9y8x7w6";
  private static final List<String> CANARIES = List.of(KEY, AWS, SLACK, HEADER_SECRET, VALUE);

  private LeakCheck leaks;
  private MockWebServer server;
  private CapturedLogs.Recording logs;
  private final List<String> listened = Collections.synchronizedList(new ArrayList<>());
  private final List<Throwable> thrown = new ArrayList<>();
  private final List<AutoCloseable> closeables = new ArrayList<>();

  private final RequestListener listener =
      new RequestListener() {
        @Override
        public void onRetry(String operationId, int attempt, Duration delay, String reason) {
          listened.add(reason);
        }

        @Override
        public void onRequestEnd(String operationId, int status, int attempts, Duration elapsed, Throwable error) {
          listened.add(String.valueOf(error) + " " + (error == null ? "" : printed(error)));
        }
      };

  @BeforeEach
  void start() throws IOException {
    logs = CapturedLogs.start();
    leaks = new LeakCheck();
    server = Servers.start();
  }

  @AfterEach
  void stop() throws Exception {
    for (AutoCloseable c : closeables) {
      c.close();
    }
    logs.close();
    leaks.assertNoLeaks(server::close);
  }

  private OneCli client(Consumer<OneCli.Builder> configure) {
    return client(server.url("/v1").toString(), configure);
  }

  private OneCli client(String baseUrl, Consumer<OneCli.Builder> configure) {
    FakeTime time = new FakeTime();
    OneCli.Builder b =
        OneCli.builder()
            .apiKey(KEY)
            .baseUrl(baseUrl)
            .okHttpClient(leaks.http())
            .clock(time)
            .sleeper(time)
            .retryBudget(RetryBudget.unlimited())
            .maxRetries(1)
            .logBodies(true)
            .listener(listener);
    configure.accept(b);
    OneCli client = b.build();
    closeables.add(client);
    return client;
  }

  private static MockResponse json(int status, String body) {
    return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json").body(body).build();
  }

  // ---------------------------------------------------------------- credentials under any name

  @Test
  void appConnectCredentialsAreMaskedWhateverTheirFieldNames() throws Exception {
    OneCli client = client(b -> {});
    AppConnectParams params = AppConnectParams.builder().field("secretAccessKey", AWS).field("bot_token", SLACK).build();
    String echo =
        "{\"error\":\"invalid credentials: secretAccessKey=" + AWS + " bot_token=" + SLACK + "\","
            + "\"received\":{\"fields\":{\"secretAccessKey\":\"" + AWS.replace("/", "\\/") + "\",\"bot_token\":\"" + SLACK + "\"}},"
            + "\"errors\":[{\"path\":[\"fields\",\"secretAccessKey\"],\"message\":\"" + AWS + " is not valid\"}]}";
    server.enqueue(json(400, echo));
    thrown.add(assertThrows(ApiException.class, () -> client.apps().connect("aws", params)));
    server.enqueue(json(503, echo));
    server.enqueue(json(201, "{\"success\":true,\"echo\":\"" + AWS + "\",\"fields\":{\"bot_token\":\"" + SLACK + "\"}}"));
    client.apps().connect("aws", params);
    // The credential map body of setAppConfig too.
    server.enqueue(json(400, "{\"error\":\"bad clientSecret " + AWS + "\"}"));
    thrown.add(
        assertThrows(Exception.class, () -> client.async().apps().upsertConfig("github", java.util.Map.of("clientSecret", AWS)).get(10, TimeUnit.SECONDS)));
    assertTrue(server.getRequestCount() >= 3);
    assertClean();
  }

  @Test
  void credentialHeadersAndTheKeyEchoedInResponseHeadersAreMasked() throws Exception {
    OneCli client = client(b -> b.header("X-Vendor-Key", HEADER_SECRET));
    String body = "{\"error\":\"key " + KEY + " and header " + HEADER_SECRET + " rejected\"}";
    server.enqueue(
        json(401, body).newBuilder()
            .setHeader("X-Request-Id", KEY)
            .setHeader("Location", "https://example.com/cb?key=" + HEADER_SECRET)
            .setHeader("Link", "<https://example.com/docs?token=" + KEY + ">; rel=\"help\"")
            .setHeader("WWW-Authenticate", "Bearer realm=\"" + HEADER_SECRET + "\"")
            .build());
    ApiException e = assertThrows(ApiException.class, () -> client.secrets().list());
    thrown.add(e);
    assertEquals("****", e.requestId());
    for (List<String> values : e.headers().values()) {
      for (String v : values) {
        for (String canary : CANARIES) {
          assertFalse(v.contains(canary), "header value " + v);
        }
      }
    }
    // The same echoes on a success, where the headers go to the logs only (TRACE, and the
    // deprecation warning at the default level).
    server.enqueue(
        json(200, "[]").newBuilder()
            .setHeader("X-Request-Id", HEADER_SECRET)
            .setHeader("Deprecation", "true; key=" + KEY)
            .setHeader("Link", "<https://example.com/v2?api_key=" + HEADER_SECRET + ">; rel=\"successor-version\"")
            .setHeader("Location", "https://example.com/" + URLEncoder.encode(KEY, StandardCharsets.UTF_8))
            .build());
    client.withOptions(b -> {}).secrets().list(RequestOptions.builder().header("X-Other", AWS).build());
    assertTrue(logs.text().contains("Deprecation"), logs.text());
    server.enqueue(json(200, "[]").newBuilder().setHeader("X-Request-Id", KEY).build());
    dev.onecli4j.RawResponse<?> raw = client.withRawResponse(c -> c.secrets().list());
    assertEquals("****", raw.requestId());
    listened.add(raw.toString());
    assertClean();
  }

  // ---------------------------------------------------------------- encodings and cuts

  @Test
  void echoesInOtherEncodingsAndCutByTheBoundAreMasked() throws Exception {
    UserSecrets us =
        UserSecrets.builder().token(KEY).baseUrl(server.url("/api/v1").toString()).okHttpClient(leaks.http())
            .maxRetries(0).logBodies(true).listener(listener).maxErrorBodyBytes(256).build();
    closeables.add(us);
    String urlEncoded = URLEncoder.encode(VALUE, StandardCharsets.UTF_8);
    String slashEscaped = VALUE.replace("/", "\\/");
    String asciiEscaped = "val\\/canary\\u00e4\\u00F6-Z9y8x7w6";
    List<String> bodies = new ArrayList<>();
    bodies.add("{\"error\":\"bad value " + urlEncoded + "\"}");
    bodies.add("{\"error\":\"bad value <" + VALUE.replace("/", "&#x2F;") + ">\"}");
    bodies.add("{\"error\":\"bad value " + asciiEscaped + "\"}");
    // Cut by the 256-byte bound inside the escaped value, inside a \/, inside a \\u escape and
    // inside a two-byte character.
    for (String form : List.of(slashEscaped, asciiEscaped, VALUE)) {
      int formBytes = form.getBytes(StandardCharsets.UTF_8).length;
      for (int cut = 1; cut < formBytes; cut++) {
        String head = "{\"error\":\"";
        bodies.add(head + "x".repeat(256 - head.length() - cut) + form + "\"}");
      }
    }
    for (String body : bodies) {
      server.enqueue(json(400, body));
      thrown.add(assertThrows(ApiException.class, () -> us.secrets().rotate(Op.USER_SECRET_ID, VALUE)));
    }
    assertCleanOfPrefixes(VALUE, 8);
    assertClean();
  }

  @Test
  void aDottedSecretSplitAcrossAnErrorLocationIsMaskedWhereItIsJoined() throws Exception {
    String dotted = "abc123.def456.ghi789xyz";
    OneCli client = client(b -> {});
    String[] parts = dotted.split("\\.");
    server.enqueue(
        json(422, "{\"detail\":[{\"loc\":[\"body\",\"" + parts[0] + "\",\"" + parts[1] + "\",\"" + parts[2] + "\"],"
            + "\"msg\":\"unexpected\",\"type\":\"extra\"}]}"));
    ApiException e =
        assertThrows(ApiException.class, () -> client.secrets().create(SecretCreateParams.builder().name("n").type(SecretType.GENERIC)
            .value(dotted).hostPattern("h.example.com").injection(Injection.header("Authorization", "Bearer {value}")).build()));
    thrown.add(e);
    assertFalse(e.getMessage().contains(dotted), e.getMessage());
    assertClean();
  }

  // ---------------------------------------------------------------- the server's own words

  @Test
  void theServersOwnWordsAreNotRewrittenByShortValues() {
    OneCli client = client(b -> {});
    String words = "Path template must contain {value} exactly once (see op://vault/item/field)";
    server.enqueue(json(400, "{\"error\":\"" + words + "\"}"));
    ApiException e =
        assertThrows(ApiException.class, () -> client.secrets().create(SecretCreateParams.builder().name("n").type(SecretType.GENERIC)
            .value("value").hostPattern("h.example.com").injection(Injection.header("Authorization", "Bearer {value}")).build()));
    assertEquals(words, e.errorMessage());
    assertTrue(e.getMessage().contains(words), e.getMessage());
  }

  // ---------------------------------------------------------------- protocol errors

  @Test
  void protocolErrorsQuotingTheKeyDoNotCarryItInTheirCause() throws Exception {
    List<String> answers =
        List.of(
            "HTTP/1.1 2x0 " + KEY + "\r\nContent-Length: 0\r\n\r\n",
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz" + KEY + "\r\n[]\r\n0\r\n\r\n",
            "HTTP/1.1 200 OK\r\nX-Bad-Header " + KEY + "\r\n" + "x".repeat(300) + "\r\n\r\n",
            KEY + " is not HTTP at all\r\n\r\n");
    for (String answer : answers) {
      try (RawServer raw = new RawServer(answer)) {
        OneCli client = client("http://127.0.0.1:" + raw.port() + "/v1", b -> b.maxRetries(0));
        Throwable e = assertThrows(Throwable.class, () -> client.secrets().list());
        thrown.add(e);
        ExecutionException async =
            assertThrows(ExecutionException.class, () -> client.async().secrets().list().get(10, TimeUnit.SECONDS));
        thrown.add(async.getCause());
        if (e instanceof ConnectionException && e.getCause() != null && answer.contains("2x0")) {
          assertTrue(e.getCause().getMessage().contains("java.net.ProtocolException"), e.getCause().getMessage());
        }
      }
    }
    assertClean();
  }

  // ---------------------------------------------------------------- helpers

  private void assertClean() {
    String all = everything();
    for (String canary : CANARIES) {
      int at = all.indexOf(canary);
      if (at >= 0) {
        fail("'" + canary + "' leaked:\n..." + all.substring(Math.max(0, at - 300), Math.min(all.length(), at + 100)));
      }
    }
    assertCleanOfPrefixes(KEY, 10);
  }

  /** No run of {@code min} or more characters of the secret's start survives (a cut echo). */
  private void assertCleanOfPrefixes(String secret, int min) {
    String all = everything();
    for (int k = secret.length(); k >= min; k--) {
      String prefix = secret.substring(0, k);
      for (String form : List.of(prefix, prefix.replace("/", "\\/"), URLEncoder.encode(prefix, StandardCharsets.UTF_8))) {
        int at = all.indexOf(form);
        if (at >= 0) {
          fail("a start of " + k + " characters of a secret leaked:\n..." + all.substring(Math.max(0, at - 300), Math.min(all.length(), at + 100)));
        }
      }
    }
  }

  private String everything() {
    StringBuilder sb = new StringBuilder(logs.text());
    for (Throwable t : thrown) {
      sb.append(printed(t)).append('\n');
      for (Throwable c = t; c != null; c = c.getCause()) {
        sb.append(c.getMessage()).append('\n');
        if (c instanceof ApiException) {
          ApiException api = (ApiException) c;
          sb.append(api.errorMessage()).append('\n').append(api.bodyExcerpt()).append('\n')
              .append(api.fieldErrors()).append('\n').append(api.requestId()).append('\n').append(api.headers()).append('\n');
        }
      }
    }
    synchronized (listened) {
      for (String s : listened) {
        sb.append(s).append('\n');
      }
    }
    return sb.toString();
  }

  private static String printed(Throwable t) {
    StringWriter w = new StringWriter();
    t.printStackTrace(new PrintWriter(w));
    return w.toString();
  }

  /** A loopback server that reads one request head per connection and writes fixed bytes back. */
  private static final class RawServer implements AutoCloseable {
    private final ServerSocket socket;
    private final Thread thread;

    RawServer(String answer) throws IOException {
      socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      thread =
          new Thread(
              () -> {
                while (!socket.isClosed()) {
                  try (Socket s = socket.accept()) {
                    InputStream in = s.getInputStream();
                    int state = 0;
                    while (state < 4) {
                      int c = in.read();
                      if (c < 0) {
                        break;
                      }
                      state = (c == '\r' || c == '\n') ? state + 1 : 0;
                    }
                    OutputStream out = s.getOutputStream();
                    out.write(answer.getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                    s.shutdownOutput();
                    Thread.sleep(50);
                  } catch (IOException | InterruptedException e) {
                    return;
                  }
                }
              },
              "raw-server");
      thread.setDaemon(true);
      thread.start();
    }

    int port() {
      return socket.getLocalPort();
    }

    @Override
    public void close() throws Exception {
      socket.close();
      thread.join(5000);
    }
  }
}
