package dev.onecli4j.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An id the workspace or organization does not have answers 404 on every route, in the shape and
 * with the words the server uses there: the envelope or the flat error, with or without a final
 * period. Non-UUID ids are just unknown ids.
 */
class UnknownIdsTest {
  private static OneCliEmulator emulator;
  private static String agent;

  @BeforeAll
  static void start() {
    emulator = OneCliEmulator.start();
    agent = Raw.onecli(emulator, "POST", "/agents", Raw.json("{'name':'A','identifier':'a'}")).json().path("id").asText();
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '#',
      quoteCharacter = '`',
      value = {
        "GET # /agents/nope # - # envelope # Agent not found",
        "PATCH # /agents/nope # {'name':'x'} # envelope # Agent not found",
        "DELETE # /agents/nope # - # envelope # Agent not found",
        "POST # /agents/nope/regenerate-token # {} # envelope # Agent not found",
        "GET # /agents/nope/grants # - # envelope # Agent not found.",
        "GET # /agents/nope/effective-credentials # - # envelope # Agent not found.",
        "PUT # /agents/nope/grants/secrets/s # - # envelope # Agent not found.",
        "DELETE # /agents/nope/grants/secrets/s # - # envelope # Agent not found.",
        "PUT # /agents/nope/grants/connections/c # {'access':'full'} # envelope # Agent not found.",
        "DELETE # /agents/nope/grants/connections/c # - # envelope # Agent not found.",
        "PUT # /agents/AGENT/grants/secrets/nope # - # envelope # Secret not found.",
        "PUT # /agents/AGENT/grants/connections/nope # {'access':'full'} # envelope # Connection not found.",
        "PATCH # /secrets/nope # {'name':'x'} # envelope # Secret not found",
        "DELETE # /secrets/nope # - # envelope # Secret not found",
        "PATCH # /org/secrets/nope # {'name':'x'} # envelope # Secret not found",
        "DELETE # /org/secrets/nope # - # envelope # Secret not found",
        "GET # /connections/nope/grants # - # envelope # Connection not found.",
        "PUT # /connections/nope/grants/agents/AGENT # {'access':'full'} # envelope # Connection not found.",
        "DELETE # /connections/c/grants/agents/nope # - # envelope # Agent not found.",
        "GET # /connections/nope/effective-agents # - # envelope # Connection not found",
        "PATCH # /connections/nope # {'label':'x'} # flat # Connection not found",
        "DELETE # /connections/nope # - # flat # Connection not found",
        "PATCH # /org/connections/nope # {'label':'x'} # envelope # Connection not found",
        "DELETE # /org/connections/nope # - # envelope # Connection not found",
        "GET # /workspaces/nope # - # envelope # Workspace not found",
        "PATCH # /workspaces/nope # {} # envelope # Workspace not found",
        "DELETE # /workspaces/nope # - # envelope # Workspace not found",
        "GET # /projects/nope # - # envelope # Workspace not found",
        "GET # /org/policy/rules/nope # - # envelope # Policy rule not found.",
        "PATCH # /org/policy/rules/nope # {'name':'x'} # envelope # Policy rule not found.",
        "DELETE # /org/policy/rules/nope # - # envelope # Policy rule not found.",
        "DELETE # /org/invitations/nope # - # flat # Invitation not found",
        "PATCH # /apps/jfrog-artifactory/blocklist/nope # {'enabled':false} # envelope # Blocklist rule not found",
        "DELETE # /apps/jfrog-artifactory/blocklist/nope # - # envelope # Blocklist rule not found",
        "GET # /apps/no-such-app/blocklist # - # flat # Unknown provider",
        "GET # /apps/no-such-app/permission-definition # - # flat # Unknown provider: no-such-app",
        "GET # /policy/effective-app-permissions?provider=granola&agentId=nope # - # envelope # Agent not found.",
        "GET # /policy/effective-app-permissions?provider=no-such-app # - # envelope # No permission catalog for provider: no-such-app",
      })
  void unknownIdsAreNotFound(String method, String path, String body, String shape, String message) {
    Raw.Answer a = Raw.onecli(emulator, method, path.replace("AGENT", agent), body.equals("-") ? null : Raw.json(body));
    assertEquals(404, a.status(), a.body());
    JsonNode error = a.json().path("error");
    if (shape.equals("flat")) {
      assertEquals(message, error.asText(), a.body());
    } else {
      assertEquals("not_found_error", error.path("type").asText(), a.body());
      assertEquals(message, error.path("message").asText());
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '#',
      value = {
        "DELETE # /agents/AGENT/grants/secrets/nope",
        "DELETE # /agents/AGENT/grants/connections/nope",
        "DELETE # /connections/nope/grants/agents/AGENT",
      })
  void revokingWhatWasNeverGrantedIsFine(String method, String path) {
    assertEquals(204, Raw.onecli(emulator, method, path.replace("AGENT", agent), null).status());
  }
}
