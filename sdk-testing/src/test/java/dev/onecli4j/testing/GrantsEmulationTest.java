package dev.onecli4j.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Grants from both sides and what they make effective: idempotent writes, a secret grant that
 * never reads its body, connection grants checked before any lookup, the tools of a custom grant
 * as per-tool verdicts, and the grants leaving with what they name.
 */
class GrantsEmulationTest {
  private static OneCliEmulator emulator;
  private String agent;
  private String generic;
  private String connection;

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
    agent = post("/agents", "{'name':'P A','identifier':'p-a'}").path("id").asText();
    generic = post("/secrets", "{'name':'g','type':'generic','value':'generic-1234','hostPattern':'api.example.com','injectionConfig':{'headerName':'X-Key'}}").path("id").asText();
    connection = post("/apps/granola/connect", "{'fields':{'apiKey':'grn_x'},'label':'p g'}").path("connection").path("id").asText();
  }

  private static JsonNode post(String path, String body) {
    return Raw.onecli(emulator, "POST", path, Raw.json(body)).json();
  }

  private static Raw.Answer call(String method, String path, String body) {
    return Raw.onecli(emulator, method, path, body == null ? null : Raw.json(body));
  }

  @Test
  void aSecretGrantIgnoresItsBodyAndIsIdempotent() {
    String path = "/agents/" + agent + "/grants/secrets/" + generic;
    Raw.Answer first = Raw.call(emulator.baseUrl(), emulator.apiKey(), "PUT", path, "{not json");
    assertEquals(200, first.status());
    assertEquals("grants", first.json().path("mode").asText());
    assertEquals(generic, first.json().path("secrets").get(0).path("secretId").asText());
    assertEquals(first.body(), call("PUT", path, "{'access':'whatever'}").body(), "the same answer, nothing written");
    assertEquals(204, call("DELETE", path, null).status());
    assertEquals(204, call("DELETE", path, null).status(), "revoking again is fine");
    assertEquals(0, call("GET", "/agents/" + agent + "/grants", null).json().path("secrets").size());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      value = {
        "{'access':'custom','allow':[],'ask':[]} # 422 # Custom access needs at least one allowed or approval tool. To block everything, detach instead.",
        "{'access':'custom','allow':['list_notes'],'ask':['list_notes']} # 422 # A tool can't be both always-allowed and require approval.",
        "{'access':'custom','allow':['list_notes']} # 422 # Invalid input: expected array, received undefined",
        "{'access':'read'} # 422 # Invalid input",
        "{'access':'custom','allow':['delete_everything'],'ask':[]} # 422 # Unknown tool id(s) for \"granola\": delete_everything",
        "{'access':'full','resources':{'repositories':['octo/repo']}} # 403 # Resource-level access requires a OneCLI Enterprise license.",
        "{'access':'full','resources':{'repositories':[]}} # 422 # Too small: expected array to have >=1 items",
      })
  void connectionGrantBodiesAreCheckedLikeTheServer(String body, int status, String message) {
    Raw.Answer a = call("PUT", "/agents/" + agent + "/grants/connections/" + connection, body);
    assertEquals(status, a.status(), a.body());
    assertEquals(status == 403 ? "authentication_error" : "validation_error", a.json().path("error").path("type").asText());
    assertEquals(message, a.json().path("error").path("message").asText());
  }

  @Test
  void theBodyIsCheckedBeforeTheAgentIsLookedUp() {
    assertEquals(422, call("PUT", "/agents/nope/grants/connections/" + connection, "{'access':'read'}").status());
    assertEquals(422, Raw.onecli(emulator, "PUT", "/agents/nope/grants/connections/" + connection, null).status());
    assertEquals(404, call("PUT", "/agents/nope/grants/connections/" + connection, "{'access':'full'}").status());
  }

  @Test
  void aCustomGrantBecomesPerToolVerdicts() {
    JsonNode grants = call("PUT", "/connections/" + connection + "/grants/agents/" + agent,
        "{'access':'custom','allow':['list_notes'],'ask':['get_note']}").json();
    assertEquals(agent, grants.path("agentId").asText(), "the connection side answers the agent's grants");
    assertEquals("[\"list_notes\"]", grants.path("connections").get(0).path("allow").toString());
    JsonNode byConnection = call("GET", "/connections/" + connection + "/grants", null).json();
    assertEquals("custom", byConnection.path("agents").get(0).path("access").asText());

    JsonNode credentials = call("GET", "/agents/" + agent + "/effective-credentials", null).json();
    JsonNode entry = credentials.path("connections").get(0);
    assertEquals("limited", entry.path("status").asText());
    assertEquals("Grant: P A · p g: allowed", entry.path("provenance").get(0).path("rule").path("name").asText());
    assertEquals("Grant: P A · p g: needs approval", entry.path("provenance").get(1).path("rule").path("name").asText());

    JsonNode agents = call("GET", "/connections/" + connection + "/effective-agents", null).json().path("agents").get(0);
    assertEquals("limited", agents.path("access").asText());
    assertEquals("{\"allowedTools\":2,\"totalTools\":3,\"anyApproval\":true,\"anyRateLimit\":false}", agents.path("decisions").toString());

    JsonNode tools = call("GET", "/policy/effective-app-permissions?provider=granola&agentId=" + agent, null).json();
    assertEquals(4, tools.path("variesByIdentity").asInt());
    JsonNode group = tools.path("groups").get(0);
    assertEquals("mixed", group.path("verdict").asText());
    assertEquals("allow", group.path("tools").get(0).path("verdict").asText());
    assertEquals("approval", group.path("tools").get(1).path("verdict").asText());
    assertEquals("block", group.path("tools").get(2).path("verdict").asText());
    assertEquals("Grant: P A · p g: blocked", group.path("tools").get(2).path("decidedBy").path("rule").path("name").asText());
    Raw.Answer empty = call("GET", "/policy/effective-app-permissions?provider=granola&agentId=", null);
    assertEquals(422, empty.status());
    assertEquals("Too small: expected string to have >=1 characters", empty.json().path("error").path("message").asText());
  }

  @Test
  void grantsLeaveWithWhatTheyName() {
    call("PUT", "/agents/" + agent + "/grants/secrets/" + generic, null);
    call("PUT", "/agents/" + agent + "/grants/connections/" + connection, "{'access':'full'}");
    assertEquals(204, call("DELETE", "/secrets/" + generic, null).status());
    assertEquals(204, call("DELETE", "/connections/" + connection, null).status());
    JsonNode grants = call("GET", "/agents/" + agent + "/grants", null).json();
    assertEquals(0, grants.path("secrets").size());
    assertEquals(0, grants.path("connections").size());
    assertEquals(404, call("PUT", "/agents/" + agent + "/grants/secrets/" + generic, null).status());
    assertEquals(204, call("DELETE", "/agents/" + agent, null).status());
    assertEquals("Agent not found.", call("GET", "/agents/" + agent + "/grants", null).json().path("error").path("message").asText());
  }

  @Test
  void anOrganizationConnectionCanBeGrantedAndShowsItsScope() {
    post("/org/apps/granola/connect", "{'fields':{'apiKey':'grn_org'},'label':'org g'}");
    JsonNode org = Raw.onecli(emulator, "GET", "/org/connections?provider=granola", null).json().get(0);
    assertEquals("organization", org.path("scope").asText());
    JsonNode grants = call("PUT", "/agents/" + agent + "/grants/connections/" + org.path("id").asText(), "{'access':'full'}").json();
    assertEquals("organization", grants.path("connections").get(0).path("scope").asText());
    assertTrue(call("GET", "/connections/" + org.path("id").asText() + "/grants", null).body().contains(agent));
  }
}
