package dev.onecli4j.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onecli4j.OneCli;
import dev.onecli4j.UserSecrets;
import dev.onecli4j.core.ClientOptions;
import dev.onecli4j.error.ResponseTooLargeException;
import dev.onecli4j.hygiene.CapturedLogs;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

/**
 * Success bodies have a ceiling: a body (or a gzip bomb, counted as decoded) past {@code
 * maxResponseBodyBytes} ends the call with {@link ResponseTooLargeException} after reading no
 * more than the limit, and body logging at TRACE logs a capped prefix instead of buffering the
 * whole answer. Also: a blank API key is refused when the client is built.
 */
class BodyLimitsTest {
  private LeakCheck leaks;
  private MockWebServer server;
  private OneCli client;

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

  private OneCli client(long maxBody, boolean logBodies) {
    OneCli.Builder b =
        OneCli.builder()
            .apiKey(Clients.API_KEY)
            .baseUrl(server.url("/v1").toString())
            .okHttpClient(leaks.http())
            .maxResponseBodyBytes(maxBody)
            .logBodies(logBodies)
            .maxRetries(0);
    through(b);
    client = b.build();
    return client;
  }

  /** How the client sends; {@link BodyLimitsThroughCallFactoryTest} adds a call factory. */
  void through(OneCli.Builder b) {}

  /** A JSON list of {@code count} secrets, about 200 bytes each. */
  private static String bigList(int count) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < count; i++) {
      sb.append(i == 0 ? "" : ",").append(Op.Bodies.SECRET_LIST, 1, Op.Bodies.SECRET_LIST.length() - 1);
    }
    return sb.append(']').toString();
  }

  @Test
  void aBodyPastTheLimitIsAClearErrorWithOrWithoutContentLength() throws Exception {
    String body = bigList(5_000); // about 1 MB
    OneCli c = client(64 * 1024, false);
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(body).build());
    ResponseTooLargeException known = assertThrows(ResponseTooLargeException.class, () -> c.secrets().list());
    assertEquals(64 * 1024, known.limit());
    assertEquals(200, known.status());
    // Chunked: no length up front, so the limit is found while reading.
    server.enqueue(
        new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").chunkedBody(body, 4096).build());
    ExecutionException e = assertThrows(ExecutionException.class, () -> c.async().secrets().list().get(20, TimeUnit.SECONDS));
    assertInstanceOf(ResponseTooLargeException.class, e.getCause());
    assertTrue(e.getCause().getMessage().contains("maxResponseBodyBytes"), e.getCause().getMessage());
    assertEquals(2, server.getRequestCount(), "not retried");
  }

  @Test
  void aGzipBombStopsAtTheLimitOfItsDecodedSize() throws Exception {
    // 64 MiB of spaces inside a JSON list compress to about 64 KiB.
    Buffer gzipped = new Buffer();
    try (GZIPOutputStream gz = new GZIPOutputStream(gzipped.outputStream())) {
      gz.write('[');
      byte[] spaces = new byte[1 << 20];
      java.util.Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 64; i++) {
        gz.write(spaces);
      }
      gz.write(']');
    }
    long compressed = gzipped.size();
    server.enqueue(
        new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").setHeader("Content-Encoding", "gzip")
            .body(gzipped).build());
    OneCli c = client(1 << 20, false);
    ResponseTooLargeException e = assertThrows(ResponseTooLargeException.class, () -> c.secrets().list());
    assertEquals(1 << 20, e.limit());
    assertTrue(compressed < 1 << 20, "the bomb is small on the wire: " + compressed);
  }

  @Test
  void bodyLoggingAtTraceLogsACappedPrefixOfALargeAnswer() throws Exception {
    String body = bigList(10_000); // about 2 MB
    try (CapturedLogs.Recording logs = CapturedLogs.start()) {
      OneCli c = client(ClientOptions.DEFAULT_MAX_RESPONSE_BODY_BYTES, true);
      server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(body).build());
      assertEquals(10_000, c.secrets().list().size());
      String logged = null;
      for (CapturedLogs.Event event : logs.events()) {
        if (event.level() == Level.TRACE && event.message().startsWith("<-- body")) {
          logged = event.message();
        }
      }
      assertTrue(logged != null, logs.text().length() > 2000 ? logs.text().substring(0, 2000) : logs.text());
      int cap = ClientOptions.DEFAULT_MAX_ERROR_BODY_BYTES;
      assertTrue(logged.length() < cap + 200, "logged " + logged.length() + " chars of a " + body.length() + "-byte body");
      assertTrue(logged.contains("log cut at " + cap), logged.substring(logged.length() - 100));
    }
  }

  @Test
  void aBlankApiKeyIsRefusedWhenTheClientIsBuilt() {
    for (String blank : List.of("", " ", "\t", "   ")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OneCli.builder().apiKey(blank));
      assertTrue(e.getMessage().startsWith("apiKey is"), e.getMessage());
      assertThrows(IllegalArgumentException.class, () -> UserSecrets.builder().token(blank));
      assertThrows(IllegalArgumentException.class, () -> ClientOptions.builder().apiKey(blank));
    }
  }
}
