package dev.onecli4j.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The organization's policy: writes change the draft, a publish makes it enforceable (and only
 * then does it change what agents can use), the Default Rule is virtual until written, and rule
 * bodies are refused like the server refuses them.
 */
class OrgPolicyEmulationTest {
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
  void draftPublishAndLastPublish() {
    assertEquals("", call("GET", "/org/policy/default", null).json().path("id").asText(), "virtual before the first write");
    assertEquals("null", call("GET", "/org/policy/last-publish", null).body());
    JsonNode a = call("POST", "/org/policy/rules", "{'name':'rec a','action':'block','targets':[{'kind':'network','hostPattern':'a.example.com'}]}").json();
    JsonNode b = call("POST", "/org/policy/rules", "{'name':'rec b','action':'allow','rateLimit':5,'rateLimitWindow':'hour','targets':[{'kind':'app','provider':'granola','connectionScope':'project'}]}").json();
    assertEquals(1, a.path("priority").asInt());
    assertEquals("draft", b.path("status").asText());
    assertEquals("workspace", b.path("targets").get(0).path("connectionScope").asText(), "the legacy scope is stored as workspace");
    assertEquals("{\"kind\":\"network\",\"hostPattern\":\"a.example.com\",\"pathPattern\":null,\"method\":null}", a.path("targets").get(0).toString());

    Raw.Answer modifiers = call("PATCH", "/org/policy/rules/" + b.path("id").asText(), "{'action':'block'}");
    assertEquals("rate-limit and approval modifiers require action = allow", modifiers.json().path("error").path("message").asText());
    Raw.Answer stale = call("PUT", "/org/policy/rules/order", "{'orderedIds':['" + b.path("id").asText() + "']}");
    assertEquals(409, stale.status());
    JsonNode reordered = call("PUT", "/org/policy/rules/order", "{'orderedIds':['" + b.path("id").asText() + "','" + a.path("id").asText() + "']}").json();
    assertEquals(b.path("id").asText(), reordered.get(0).path("id").asText());

    assertEquals("[]", call("GET", "/org/policy/rules?status=published", null).body());
    JsonNode published = call("POST", "/org/policy/publish", "{'dryRun':true}").json();
    assertEquals("{\"generation\":1,\"ruleCount\":3}", published.toString(), "the Default Rule counts");
    JsonNode rows = call("GET", "/org/policy/rules?status=published", null).json();
    assertEquals(b.path("logicalId").asText(), rows.get(0).path("logicalId").asText());
    assertNotEquals(b.path("id").asText(), rows.get(0).path("id").asText(), "published rows have their own ids");
    assertEquals(404, call("GET", "/org/policy/rules/" + rows.get(0).path("id").asText(), null).status());
    JsonNode last = call("GET", "/org/policy/last-publish", null).json();
    assertEquals(1, last.path("generation").asInt());
    assertEquals("emulator@onecli4j.dev", last.path("appliedBy").path("email").asText());
    assertNotEquals("", call("GET", "/org/policy/default", null).json().path("id").asText(), "a publish writes the Default Rule");
  }

  @Test
  void onlyAPublishedBlockChangesWhatAnAgentCanUse() {
    String secret = call("POST", "/secrets", "{'name':'g','type':'generic','value':'generic-1234','hostPattern':'api.example.com','injectionConfig':{'headerName':'X'}}").json().path("id").asText();
    String llm = call("POST", "/secrets", "{'name':'o','type':'openai','value':'sk-proj-aaaaaaaaaaaaaaaaaaaaaaaa','hostPattern':'api.openai.com'}").json().path("id").asText();
    String agent = call("POST", "/agents", "{'name':'A','identifier':'a'}").json().path("id").asText();
    call("PUT", "/agents/" + agent + "/grants/secrets/" + secret, null);
    String path = "/agents/" + agent + "/effective-credentials";
    call("PATCH", "/org/policy/default", "{'action':'block'}");
    assertEquals("usable", status(path, secret), "a draft changes nothing");
    call("POST", "/org/policy/publish", null);
    assertEquals("blocked", status(path, secret));
    assertEquals("usable", status(path, llm), "a blocking default never blocks an LLM host");
    call("PATCH", "/org/policy/default", "{'action':'allow'}");
    call("POST", "/org/policy/rules", "{'name':'rec block','action':'block','targets':[{'kind':'network','hostPattern':'api.example.com'}]}");
    call("POST", "/org/policy/publish", null);
    assertEquals("blocked", status(path, secret));
    assertEquals(2, call("GET", "/agents/" + agent + "/grants", null).json().path("secrets").size(), "grants unchanged");
  }

