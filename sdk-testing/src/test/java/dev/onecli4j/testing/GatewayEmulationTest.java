package dev.onecli4j.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Discovery routes without credentials ({@code /instance}, {@code /gateway-url}, {@code
 * /gateway/ca}) and the emulated gateway's approvals: held requests are listed for the
 * workspace, decided once, and unknown ids answer {@code approval_not_found}.
 */
class GatewayEmulationTest {
  private static OneCliEmulator emulator;

  @BeforeAll
  static void start() {
    emulator = OneCliEmulator.start();
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  @Test
  void discoveryNeedsNoKey() {
    JsonNode instance = Raw.call(emulator.baseUrl(), null, "GET", "/instance", null).json();
    assertEquals("onprem", instance.path("edition").asText());
    assertEquals(false, instance.path("entitled").asBoolean());
    Raw.Answer url = Raw.call(emulator.baseUrl(), "oc_bad", "GET", "/gateway-url", null);
    assertEquals(emulator.gatewayUrl(), url.json().path("url").asText());
    assertTrue(emulator.gatewayUrl().matches("http://127\\.0\\.0\\.1:\\d+"));
  }

  @Test
  void theGatewayCaIsAFixedTestCertificateUnlessTheGatewayNeverRan() {
    Raw.Answer ca = Raw.call(emulator.baseUrl(), null, "GET", "/gateway/ca", null);
    assertEquals(200, ca.status());
    assertEquals("application/x-pem-file", ca.header("Content-Type"));
    assertEquals("attachment; filename=\"onecli-gateway-ca.pem\"", ca.header("Content-Disposition"));
    assertTrue(ca.body().startsWith("-----BEGIN CERTIFICATE-----") && !ca.body().contains("PRIVATE KEY"));
    try (OneCliEmulator noGateway = OneCliEmulator.builder().withoutGatewayCa().start()) {
      Raw.Answer unavailable = Raw.call(noGateway.baseUrl(), null, "GET", "/gateway/ca", null);
      assertEquals(503, unavailable.status());
      assertEquals("{\"error\":\"CA certificate not available. Start the gateway first to generate it.\"}", unavailable.body());
    }
  }

  @Test
  void approvalsAreListedAndDecidedOnTheGateway() {
    String agent = Raw.onecli(emulator, "POST", "/agents", Raw.json("{'name':'Gated','identifier':'gated'}")).json().path("id").asText();
    String id = emulator.requestApproval(agent, "POST", "https://api.github.com/repos/acme/api/issues");
    String gateway = emulator.gatewayUrl() + "/v1";
    JsonNode pending = Raw.call(gateway, emulator.apiKey(), "GET", "/approvals/pending", null).json();
    JsonNode row = pending.path("requests").get(0);
    assertEquals(id, row.path("id").asText());
    assertEquals(emulator.workspaceId(), row.path("workspaceId").asText());
    assertEquals(emulator.workspaceId(), row.path("projectId").asText(), "the legacy field old clients read");
    assertEquals("gated", row.path("agent").path("externalId").asText());
    assertEquals("/repos/acme/api/issues", row.path("path").asText());
    assertEquals(0, Raw.call(gateway, emulator.apiKey(), "GET", "/approvals/pending?exclude=" + id, null).json().path("requests").size());

    Raw.Answer approve = Raw.call(gateway, emulator.apiKey(), "POST", "/approvals/" + id + "/decision", "{\"decision\":\"approve\"}");
    assertEquals("{\"success\":true}", approve.body());
    assertEquals(Optional.of("approve"), emulator.approvalDecision(id));
    Raw.Answer again = Raw.call(gateway, emulator.apiKey(), "POST", "/approvals/" + id + "/decision", "{\"decision\":\"deny\"}");
    assertEquals(404, again.status());
    assertEquals("{\"error\":\"approval_not_found\"}", again.body());
    assertEquals(404, Raw.call(gateway, emulator.apiKey(), "POST", "/approvals/nope/decision", "{\"decision\":\"deny\"}").status());
    assertEquals(401, Raw.call(gateway, null, "GET", "/approvals/pending", null).status());
    assertEquals(403, Raw.call(gateway, emulator.orgApiKey(), "GET", "/org/approvals/pending", null).status(), "licensed feed");
    assertEquals(404, Raw.onecli(emulator, "GET", "/approvals/pending", null).status(), "not on the API host");
    assertThrows(IllegalArgumentException.class, () -> emulator.requestApproval("nope", "GET", "https://x.example.com/"));
  }
}
