package dev.onecli4j.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onecli4j.OneCli;
import dev.onecli4j.RawResponse;
import dev.onecli4j.error.InvalidResponseException;
import dev.onecli4j.generated.onecli.model.PendingApprovalList;
import dev.onecli4j.testing.TestServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Approvals go to the gateway: the address comes from {@code GET /gateway-url}, asked once per
 * client (and its copies to the same server), or from the {@code gatewayUrl} option; the
 * question is an ordinary call of the client.
 */
class GatewayRoutingTest {
  private static final String NONE = "{\"requests\":[],\"timeoutSeconds\":25}";

  private final TestServer api = new TestServer();
  private final TestServer gateway = new TestServer();

  @AfterEach
  void close() {
    api.close();
    gateway.close();
  }

  private String gatewayRoot() {
    return gateway.server().url("/").toString();
  }

  @Test
  void theGatewayIsAskedForOnceAndThenUsed() throws InterruptedException {
    api.json(200, "{\"url\":\"" + gatewayRoot().replaceAll("/$", "") + "\"}");
    gateway.json(200, NONE).json(200, NONE).json(200, NONE);
    try (OneCli client = api.oneCli()) {
      assertEquals(25, client.approvals().listPending().timeoutSeconds());
      RecordedRequest asked = api.take();
      assertEquals("/v1/gateway-url", asked.getTarget());
      assertEquals("/v1/approvals/pending", gateway.take().getTarget());
      client.async().approvals().listPending().join();
      client.withOptions(o -> o.timeout(java.time.Duration.ofSeconds(5))).approvals().listPending();
      assertEquals(1, api.server().getRequestCount(), "asked once, kept for the client and its copies");
      assertEquals(3, gateway.server().getRequestCount());
    }
  }

  @Test
  void theAsyncCallAsksWithoutBlocking() throws InterruptedException {
    api.json(200, "{\"url\":\"" + gatewayRoot() + "\"}");
    gateway.json(200, NONE);
    try (OneCli client = api.oneCli()) {
      PendingApprovalList list = client.async().approvals().listPending().join();
      assertEquals(25, list.timeoutSeconds());
      assertEquals("/v1/gateway-url", api.take().getTarget());
      RecordedRequest r = gateway.take();
      assertEquals("/v1/approvals/pending", r.getTarget());
      assertEquals("Bearer " + TestServer.API_KEY, r.getHeaders().get("Authorization"));
    }
  }

  @Test
  void theOptionWinsAndNothingIsAsked() throws InterruptedException {
    gateway.json(200, NONE);
    try (OneCli client = api.oneCliBuilder().maxRetries(0).gatewayUrl(gatewayRoot()).build()) {
      RawResponse<PendingApprovalList> raw = client.withRawResponse(c -> c.approvals().listPending());
      assertEquals(200, raw.status());
      assertEquals("/v1/approvals/pending", gateway.take().getTarget());
      assertEquals(0, api.server().getRequestCount());
    }
  }

  @Test
  void anAddressTheClientWouldNotUseIsRefused() {
    api.json(200, "{\"url\":\"http://gateway.example.com:10255\"}").json(200, "{\"url\":null}");
    try (OneCli client = api.oneCli()) {
      InvalidResponseException e = assertThrows(InvalidResponseException.class, () -> client.approvals().listPending());
      assertTrue(e.getMessage().contains("plain http"), e.getMessage());
      assertThrows(InvalidResponseException.class, () -> client.approvals().listPending(), "no gateway named");
      assertEquals(0, gateway.server().getRequestCount());
    }
    assertThrows(IllegalArgumentException.class, () -> api.oneCliBuilder().gatewayUrl("http://gateway.example.com").build());
  }
}