  @Test
  void anAllowRuleForAMemberInjectsEveryWorkspaceSecret() {
    String secret = call("POST", "/secrets", "{'name':'g','type':'generic','value':'generic-1234','hostPattern':'api.example.com','injectionConfig':{'headerName':'X'}}").json().path("id").asText();
    String agent = call("POST", "/agents", "{'name':'A','identifier':'a'}").json().path("id").asText();
    call("POST", "/org/policy/rules", "{'name':'rec all','action':'allow','identities':[{'type':'user','id':'" + emulator.userId() + "'}],'targets':[{'kind':'secret','secretScope':'workspace'}]}");
    call("POST", "/org/policy/publish", null);
    JsonNode entry = call("GET", "/agents/" + agent + "/effective-credentials", null).json().path("secrets").get(0);
    assertEquals(secret, entry.path("id").asText());
    assertEquals("{\"kind\":\"rule\",\"scope\":\"organization\",\"redacted\":true}", entry.path("provenance").get(0).toString());
    assertEquals(0, call("GET", "/agents/" + agent + "/grants", null).json().path("secrets").size(), "the grants do not show it");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      value = {
        "{'name':'x','action':'block'} # 422 # A rule must name at least one target.",
        "{'name':'x','action':'block','identities':[{'type':'agent','id':'a'}],'targets':[{'kind':'network','hostPattern':'a.b'}]} # 422 # An organization rule targets users or user-groups, not a specific agent.",
        "{'name':'x','action':'block','identities':[{'type':'group','id':'g'}],'targets':[{'kind':'network','hostPattern':'a.b'}]} # 422 # A referenced identity does not belong to this organization.",
        "{'name':'x','action':'block','targets':[{'kind':'connection','connectionId':'nope'}]} # 422 # A referenced connection or secret does not belong to this organization.",
        "{'name':'x','action':'block','targets':[{'kind':'secret'}]} # 422 # A secret target must name either a specific secret or a level, not both.",
        "{'name':'x','action':'deny','targets':[{'kind':'network','hostPattern':'a.b'}]} # 422 # Invalid option: expected one of \"allow\"|\"block\"",
      })
  void ruleBodiesAreRefusedLikeTheServer(String body, int status, String message) {
    Raw.Answer a = call("POST", "/org/policy/rules", body);
    assertEquals(status, a.status(), a.body());
    assertEquals("validation_error", a.json().path("error").path("type").asText());
    assertEquals(message, a.json().path("error").path("message").asText());
  }

  @Test
  void resourceScopingNeedsALicenceAndTheOrganizationViewFollowsItsConnections() {
    String path = "/org/policy/effective-app-permissions?provider=granola";
    assertEquals("unmanaged", call("GET", path, null).json().path("groups").get(0).path("verdict").asText(), "no credential: unmanaged");
    call("POST", "/org/apps/granola/connect", "{'fields':{'apiKey':'k'},'label':'org'}");
    String c = call("GET", "/org/connections/granola", null).json().get(0).path("id").asText();
    Raw.Answer a = call("POST", "/org/policy/rules", "{'name':'x','action':'allow','conditions':{'folders':['/a']},'targets':[{'kind':'connection','connectionId':'" + c + "'}]}");
    assertEquals(403, a.status());
    assertEquals("authentication_error", a.json().path("error").path("type").asText());
    JsonNode view = call("GET", path, null).json();
    assertEquals("organization", view.path("basis").path("scope").asText());
    assertEquals(true, view.path("basis").path("credentialAttached").asBoolean());
    assertEquals("allow", view.path("groups").get(0).path("verdict").asText(), "an organization connection: managed, allowed");
  }

  private static String status(String path, String secretId) {
    for (JsonNode s : call("GET", path, null).json().path("secrets")) {
      if (s.path("id").asText().equals(secretId)) {
        return s.path("status").asText();
      }
    }
    return "absent";
  }
}
