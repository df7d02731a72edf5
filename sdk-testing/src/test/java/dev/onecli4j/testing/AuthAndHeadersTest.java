package dev.onecli4j.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onecli4j.OneCli;
import dev.onecli4j.RawResponse;
import dev.onecli4j.error.AuthenticationException;
import dev.onecli4j.generated.onecli.model.Secret;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** API-key checks (workspace and organization keys), workspace headers, the legacy header's deprecation, licence gates and unknown routes. */
class AuthAndHeadersTest {
  private static final String UNAUTHORIZED =
      "{\"error\":{\"message\":\"Invalid API key or token.\",\"type\":\"authentication_error\"}}";
  private static OneCliEmulator emulator;

  @BeforeAll
  static void start() {
    emulator = OneCliEmulator.builder().apiKey("oc_emulator_test_key_0123456789").start();
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  @Test
  void missingKeyIsRefused() {
    Raw.Answer a = Raw.call(emulator.baseUrl(), null, "GET", "/secrets", null);
    assertEquals(401, a.status());
    assertEquals(UNAUTHORIZED, a.body());
  }

  @ParameterizedTest
  @ValueSource(strings = {"oc_wrong_key", "sk-not-a-onecli-key", "aoc_0123456789"})
  void wrongKeysAreRefused(String key) {
    try (OneCli client = emulator.clientBuilder().apiKey(key).maxRetries(0).build()) {
      AuthenticationException e = assertThrows(AuthenticationException.class, () -> client.secrets().list());
      assertEquals(401, e.status());
      assertEquals("Invalid API key or token.", e.errorMessage());
      assertEquals("authentication_error", e.errorType());
    }
  }

  @Test
  void keyWithoutTheBearerSchemeIsRefused() {
    Raw.Answer a =
        Raw.call(emulator.baseUrl(), null, "GET", "/secrets", null, "Authorization", "Token " + emulator.apiKey());
    assertEquals(401, a.status());
  }

  @Test
  void legacyProjectHeaderGetsDeprecationHeaders() {
    try (OneCli client = emulator.clientBuilder().projectId(emulator.workspaceId()).maxRetries(0).build()) {
      RawResponse<List<Secret>> raw = client.withRawResponse(c -> c.secrets().list());
      assertEquals("true", raw.header("Deprecation"));
      assertEquals("<https://onecli.sh/docs/api-reference>; rel=\"deprecation\"", raw.header("Link"));
    }
    Raw.Answer unauthorized =
        Raw.call(emulator.baseUrl(), "oc_wrong", "GET", "/secrets", null, "X-Project-Id", emulator.workspaceId());
    assertEquals(401, unauthorized.status());
    assertEquals("true", unauthorized.header("Deprecation"), "every answer to such a request carries it");
  }

  @Test
  void workspaceHeaderIsAcceptedWithoutDeprecation() {
    try (OneCli client = emulator.clientBuilder().workspaceId(emulator.workspaceId()).maxRetries(0).build()) {
      RawResponse<List<Secret>> raw = client.withRawResponse(c -> c.secrets().list());
      assertEquals(200, raw.status());
      assertNull(raw.header("Deprecation"));
    }
  }

  @Test
  void aWorkspaceKeyIgnoresTheWorkspaceHeader() {
    try (OneCli client = emulator.clientBuilder().workspaceId("another-workspace").maxRetries(0).build()) {
      assertEquals(List.of(), client.secrets().list(), "the key's own workspace, whatever the header says");
    }
  }

  @Test
  void anOrganizationKeyNeedsAWorkspaceOfItsOrganization() {
    String key = emulator.orgApiKey();
    assertTrue(key.startsWith("oc_org_"));
    Raw.Answer none = Raw.call(emulator.baseUrl(), key, "GET", "/agents", null);
    assertEquals(401, none.status());
    assertEquals("X-Workspace-Id (formerly X-Project-Id) header is required", none.json().path("error").path("message").asText());
    assertEquals(none.body(), Raw.call(emulator.baseUrl(), key, "GET", "/agents", null, "X-Workspace-Id", "").body(), "empty counts as missing");
    assertEquals(UNAUTHORIZED, Raw.call(emulator.baseUrl(), key, "GET", "/agents", null, "X-Workspace-Id", "nope").body());
    EmulatedTenant other = emulator.addTenant("Other");
    assertEquals(UNAUTHORIZED, Raw.call(emulator.baseUrl(), key, "GET", "/agents", null, "X-Workspace-Id", other.workspaceId()).body());
    assertEquals(200, Raw.call(emulator.baseUrl(), key, "GET", "/agents", null, "X-Workspace-Id", emulator.workspaceId()).status());
    Raw.Answer legacy = Raw.call(emulator.baseUrl(), key, "GET", "/agents", null, "X-Project-Id", emulator.workspaceId());
    assertEquals(200, legacy.status());
    assertEquals("true", legacy.header("Deprecation"));
    assertEquals(200, Raw.call(emulator.baseUrl(), key, "GET", "/workspaces", null).status(), "organization routes need no header");
    assertEquals(200, Raw.call(emulator.baseUrl(), key, "GET", "/org/policy/rules", null).status());
    try (OneCli client = emulator.orgClient()) {
      assertEquals(List.of(), client.secrets().list());
    }
  }

  @Test
  void bothHeadersMeanNoDeprecation() {
    Raw.Answer a = Raw.onecli(emulator, "GET", "/agents", null, "X-Workspace-Id", emulator.workspaceId(), "X-Project-Id", "x");
    assertEquals(200, a.status());
    assertNull(a.header("Deprecation"));
    Raw.Answer query = Raw.onecli(emulator, "GET", "/agents?_project=" + emulator.workspaceId(), null);
    assertEquals("true", query.header("Deprecation"));
  }

  @Test
  void routersThatCheckTheKeyFirstAnswer401BeforeTheUnknownRoute() {
    assertEquals(UNAUTHORIZED, Raw.call(emulator.baseUrl(), null, "GET", "/agents/x/no-such-thing", null).body());
    Raw.Answer known = Raw.onecli(emulator, "POST", "/agents/x/grants", "{}");
    assertEquals(404, known.status());
    assertEquals(
        "Unrecognized request URL (POST: /v1/agents/x/grants). Please see https://onecli.sh/docs/api-reference for available endpoints.",
        known.json().path("error").path("message").asText());
    assertEquals(404, Raw.call(emulator.baseUrl(), null, "GET", "/partner/orgs", null).status(), "absent routes need no key");
  }

  @Test
  void licensedRoutesAreRefusedBeforeTheKey() {
    Raw.Answer a = Raw.call(emulator.baseUrl(), null, "POST", "/team/provisions", "{}");
    assertEquals(403, a.status());
    assertEquals(
        "{\"error\":{\"message\":\"Member provisioning requires a OneCLI Enterprise license.\",\"type\":\"enterprise_license_required\"}}",
        a.body());
    assertEquals(403, Raw.onecli(emulator, "GET", "/workspaces/" + emulator.workspaceId() + "/members", null).status());
    assertEquals(403, Raw.onecli(emulator, "GET", "/org/groups", null).status());
  }

  @Test
  void unknownRouteIsAnInvalidRequest() {
    Raw.Answer a = Raw.onecli(emulator, "GET", "/nope", null);
    assertEquals(404, a.status());
    assertEquals("invalid_request_error", a.json().path("error").path("type").asText());
    assertTrue(a.json().path("error").path("message").asText().startsWith("Unrecognized request URL (GET: /v1/nope)."));
    assertEquals(404, Raw.call(emulator.baseUrl().replace("/v1", ""), emulator.apiKey(), "GET", "/secrets", null).status());
    assertEquals(404, Raw.onecli(emulator, "PUT", "/secrets", "{}").status());
  }

  @Test
  void builderRefusesAKeyThatIsNotAOneCliKey() {
    assertThrows(IllegalArgumentException.class, () -> OneCliEmulator.builder().apiKey("sk-123"));
  }

  @Test
  void baseUrlIsLoopbackV1() {
    assertTrue(emulator.baseUrl().matches("http://127\\.0\\.0\\.1:\\d+/v1"), emulator.baseUrl());
    assertTrue(emulator.apiKey().startsWith("oc_"));
    try (OneCliEmulator generated = OneCliEmulator.start()) {
      assertTrue(generated.apiKey().matches("oc_[0-9a-f]{64}"), generated.apiKey());
      assertTrue(generated.workspaceId().matches("[a-z]{16}"), "16 lowercase letters, like the server's");
    }
  }
}
