package dev.onecli4j.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Organization invitations, app connections of both levels, and an app's blocklist. */
class InvitationsAndConnectionsTest {
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

  private static Raw.Answer call(String method, String path, String body) {
    return Raw.onecli(emulator, method, path, body == null ? null : Raw.json(body));
  }

  @Test
  void invitations() {
    JsonNode first = call("POST", "/org/invitations", "{'email':'REC-Invitee@Example.com','role':'member'}").json();
    assertTrue(first.path("joinUrl").asText().matches("http://127\\.0\\.0\\.1:\\d+/join\\?token=[0-9a-f]{64}"));
    assertEquals(false, first.path("emailed").asBoolean());
    JsonNode again = call("POST", "/org/invitations", "{'email':'rec-invitee@example.com','role':'admin'}").json();
    assertEquals(first.path("id").asText(), again.path("id").asText(), "the same invitation");
    assertNotEquals(first.path("joinUrl").asText(), again.path("joinUrl").asText(), "with a new token");
    JsonNode listed = call("GET", "/org/invitations", null).json().get(0);
    assertEquals("rec-invitee@example.com", listed.path("email").asText());
    assertEquals("admin", listed.path("role").asText());
    assertEquals("pending", listed.path("status").asText());

    assertEquals("Invalid email address", call("POST", "/org/invitations", "{'email':'a@example.com ','role':'member'}").json().path("error").asText());
    assertEquals("Unrecognized key: \"note\"", call("POST", "/org/invitations", "{'email':'a@example.com','role':'member','note':'x'}").json().path("error").asText());
    Raw.Answer member = call("POST", "/org/invitations", "{'email':'emulator@onecli4j.dev','role':'member'}");
    assertEquals(500, member.status());
    assertEquals("api_error", member.json().path("error").path("type").asText());
    assertEquals(500, call("POST", "/org/invitations", null).status());

    assertEquals(204, call("DELETE", "/org/invitations/" + first.path("id").asText(), null).status());
    assertEquals("{\"error\":\"Invitation not found\"}", call("DELETE", "/org/invitations/" + first.path("id").asText(), null).body());
  }

  @Test
  void connections() {
    Raw.Answer created = call("POST", "/apps/granola/connect", "{'fields':{'apiKey':'grn_1'},'label':'  work  '}");
    JsonNode connection = created.json().path("connection");
    assertEquals("work", connection.path("label").asText());
    assertEquals("{\"success\":true}", call("POST", "/apps/granola/connect", "{'fields':{'apiKey':'grn_2'},'label':'work'}").body(), "a reconnect");
    assertEquals("API Key", call("POST", "/apps/granola/connect", "{'fields':{'apiKey':'grn_3'}}").json().path("connection").path("label").asText());
    JsonNode listed = call("GET", "/connections", null).json();
    assertEquals(2, listed.size());
    assertEquals("{\"name\":\"API Key\"}", listed.get(1).path("metadata").toString());
    String id = connection.path("id").asText();
    JsonNode renamed = call("PATCH", "/connections/" + id, "{'label':'renamed'}").json();
    assertEquals("{\"id\":\"" + id + "\",\"provider\":\"granola\",\"status\":\"connected\",\"label\":\"renamed\"}", renamed.toString());
    assertEquals("Label is required", call("PATCH", "/connections/" + id, "{}").json().path("error").asText());
    assertEquals("API Key is required", call("POST", "/apps/granola/connect", "{'fields':{'apiKey':''}}").json().path("error").asText());
    assertEquals("Provider \"github\" uses OAuth flow, not direct credentials", call("POST", "/apps/github/connect", "{'fields':{}}").json().path("error").asText());
    assertEquals(204, call("DELETE", "/connections/" + id, null).status());

    assertEquals("{\"success\":true}", call("POST", "/org/apps/granola/connect", "{'fields':{'apiKey':'k'},'label':'org'}").body(), "no id at org level");
    assertEquals(1, call("GET", "/org/connections/granola", null).json().size());
    assertEquals("[]", call("GET", "/org/connections/no-such-app", null).body());
  }

  @Test
  void blocklist() {
    JsonNode before = call("GET", "/apps/jfrog-artifactory/blocklist", null).json();
    assertEquals("{\"hostId\":\"npm\",\"ruleId\":null,\"enabled\":false,\"custom\":false,\"name\":\"npm Registry\",\"hostPattern\":\"registry.npmjs.org\",\"scope\":null}",
        before.get(0).toString());
    Raw.Answer added = call("POST", "/apps/jfrog-artifactory/blocklist", "{'hostId':'npm'}");
    assertEquals(201, added.status());
    assertEquals(added.body(), call("POST", "/apps/jfrog-artifactory/blocklist", "{'hostId':'npm'}").body(), "adding again answers the same entry");
    String rule = added.json().path("ruleId").asText();
    assertEquals("{\"success\":true}", call("PATCH", "/apps/jfrog-artifactory/blocklist/" + rule, "{'enabled':false}").body());
    assertEquals(false, call("GET", "/apps/jfrog-artifactory/blocklist", null).json().get(0).path("enabled").asBoolean());
    assertEquals("enabled is required", call("PATCH", "/apps/jfrog-artifactory/blocklist/" + rule, "{}").json().path("error").asText());
    assertEquals("Provide { hostId }", call("POST", "/apps/jfrog-artifactory/blocklist", "{'name':'x','hostPattern':'y'}").json().path("error").asText());
    Raw.Answer unknownHost = call("POST", "/apps/jfrog-artifactory/blocklist", "{'hostId':'nope'}");
    assertEquals("Unknown blocklist host ID", unknownHost.json().path("error").path("message").asText());
    assertEquals(204, call("DELETE", "/apps/jfrog-artifactory/blocklist/" + rule, null).status());
    assertEquals("{\"restricted\":false,\"providers\":[]}", call("GET", "/apps/available", null).body());
    assertEquals("granola", call("GET", "/apps/granola/permission-definition", null).json().path("provider").asText());
  }
}
