package dev.onecli4j.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onecli4j.error.BadRequestException;
import dev.onecli4j.error.ConflictException;
import dev.onecli4j.error.NotFoundException;
import dev.onecli4j.generated.onecli.api.AgentsApi;
import dev.onecli4j.generated.onecli.model.Agent;
import dev.onecli4j.generated.onecli.model.AgentCreateRequest;
import dev.onecli4j.generated.onecli.model.AgentCreated;
import dev.onecli4j.generated.onecli.model.AgentRenameRequest;
import dev.onecli4j.generated.onecli.model.AgentSecretModeUpdateRequest;
import dev.onecli4j.generated.onecli.model.AgentSecretsUpdateRequest;
import dev.onecli4j.generated.onecli.model.SecretMode;
import dev.onecli4j.http.HttpTransport;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Agents. The agents facade service is still being written, so these tests call the generated
 * request builders through the SDK transport; they move to {@code client.agents()} later.
 */
class AgentsEmulationTest {
  private static OneCliEmulator emulator;
  private HttpTransport transport;

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
    transport = Transports.of(emulator);
  }

  @AfterEach
  void closeTransport() {
    transport.close();
  }

  private AgentCreated create(String name, String identifier) {
    return transport.execute(
        AgentsApi.createAgentRequest(AgentCreateRequest.builder().name(name).identifier(identifier).build()));
  }

  private Agent byId(String id) {
    return transport.execute(AgentsApi.listAgentsRequest()).stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void startsWithADefaultAgent() {
    List<Agent> agents = transport.execute(AgentsApi.listAgentsRequest());
    assertEquals(1, agents.size());
    Agent d = agents.get(0);
    assertTrue(d.isDefault());
    assertEquals(SecretMode.ALL, d.secretMode());
    assertTrue(d.accessToken().startsWith("aoc_"));
    assertEquals(d.id(), transport.execute(AgentsApi.getDefaultAgentRequest()).id());
  }

  @Test
  void createRenameSetDefaultRegenerateAndDelete() {
    AgentCreated created = create("  Claude Assistant ", "claude-assistant");
    assertEquals("Claude Assistant", created.name());
    assertEquals("claude-assistant", created.identifier());
    assertFalse(created.additionalProperties().containsKey("accessToken"), "the create answer has no token");

    Agent listed = byId(created.id());
    assertEquals(SecretMode.SELECTIVE, listed.secretMode());
    assertFalse(listed.isDefault());
    assertEquals(0, listed.count().agentSecrets());

    assertTrue(
        transport
            .execute(AgentsApi.renameAgentRequest(created.id(), AgentRenameRequest.builder().name("Prod agent").build()))
            .success());
    assertEquals("Prod agent", byId(created.id()).name());

    String oldToken = listed.accessToken();
    String newToken = transport.execute(AgentsApi.regenerateAgentTokenRequest(created.id())).accessToken();
    assertTrue(newToken.startsWith("aoc_"));
    assertNotEquals(oldToken, newToken);
    assertEquals(newToken, byId(created.id()).accessToken());

    String oldDefault = transport.execute(AgentsApi.getDefaultAgentRequest()).id();
    assertTrue(transport.execute(AgentsApi.setDefaultAgentRequest(created.id())).success());
    assertEquals(created.id(), transport.execute(AgentsApi.getDefaultAgentRequest()).id());
    assertEquals(created.id(), transport.execute(AgentsApi.listAgentsRequest()).get(0).id(), "the default is listed first");
    BadRequestException again =
        assertThrows(BadRequestException.class, () -> transport.execute(AgentsApi.setDefaultAgentRequest(created.id())));
    assertEquals("Agent is already the default", again.errorMessage());
    BadRequestException deleteDefault =
        assertThrows(BadRequestException.class, () -> transport.execute(AgentsApi.deleteAgentRequest(created.id())));
    assertEquals("Cannot delete the default agent", deleteDefault.errorMessage());

    assertNull(transport.execute(AgentsApi.deleteAgentRequest(oldDefault)));
    NotFoundException gone =
        assertThrows(NotFoundException.class, () -> transport.execute(AgentsApi.deleteAgentRequest(oldDefault)));
    assertEquals("Agent not found", gone.errorMessage());
    assertEquals("not_found_error", gone.errorType());
  }

  @Test
  void duplicateIdentifierIsAConflict() {
    create("One", "worker");
    ConflictException e = assertThrows(ConflictException.class, () -> create("Two", "worker"));
    assertEquals("An agent with this identifier already exists", e.errorMessage());
    assertEquals("invalid_request_error", e.errorType());
  }

  @Test
  void secretModeAndSecretsAssignment() {
    String agent = create("Worker", "worker").id();
    String s1 = createSecret("one");
    String s2 = createSecret("two");
    assertTrue(
        transport
            .execute(
                AgentsApi.updateAgentSecretsRequest(
                    agent, AgentSecretsUpdateRequest.builder().secretIds(List.of(s2, "unknown-id", s1)).build()))
            .success());
    assertEquals(List.of(s2, s1), transport.execute(AgentsApi.getAgentSecretsRequest(agent)));
    assertEquals(2, byId(agent).count().agentSecrets());

    Raw.onecli(emulator, "DELETE", "/secrets/" + s2, null);
    assertEquals(List.of(s1), transport.execute(AgentsApi.getAgentSecretsRequest(agent)), "deleting a secret unassigns it");

    transport.execute(
        AgentsApi.updateAgentSecretModeRequest(agent, AgentSecretModeUpdateRequest.builder().mode(SecretMode.ALL).build()));
    assertEquals(SecretMode.ALL, byId(agent).secretMode());

    AgentCreated child =
        transport.execute(
            AgentsApi.createAgentRequest(
                AgentCreateRequest.builder().name("Child").identifier("child").parentIdentifier("worker").build()));
    assertEquals(SecretMode.ALL, byId(child.id()).secretMode(), "a child copies its parent's mode");
    assertEquals(List.of(s1), transport.execute(AgentsApi.getAgentSecretsRequest(child.id())));
  }

  private String createSecret(String name) {
    Raw.Answer a =
        Raw.onecli(
            emulator,
            "POST",
            "/secrets",
            Raw.json("{'name':'" + name + "','type':'generic','value':'v-123','hostPattern':'a.com','injectionConfig':{'headerName':'X'}}"));
    return a.json().get("id").asText();
  }

  @Test
  void unknownAgentIsNotFoundEverywhere() {
    List<Runnable> calls =
        List.of(
            () -> transport.execute(AgentsApi.renameAgentRequest("nope", AgentRenameRequest.builder().name("x").build())),
            () -> transport.execute(AgentsApi.setDefaultAgentRequest("nope")),
            () -> transport.execute(AgentsApi.regenerateAgentTokenRequest("nope")),
            () -> transport.execute(AgentsApi.getAgentSecretsRequest("nope")),
            () ->
                transport.execute(
                    AgentsApi.updateAgentSecretModeRequest(
                        "nope", AgentSecretModeUpdateRequest.builder().mode(SecretMode.ALL).build())),
            () ->
                transport.execute(
                    AgentsApi.updateAgentSecretsRequest("nope", AgentSecretsUpdateRequest.builder().secretIds(List.of()).build())));
    for (Runnable call : calls) {
      assertEquals("Agent not found", assertThrows(NotFoundException.class, call::run).errorMessage());
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '#',
      quoteCharacter = '`',
      value = {
        "POST # /agents # {'identifier':'a'} # Invalid input: expected string, received undefined",
        "POST # /agents # {'name':' ','identifier':'a'} # Too small: expected string to have >=1 characters",
        "POST # /agents # {'name':'A'} # Invalid input: expected string, received undefined",
        "POST # /agents # {'name':'A','identifier':'Bad_Id'} # Identifier must be 1-50 characters, start with a letter or number, and contain only lowercase letters, numbers, and hyphens",
        "POST # /agents # {'name':'A','identifier':'ok','parentIdentifier':'-x'} # Parent identifier must be 1-50 characters, start with a letter or number, and contain only lowercase letters, numbers, and hyphens",
        "PATCH # /agents/any # {} # At least one field to update is required",
        "PATCH # /agents/any/secret-mode # {'mode':'some'} # Invalid option: expected one of \"all\"|\"selective\"",
        "PUT # /agents/any/secrets # {} # Invalid input: expected array, received undefined",
        "PUT # /agents/any/secrets # {'secretIds':[1]} # Invalid input: expected string, received number"
      })
  void bodyProblemsAreFlat(String method, String path, String body, String message) {
    Raw.Answer a = Raw.onecli(emulator, method, path, Raw.json(body));
    assertEquals(400, a.status(), a.body());
    assertEquals(message, a.json().get("error").asText());
  }
}
