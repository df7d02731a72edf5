package dev.onecli4j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onecli4j.OneCli;
import dev.onecli4j.error.NotFoundException;
import dev.onecli4j.benchmarks.pojo.PojoSecret;
import dev.onecli4j.benchmarks.pojo.PojoSecretJsr310;
import dev.onecli4j.generated.onecli.model.Secret;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A smoke test of the benchmark's server and clients; no benchmark runs here. */
class CannedServerTest {
  @Test
  void bothSidesReadTheSameAnswersOverOneKeepAliveConnection() {
    try (Loopback env = Loopback.start(100)) {
      List<Secret> sdk = env.sdk.secrets().list();
      assertEquals(100, sdk.size());
      assertEquals(sdk, env.raw.listSecrets());
      assertEquals(sdk, env.rawSdkMapper.listSecrets());
      assertEquals(100, env.raw.listSecretsStringDates().size());
      assertEquals(
          env.sdk.secrets().create(Fixtures.createParams()), env.raw.createSecret(Fixtures.createRequest()));
      assertThrows(NotFoundException.class, () -> env.sdk.secrets().delete(Fixtures.MISSING_ID));
      RawClient.RawApiException raw =
          assertThrows(RawClient.RawApiException.class, () -> env.raw.deleteSecret(Fixtures.MISSING_ID));
      assertEquals(404, raw.status());
      assertEquals(8, env.server.requests());
      assertEquals(1, env.server.connections(), "keep-alive: one connection serves every call");
    }
  }

  @Test
  void theHandWrittenAndStockBaselinesReadWhatTheSdkReads() {
    try (Loopback env = Loopback.start(10)) {
      List<Secret> sdk = env.sdk.secrets().list();
      List<PojoSecret> pojos = env.plain.listPojos();
      List<PojoSecretJsr310> jsr310 = env.raw.listPojosJsr310();
      List<dev.onecli4j.benchmarks.stock.model.Secret> stock = env.stock.listSecrets();
      assertEquals(10, pojos.size());
      for (int i = 0; i < sdk.size(); i++) {
        Secret s = sdk.get(i);
        assertEquals(s.id(), pojos.get(i).id);
        assertEquals(s.type().value(), pojos.get(i).type);
        assertEquals(s.createdAt(), OffsetDateTime.parse(pojos.get(i).createdAt));
        assertEquals(s.createdAt(), jsr310.get(i).createdAt);
        assertEquals(s.metadata(), pojos.get(i).metadata);
        assertEquals(s.injectionConfig() == null, pojos.get(i).injectionConfig == null);
        assertEquals(s.id(), stock.get(i).getId());
        assertEquals(s.createdAt(), stock.get(i).getCreatedAt());
      }
      assertEquals("Authorization", pojos.get(1).injectionConfig.headerName);
      assertEquals("key", pojos.get(2).injectionConfig.paramName);
      assertEquals(
          env.sdk.secrets().create(Fixtures.createParams()).createdAt(),
          OffsetDateTime.parse(env.plain.createPojo(Fixtures.pojoCreateRequest()).createdAt));
      assertEquals("Default agent", env.raw.createPojoJsr310(Fixtures.pojoCreateRequest()).attachedAgents.get(0).name);
      assertEquals("cmc1q2w3e0000bench0000new", env.stock.createSecret(StockClient.createRequest()).getId());
      assertEquals(404, env.stock.deleteSecret(Fixtures.MISSING_ID).getCode());
    }
  }

  @Test
  void skipsBodiesThatArriveInPiecesAndAnswersPipelinedRequests() throws Exception {
    try (CannedServer server = Fixtures.startServer();
        Socket socket = new Socket("127.0.0.1", Integer.parseInt(server.url().replaceAll(".*:", "")))) {
      OutputStream out = socket.getOutputStream();
      out.write("POST /n10/v1/secrets HTTP/1.1\r\nHost: x\r\ncontent-length: 10\r\n\r\n01234".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      Thread.sleep(50);
      out.write(("56789GET /n10/v1/nowhere HTTP/1.1\r\nHost: x\r\n\r\n"
              + "DELETE /n10/v1/secrets/" + Fixtures.MISSING_ID + " HTTP/1.1\r\nHost: x\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String first = readAnswer(in);
      String second = readAnswer(in);
      String third = readAnswer(in);
      assertTrue(first.startsWith("HTTP/1.1 201 Created"), first);
      assertTrue(second.startsWith("HTTP/1.1 404 Not Found") && second.contains("Route not found"), second);
      assertTrue(third.startsWith("HTTP/1.1 404 Not Found") && third.contains("Secret not found"), third);
    }
  }

  private static String readAnswer(InputStream in) throws Exception {
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        throw new IllegalStateException("closed after " + head);
      }
      head.append((char) b);
    }
    int length = Integer.parseInt(head.toString().replaceAll("(?s).*Content-Length: (\\d+).*", "$1"));
    byte[] body = in.readNBytes(length);
    return head + new String(body, StandardCharsets.UTF_8);
  }
}
