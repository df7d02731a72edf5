package dev.onecli4j.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Workspaces of the organization: a new one comes with its creator's key; a workspace key
 * manages only its own workspace (and may delete it while another exists, killing itself); an
 * organization key manages any; {@code /projects} is the deprecated alias.
 */
class WorkspacesEmulationTest {
  private static OneCliEmulator emulator;

  @BeforeAll
  static void start() {
    emulator = OneCliEmulator.start();
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  @BeforeEach
  void fresh() {
    emulator.reset();
  }

  private static Raw.Answer call(String key, String method, String path, String body) {
    return Raw.call(emulator.baseUrl(), key, method, path, body == null ? null : Raw.json(body));
  }

  @Test
  void aNewWorkspaceComesWithAKeyThatManagesOnlyIt() {
    Raw.Answer created = call(emulator.apiKey(), "POST", "/workspaces", "{'name':'Rec Staging'}");
    assertEquals(201, created.status());
    JsonNode w = created.json();
    assertTrue(w.path("id").asText().matches("[a-z]{16}"));
    assertEquals("rec-staging", w.path("slug").asText());
    String key = w.path("apiKey").asText();
    assertEquals("[]", call(key, "GET", "/agents", null).body(), "the key acts in the new workspace");

    Raw.Answer duplicate = call(emulator.apiKey(), "POST", "/workspaces", "{'name':'rec staging'}");
    assertEquals(409, duplicate.status());
    assertEquals("A workspace with slug \"rec-staging\" already exists", duplicate.json().path("error").path("message").asText());

    String id = w.path("id").asText();
    assertEquals(200, call(emulator.apiKey(), "GET", "/workspaces/" + id, null).status(), "siblings can be read");
    assertEquals(404, call(emulator.apiKey(), "PATCH", "/workspaces/" + id, "{'name':'x y'}").status(), "but not renamed");
    assertEquals(404, call(emulator.apiKey(), "DELETE", "/workspaces/" + id, null).status(), "nor deleted");
    Raw.Answer renamed = call(key, "PATCH", "/workspaces/" + id, "{'name':'Rec Staging Two'}");
    assertEquals("rec-staging-two", renamed.json().path("slug").asText());
    assertEquals("At least one field must be provided", call(key, "PATCH", "/workspaces/" + id, "{'slug':'x'}").json().path("error").asText());

    assertEquals(204, call(key, "DELETE", "/workspaces/" + id, null).status());
    assertEquals(401, call(key, "GET", "/agents", null).status(), "the key died with its workspace");
    Raw.Answer only = call(emulator.apiKey(), "DELETE", "/workspaces/" + emulator.workspaceId(), null);
    assertEquals(400, only.status());
    assertEquals("Cannot delete the only workspace in the organization", only.json().path("error").path("message").asText());
  }

  @Test
  void anOrganizationKeyManagesEveryWorkspace() {
    Raw.Answer created = call(emulator.orgApiKey(), "POST", "/workspaces", "{'name':'by org key'}");
    String id = created.json().path("id").asText();
    assertEquals(200, call(emulator.orgApiKey(), "PATCH", "/workspaces/" + id, "{'name':'by org key two'}").status());
    assertEquals("[]", Raw.call(emulator.baseUrl(), emulator.orgApiKey(), "GET", "/agents", null, "X-Workspace-Id", id).body());
    assertEquals(204, call(emulator.orgApiKey(), "DELETE", "/workspaces/" + id, null).status());
  }

  @Test
  void nameRulesAreTheServers() {
    assertEquals("Too small: expected string to have >=2 characters", call(emulator.apiKey(), "POST", "/workspaces", "{'name':'x'}").json().path("error").asText());
    assertEquals("Name must be 2-50 characters with at least one letter or number",
        call(emulator.apiKey(), "POST", "/workspaces", "{'name':'---'}").json().path("error").asText());
    assertEquals("Invalid input: expected object, received null", call(emulator.apiKey(), "POST", "/workspaces", null).json().path("error").asText());
  }

  @Test
  void projectsIsADeprecatedAlias() {
    Raw.Answer list = call(emulator.apiKey(), "GET", "/projects", null);
    assertEquals(200, list.status());
    assertEquals(emulator.workspaceId(), list.json().get(0).path("id").asText());
    assertEquals("true", list.header("Deprecation"));
    assertEquals("<https://onecli.sh/docs/api-reference>; rel=\"deprecation\"", list.header("Link"));
    Raw.Answer unknown = call(emulator.apiKey(), "GET", "/projects/nope", null);
    assertEquals(404, unknown.status());
    assertEquals("true", unknown.header("Deprecation"), "errors too");
  }
}
