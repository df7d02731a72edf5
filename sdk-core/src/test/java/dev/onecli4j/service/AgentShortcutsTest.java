package dev.onecli4j.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onecli4j.OneCli;
import dev.onecli4j.error.ConflictException;
import dev.onecli4j.param.AgentCreateParams;
import dev.onecli4j.testing.ServerFixtures;
import dev.onecli4j.testing.TestServer;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code grantExactly} and {@code ensure} against the real server's recorded answers: the
 * requests they send, in order, and what they conclude, sync and async.
 */
class AgentShortcutsTest {
  private static final String AGENT = "aaaaaaaa-0000-4000-8000-000000000002";
  private static final String LLM_KEY = "5ec5ec00-0000-4000-8000-000000000001";
  private static final String GENERIC = "5ec5ec00-0000-4000-8000-000000000002";

  private final TestServer server = new TestServer();
  private final OneCli client = server.oneCli();

  @AfterEach
  void close() {
    server.close();
  }

  private void serve(String... fixtures) {
    for (String f : fixtures) {
      server.enqueue(ServerFixtures.load(f).response());
    }
  }

  private List<String> sent(int n) {
    return java.util.stream.IntStream.range(0, n)
        .mapToObj(i -> {
          mockwebserver3.RecordedRequest r = server.take();
          return r.getMethod() + " " + r.getTarget();
        })
        .collect(Collectors.toList());
  }

  @Test
  void grantExactlyGrantsTheOneAndDetachesTheAutomaticLlmKey() {
    // The recorded whole job: the agent holds the automatic anthropic key; it should hold only the generic secret.
    serve("listAgentGrants.autoLlm", "grantAgentSecret.noBody", "revokeAgentSecret.autoLlm", "getAgentEffectiveCredentials.exactlyGeneric");
    ExactSecrets result = client.agents().grantExactly(AGENT, List.of(GENERIC));
    assertEquals(
        List.of(
            "GET /v1/agents/" + AGENT + "/grants",
            "PUT /v1/agents/" + AGENT + "/grants/secrets/" + GENERIC,
            "DELETE /v1/agents/" + AGENT + "/grants/secrets/" + LLM_KEY,
            "GET /v1/agents/" + AGENT + "/effective-credentials"),
        sent(4));
    assertTrue(result.isExact(), result::toString);
    assertEquals(List.of(GENERIC), result.granted());
    assertEquals(List.of(LLM_KEY), result.revoked());
    assertEquals(List.of(), result.missing());
    assertEquals(List.of(), result.notUsable());
  }

  @Test
  void nothingToChangeIsOneReadAndOneConfirmation() {
    serve("listAgentGrants.exactlyGeneric", "getAgentEffectiveCredentials.exactlyGeneric");
    ExactSecrets result = client.async().agents().grantExactly(AGENT, List.of(GENERIC, GENERIC)).join();
    assertEquals(2, server.server().getRequestCount());
    assertTrue(result.isExact());
    assertEquals(List.of(GENERIC), result.requested(), "each secret once");
    assertEquals(List.of(), result.granted());
    assertEquals(List.of(), result.revoked());
  }

  @Test
  void organizationPolicyThatAddsSecretsIsReportedAsNotRemovable() {
    // Agent A holds no secret grant, but a published organization rule gives it every workspace secret.
    serve("listAgentGrants.orgUserRule", "getAgentEffectiveCredentials.orgUserRule");
    ExactSecrets result = client.agents().grantExactly("aaaaaaaa-0000-4000-8000-000000000001", List.of());
    assertFalse(result.isExact());
    assertEquals(
        List.of("5ec5ec00-0000-4000-8000-000000000002", "5ec5ec00-0000-4000-8000-000000000003"),
        result.imposedByOrganization().stream().map(c -> c.id()).collect(Collectors.toList()));
    assertEquals(List.of(), result.unexpected());
    assertEquals(List.of(), result.revoked());
  }

  @Test
  void aSecretTheGatewayDoesNotGiveIsMissing() {
    serve("listAgentGrants.empty", "grantAgentSecret.noBody", "getAgentEffectiveCredentials.empty");
    ExactSecrets result = client.agents().grantExactly(AGENT, List.of(GENERIC));
    assertEquals(List.of(GENERIC), result.missing());
    assertFalse(result.isExact());
  }

  @Test
  void grantExactlyRefusesMissingArgumentsBeforeSending() {
    assertThrows(dev.onecli4j.validation.ValidationException.class, () -> client.agents().grantExactly(AGENT, java.util.Arrays.asList(GENERIC, null)));
    CompletionException e = assertThrows(CompletionException.class, () -> client.async().agents().grantExactly(null, List.of()).join());
    assertTrue(e.getCause() instanceof dev.onecli4j.validation.ValidationException);
    assertEquals(0, server.server().getRequestCount());
  }

  @Test
  void ensureCreatesOrFindsTheAgent() {
    serve("createAgent.byoWithLlmKeys");
    EnsuredAgent created = client.agents().ensure(AgentCreateParams.builder().name("Rec Agent B").identifier("rec-agent-b").build());
    assertTrue(created.created());
    assertEquals(List.of(LLM_KEY), created.llmKeys());

    serve("createAgent.duplicateIdentifier", "listAgents.plain");
    String identifier = ServerFixtures.load("listAgents.plain").responseBody().get(0).path("identifier").asText();
    EnsuredAgent existing =
        client.async().agents().ensure(AgentCreateParams.builder().name("Again").identifier(identifier).build()).join();
    assertFalse(existing.created());
    assertEquals(identifier, existing.identifier());
    assertEquals(List.of(), existing.llmKeys());
  }

  @Test
  void aConflictWithoutSuchAnAgentIsThrown() {
    serve("createAgent.duplicateIdentifier", "listAgents.empty");
    AgentCreateParams params = AgentCreateParams.builder().name("Dup").identifier("rec-agent-a").build();
    ConflictException e = assertThrows(ConflictException.class, () -> client.agents().ensure(params));
    assertEquals("An agent with this identifier already exists", e.errorMessage());
    serve("createAgent.duplicateIdentifier", "listAgents.empty");
    CompletionException async = assertThrows(CompletionException.class, () -> client.async().agents().ensure(params).join());
    assertSame(ConflictException.class, async.getCause().getClass());
  }

  @Test
  void renameIsAnUpdateWithOnlyTheName() {
    serve("renameAgent.ok");
    assertTrue(client.agents().rename("aaaaaaaa-0000-4000-8000-000000000005", "Rec Agent E2").success());
    assertEquals("{\"name\":\"Rec Agent E2\"}", TestServer.body(server.take()));
  }
}
