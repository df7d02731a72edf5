package dev.onecli4j.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.onecli4j.OneCli;
import dev.onecli4j.generated.onecli.model.HealthStatus;
import dev.onecli4j.generated.onecli.model.ResourceCounts;
import dev.onecli4j.generated.onecli.model.VaultConnection;
import dev.onecli4j.testing.TestServer;
import java.time.OffsetDateTime;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Each operation of {@link UtilityService} and its async twin: the exact request and the parsed
 * answer. The service takes no arguments, so there is no local validation to test.
 */
class UtilityServiceTest {
  static final String HEALTH = "{\"status\":\"ok\",\"version\":\"2.0.1\",\"timestamp\":\"2026-03-04T05:06:07.890Z\"}";
  static final String COUNTS = "{\"agents\":3,\"apps\":1,\"llms\":2,\"secrets\":5}";
  static final String VAULTS =
      "[{\"id\":\"v_1\",\"provider\":\"onepassword\",\"status\":\"connected\",\"name\":null,"
          + "\"lastConnectedAt\":null,\"createdAt\":\"2026-03-04T05:06:07.890Z\"}]";

  private final TestServer server = new TestServer();
  private final OneCli client = server.oneCli();

  @AfterEach
  void close() {
    server.close();
  }

  private static void assertRequest(RecordedRequest r, String method, String target, String body) {
    assertEquals(method, r.getMethod());
    assertEquals(target, r.getTarget());
    assertEquals(body, TestServer.body(r));
  }

  @Test
  void health() {
    server.json(200, HEALTH);
    HealthStatus health = client.utility().health();
    RecordedRequest r = server.take();
    assertRequest(r, "GET", "/v1/health", "");
    assertEquals("Bearer " + TestServer.API_KEY, r.getHeaders().get("Authorization"));
    assertEquals("ok", health.status());
    assertEquals("2.0.1", health.version());
    assertEquals(OffsetDateTime.parse("2026-03-04T05:06:07.890Z"), health.timestamp());
  }

  @Test
  void counts() {
    server.json(200, COUNTS);
    ResourceCounts counts = client.utility().counts();
    assertRequest(server.take(), "GET", "/v1/counts", "");
    assertEquals(3, counts.agents());
    assertEquals(1, counts.apps());
    assertEquals(2, counts.llms());
    assertEquals(5, counts.secrets());
  }

  @Test
  void listVaults() {
    server.json(200, VAULTS);
    List<VaultConnection> vaults = client.utility().listVaults();
    assertRequest(server.take(), "GET", "/v1/vaults", "");
    assertEquals(1, vaults.size());
    assertEquals("onepassword", vaults.get(0).provider());
    assertNull(vaults.get(0).name());
    assertNull(vaults.get(0).lastConnectedAt());
  }

  @Test
  void listVaultsWhenNoneIsLinked() {
    server.json(200, "[]");
    assertEquals(List.of(), client.utility().listVaults());
  }

  @Test
  void asyncTwin() {
    server.json(200, HEALTH).json(200, COUNTS).json(200, VAULTS);
    UtilityServiceAsync utility = client.async().utility();
    assertEquals("ok", utility.health().join().status());
    assertEquals(5, utility.counts().join().secrets());
    assertEquals("v_1", utility.listVaults().join().get(0).id());
    String[] expected = {"GET /v1/health", "GET /v1/counts", "GET /v1/vaults"};
    for (String line : expected) {
      RecordedRequest r = server.take();
      assertEquals(line, r.getMethod() + " " + r.getTarget());
    }
  }
}
