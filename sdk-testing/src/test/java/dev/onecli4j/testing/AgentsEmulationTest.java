package dev.onecli4j.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onecli4j.OneCli;
import dev.onecli4j.error.ConflictException;
import dev.onecli4j.error.GoneException;
import dev.onecli4j.error.NotFoundException;
import dev.onecli4j.generated.onecli.model.Agent;
import dev.onecli4j.generated.onecli.model.AgentCreated;
import dev.onecli4j.param.AgentCreateParams;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Agents as the server 2.0.1 has them: no default agent, every LLM key granted on creation,
 * one agent readable by id, hosted-only fields refused on byo agents, the retired
 * default/secret-mode/assignment routes gone.
 */
class AgentsEmulationTest {
  private static OneCliEmulator emulator;
  private OneCli client;

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
    client = emulator.client();
  }

  private AgentCreated create(String name, String identifier) {
    return client.agents().create(AgentCreateParams.builder().name(name).identifier(identifier).build());
  }

  private JsonNode raw(String method, String path, String body) {
    Raw.Answer a = Raw.onecli(emulator, method, path, body == null ? null : Raw.json(body));
    return a.body().isEmpty() ? null : a.json();
  }

  @Test
  void startsWithoutAgents() {
    assertEquals(List.of(), client.agents().list());
  }

  @Test
  void createListGetRenameRegenerateAndDelete() {
    AgentCreated created = create("  Claude Assistant ", "claude-assistant");
    assertEquals("Claude Assistant", created.name());
    assertFalse(created.additionalProperties().containsKey("accessToken"), "the create answer has no token");
    JsonNode createdRaw = raw("GET", "/agents/" + created.id(), null);
    assertEquals("byo", createdRaw.path("kind").asText());
    assertTrue(createdRaw.has("recentRequestAt") && !createdRaw.has("accessToken") && !createdRaw.has("effort"));

    Agent listed = client.agents().list().get(0);
    assertTrue(listed.accessToken().startsWith("aoc_"));
    assertFalse(raw("GET", "/agents", null).get(0).has("isDefault"), "2.0.1 list items have no isDefault");

    assertTrue(client.agents().rename(created.id(), "Prod agent").success());
    assertEquals("Prod agent", raw("GET", "/agents/" + created.id(), null).path("name").asText());

    String newToken = client.agents().regenerateToken(created.id()).accessToken();
    assertNotEquals(listed.accessToken(), newToken);

    client.agents().delete(created.id());
    NotFoundException gone = assertThrows(NotFoundException.class, () -> client.agents().delete(created.id()));
    assertEquals("Agent not found", gone.errorMessage());
  }

  @Test
  void everyLlmKeyIsGrantedToANewAgentOldestFirst() {
    String openai = secret("{'name':'o','type':'openai','value':'sk-proj-aaaaaaaaaaaaaaaaaaaaaaaa','hostPattern':'api.openai.com'}");
    String generic = secret("{'name':'g','type':'generic','value':'g-1234567','hostPattern':'a.example.com','injectionConfig':{'headerName':'X'}}");
    String org = raw("POST", "/org/secrets", "{'name':'org','type':'anthropic','value':'sk-ant-api03-bbbbbbbbbbbbbbbb','hostPattern':'api.anthropic.com'}").path("id").asText();
    JsonNode created = raw("POST", "/agents", "{'name':'A','identifier':'a'}");
    assertEquals("[\"" + openai + "\",\"" + org + "\"]", created.path("llmKeys").toString());
    JsonNode grants = raw("GET", "/agents/" + created.path("id").asText() + "/grants", null);
    assertEquals(2, grants.path("secrets").size());
    assertFalse(grants.toString().contains(generic), "generic secrets are never granted automatically");
  }

  @Test
  void grantsSummaryListsWhatWouldBeInjected() {
    secret("{'name':'o','type':'openai','value':'sk-proj-aaaaaaaaaaaaaaaaaaaaaaaa','hostPattern':'api.openai.com'}");
    create("A", "a");
    JsonNode summary = raw("GET", "/agents?include=grants-summary", null).get(0).path("grantsSummary");
    assertEquals("grants", summary.path("mode").asText());
    assertEquals("llm", summary.path("entries").get(0).path("kind").asText());
    assertEquals(1, summary.path("total").asInt());
    Raw.Answer bad = Raw.onecli(emulator, "GET", "/agents?include=", null);
    assertEquals(422, bad.status());
    assertEquals("Unknown include: ", bad.json().path("error").path("message").asText());
  }

  @Test
  void duplicateIdentifierIsAConflictAndHostedNeedsARunner() {
    create("One", "worker");
    ConflictException e = assertThrows(ConflictException.class, () -> create("Two", "worker"));
    assertEquals("An agent with this identifier already exists", e.errorMessage());
    Raw.Answer hosted = Raw.onecli(emulator, "POST", "/agents", Raw.json("{'name':'H','identifier':'h','kind':'hosted'}"));
    assertEquals(422, hosted.status());
    assertEquals("validation_error", hosted.json().path("error").path("type").asText());
  }

  @Test
  void hostedOnlyFieldsAreRefusedOnAByoAgentAfterTheLookup() {
    String id = create("A", "a").id();
    Raw.Answer a = Raw.onecli(emulator, "PATCH", "/agents/" + id, Raw.json("{'effort':null}"));
    assertEquals(400, a.status());
    assertEquals("invalid_request_error", a.json().path("error").path("type").asText());
    assertEquals("instructions, model and effort are only valid for hosted agents", a.json().path("error").path("message").asText());
    assertEquals(404, Raw.onecli(emulator, "PATCH", "/agents/nope", Raw.json("{'effort':null}")).status());
    assertEquals(400, Raw.onecli(emulator, "PATCH", "/agents/nope", "{}").status(), "the body is checked before the lookup");
  }

  @Test
  void retiredAgentRoutesAreGone() {
    String id = create("A", "a").id();
    assertThrows(GoneException.class, () -> client.agents().getDefault());
    assertThrows(GoneException.class, () -> client.agents().setDefault(id));
    assertThrows(GoneException.class, () -> client.agents().getSecrets(id));
    assertThrows(GoneException.class, () -> client.agents().updateSecrets(id, List.of()));
    assertThrows(GoneException.class, () -> client.agents().listGranularAccess());
    assertThrows(GoneException.class, () -> client.agents().getConnections("nope"));
    assertEquals(404, Raw.onecli(emulator, "DELETE", "/agents/granular-access", null).status(), "DELETE reaches the live route");
  }

  @Test
  void unknownAgentIsNotFoundWithTheRoutesMessage() {
    for (String[] call : new String[][] {{"GET", "/agents/nope"}, {"DELETE", "/agents/nope"}, {"POST", "/agents/nope/regenerate-token"}}) {
      Raw.Answer a = Raw.onecli(emulator, call[0], call[1], call[0].equals("POST") ? "{}" : null);
      assertEquals(404, a.status());
      assertEquals("Agent not found", a.json().path("error").path("message").asText(), "agent routes: no period");
    }
    assertEquals("Agent not found.", raw("GET", "/agents/nope/grants", null).path("error").path("message").asText(), "grants: a period");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '#',
      quoteCharacter = '`',
      value = {
        "POST # /agents # {'identifier':'a'} # Invalid input: expected string, received undefined",
        "POST # /agents # {'name':' ','identifier':'a'} # Too small: expected string to have >=1 characters",
        "POST # /agents # {'name':'A','identifier':'Bad_Id'} # Identifier must be 1-50 characters, start with a letter or number, and contain only lowercase letters, numbers, and hyphens",
        "POST # /agents # {'name':'A','identifier':'ok','harness':'jcode'} # harness is only valid for hosted agents",
        "POST # /agents # {'name':'A','identifier':'ok','kind':'robot'} # Invalid option: expected one of \"byo\"|\"hosted\"",
        "POST # /agents # {'name':'A','identifier':'ok','parentIdentifier':'-x'} # Parent identifier must be 1-50 characters, start with a letter or number, and contain only lowercase letters, numbers, and hyphens",
        "PATCH # /agents/any # {} # At least one field to update is required",
        "PATCH # /agents/any # {'effort':'extreme'} # Invalid option: expected one of \"low\"|\"medium\"|\"high\"|\"max\""
      })
  void bodyProblemsAreFlat(String method, String path, String body, String message) {
    Raw.Answer a = Raw.onecli(emulator, method, path, Raw.json(body));
    assertEquals(400, a.status(), a.body());
    assertEquals(message, a.json().get("error").asText());
  }

  private String secret(String body) {
    return raw("POST", "/secrets", body).path("id").asText();
  }
}
