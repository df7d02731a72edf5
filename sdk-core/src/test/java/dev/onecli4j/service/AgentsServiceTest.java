package dev.onecli4j.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onecli4j.OneCli;
import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.generated.onecli.model.Agent;
import dev.onecli4j.generated.onecli.model.AgentConnectionAssignment;
import dev.onecli4j.generated.onecli.model.AgentConnectionAssignmentInput;
import dev.onecli4j.generated.onecli.model.AgentCreated;
import dev.onecli4j.generated.onecli.model.AgentDetail;
import dev.onecli4j.generated.onecli.model.AgentKind;
import dev.onecli4j.generated.onecli.model.GranularAccessEntry;
import dev.onecli4j.generated.onecli.model.SecretMode;
import dev.onecli4j.param.AgentCreateParams;
import dev.onecli4j.testing.TestServer;
import dev.onecli4j.validation.Problem;
import dev.onecli4j.validation.ValidationException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Each operation of {@link AgentsService} and its async twin: the exact request and the parsed answer. */
class AgentsServiceTest {
  /** One agent as the real server lists it: token, counts, explicit fields, an unknown field. */
  static final String AGENT =
      "{\"id\":\"ag_1\",\"name\":\"Claude Assistant\",\"identifier\":\"claude-assistant\","
          + "\"accessToken\":\"aoc_0123456789abcdef\",\"isDefault\":true,\"secretMode\":\"selective\","
          + "\"createdAt\":\"2026-03-04T05:06:07.890Z\",\"userId\":\"u_9\","
          + "\"_count\":{\"agentSecrets\":2,\"agentAppConnections\":0}}";
  static final String LIST = "[" + AGENT + "]";
  /** The create answer: no access token. */
  static final String CREATED =
      "{\"id\":\"ag_2\",\"name\":\"Orchestrated\",\"identifier\":\"worker-1\","
          + "\"createdAt\":\"2026-03-04T05:06:07.890Z\"}";
  /**
   * One agent as server 2.0.1 answers {@code GET /v1/agents/{agentId}}, recorded with
   * {@code curl -H "Authorization: Bearer $ONECLI_API_KEY" $ONECLI_BASE_URL/agents/$AGENT_ID}.
   */
  static final String DETAIL =
      "{\"id\":\"f30198a5-4b72-458b-8439-1477f1daaf70\",\"name\":\"Detail probe\",\"identifier\":\"i13-detail-probe\","
          + "\"kind\":\"byo\",\"harness\":null,\"model\":null,\"instructions\":null,"
          + "\"createdAt\":\"2026-12-06T13:26:30.828Z\",\"channels\":[],\"imageUrl\":null,\"recentRequestAt\":null,"
          + "\"workingInBackground\":false}";
  static final String SUCCESS = "{\"success\":true}";
  static final String TOKEN = "{\"accessToken\":\"aoc_fedcba9876543210\"}";
  static final String GRANULAR =
      "[{\"agentId\":\"ag_1\",\"agentName\":\"Claude Assistant\",\"connectionId\":\"con_7\",\"provider\":\"github\","
          + "\"connectionLabel\":null,\"policy\":{\"repositories\":[\"acme/api\"]}}]";
  static final String CONNECTIONS =
      "[{\"appConnectionId\":\"con_7\",\"sessionPolicy\":{\"repositories\":[\"acme/api\"]}},"
          + "{\"appConnectionId\":\"con_8\",\"sessionPolicy\":null}]";

  private final TestServer server = new TestServer();
  private final OneCli client = server.oneCli();

  @AfterEach
  void close() {
    server.close();
  }

  private static void assertRequest(RecordedRequest r, String method, String target, String body) {
    assertEquals(method, r.getMethod());
    assertEquals(target, r.getTarget());
    assertEquals(body, TestServer.body(r));
  }

  private static AgentCreateParams worker() {
    return AgentCreateParams.builder()
        .name("Orchestrated")
        .identifier("worker-1")
        .parentIdentifier("orchestrator")
        .build();
  }

  private static List<AgentConnectionAssignmentInput> connections() {
    return List.of(
        AgentConnectionAssignmentInput.builder()
            .appConnectionId("con_7")
            .sessionPolicy(Map.of("repositories", List.of("acme/api")))
            .build(),
        AgentConnectionAssignmentInput.builder().appConnectionId("con_8").sessionPolicy(null).build(),
        AgentConnectionAssignmentInput.builder().appConnectionId("con_9").build());
  }

  @Test
  void list() {
    server.json(200, LIST);
    List<Agent> agents = client.agents().list();
    assertRequest(server.take(), "GET", "/v1/agents", "");
    assertEquals(1, agents.size());
    Agent agent = agents.get(0);
    assertEquals("claude-assistant", agent.identifier());
    assertEquals("aoc_0123456789abcdef", agent.accessToken());
    assertEquals(SecretMode.SELECTIVE, agent.secretMode());
    assertEquals(2, agent.count().agentSecrets());
    assertEquals(0, agent.count().agentAppConnections());
    assertEquals(OffsetDateTime.parse("2026-03-04T05:06:07.890Z"), agent.createdAt());
    assertEquals("u_9", agent.additionalProperties().get("userId"));
  }

  @Test
  void create() {
    server.json(201, CREATED);
    AgentCreated created = client.agents().create(worker());
    assertRequest(
        server.take(),
        "POST",
        "/v1/agents",
        "{\"name\":\"Orchestrated\",\"identifier\":\"worker-1\",\"parentIdentifier\":\"orchestrator\"}");
    assertEquals("ag_2", created.id());
    assertEquals("worker-1", created.identifier());
  }

  @Test
  void createWithoutParentSendsOnlyTheSetFields() {
    server.json(201, CREATED);
    client.agents().create(AgentCreateParams.builder().name("A").identifier("a").build());
    assertRequest(server.take(), "POST", "/v1/agents", "{\"name\":\"A\",\"identifier\":\"a\"}");
  }

  @Test
  void get() {
    server.json(200, DETAIL).json(200, DETAIL);
    AgentDetail agent = client.agents().get("f30198a5-4b72-458b-8439-1477f1daaf70");
    assertRequest(server.take(), "GET", "/v1/agents/f30198a5-4b72-458b-8439-1477f1daaf70", "");
    assertEquals("i13-detail-probe", agent.identifier());
    assertEquals(AgentKind.BYO, agent.kind());
    assertNull(agent.harness());
    assertEquals(List.of(), agent.channels());
    assertNull(agent.recentRequestAt());
    assertEquals(Boolean.FALSE, agent.workingInBackground());
    assertEquals(OffsetDateTime.parse("2026-12-06T13:26:30.828Z"), agent.createdAt());
    assertEquals(agent.id(), client.async().agents().get(agent.id()).join().id());
    assertRequest(server.take(), "GET", "/v1/agents/f30198a5-4b72-458b-8439-1477f1daaf70", "");
  }

  @Test
  void getDefault() {
    server.json(200, AGENT);
    Agent agent = client.agents().getDefault();
    assertRequest(server.take(), "GET", "/v1/agents/default", "");
    assertTrue(agent.isDefault());
    assertEquals("ag_1", agent.id());
  }

  @Test
  void rename() {
    server.json(200, SUCCESS);
    assertTrue(client.agents().rename("ag_1", "Renamed").success());
    assertRequest(server.take(), "PATCH", "/v1/agents/ag_1", "{\"name\":\"Renamed\"}");
  }

  @Test
  void delete() {
    server.empty(204);
    client.agents().delete("ag_1");
    assertRequest(server.take(), "DELETE", "/v1/agents/ag_1", "");
  }

  @Test
  void setDefault() {
    server.json(200, SUCCESS);
    assertTrue(client.agents().setDefault("ag_1").success());
    assertRequest(server.take(), "POST", "/v1/agents/ag_1/set-default", "");
  }

  @Test
  void regenerateToken() {
    server.json(200, TOKEN);
    assertEquals("aoc_fedcba9876543210", client.agents().regenerateToken("ag_1").accessToken());
    assertRequest(server.take(), "POST", "/v1/agents/ag_1/regenerate-token", "");
  }

  @Test
  void updateSecretMode() {
    server.json(200, SUCCESS);
    assertTrue(client.agents().updateSecretMode("ag_1", SecretMode.ALL).success());
    assertRequest(server.take(), "PATCH", "/v1/agents/ag_1/secret-mode", "{\"mode\":\"all\"}");
  }

  @Test
  void getSecrets() {
    server.json(200, "[\"sec_1\",\"sec_2\"]");
    assertEquals(List.of("sec_1", "sec_2"), client.agents().getSecrets("ag_1"));
    assertRequest(server.take(), "GET", "/v1/agents/ag_1/secrets", "");
  }

  @Test
  void updateSecrets() {
    server.json(200, SUCCESS);
    assertTrue(client.agents().updateSecrets("ag_1", List.of("sec_1", "sec_2")).success());
    assertRequest(server.take(), "PUT", "/v1/agents/ag_1/secrets", "{\"secretIds\":[\"sec_1\",\"sec_2\"]}");
  }

  @Test
  void updateSecretsWithAnEmptyListUnassignsAll() {
    server.json(200, SUCCESS);
    client.agents().updateSecrets("ag_1", List.of());
    assertRequest(server.take(), "PUT", "/v1/agents/ag_1/secrets", "{\"secretIds\":[]}");
  }

  @Test
  void listGranularAccess() {
    server.json(200, GRANULAR);
    List<GranularAccessEntry> entries = client.agents().listGranularAccess();
    assertRequest(server.take(), "GET", "/v1/agents/granular-access", "");
    assertEquals(1, entries.size());
    assertEquals("github", entries.get(0).provider());
    assertNull(entries.get(0).connectionLabel());
    assertEquals(List.of("acme/api"), entries.get(0).policy().get("repositories"));
  }

  @Test
  void getConnections() {
    server.json(200, CONNECTIONS);
    List<AgentConnectionAssignment> assigned = client.agents().getConnections("ag_1");
    assertRequest(server.take(), "GET", "/v1/agents/ag_1/connections", "");
    assertEquals(2, assigned.size());
    assertEquals("con_7", assigned.get(0).appConnectionId());
    assertEquals(List.of("acme/api"), assigned.get(0).sessionPolicy().get("repositories"));
    assertNull(assigned.get(1).sessionPolicy());
  }

  @Test
  void updateConnections() {
    server.json(200, SUCCESS);
    assertTrue(client.agents().updateConnections("ag_1", connections()).success());
    assertRequest(
        server.take(),
        "PUT",
        "/v1/agents/ag_1/connections",
        "{\"connections\":[{\"appConnectionId\":\"con_7\",\"sessionPolicy\":{\"repositories\":[\"acme/api\"]}},"
            + "{\"appConnectionId\":\"con_8\",\"sessionPolicy\":null},{\"appConnectionId\":\"con_9\"}]}");
  }

  @Test
  void idsAreEncodedAsOnePathSegment() {
    server.json(200, SUCCESS).json(200, "[]");
    client.agents().rename("a/b c", "x");
    client.agents().getConnections("ag?1#x");
    assertEquals("/v1/agents/a%2Fb%20c", server.take().getTarget());
    assertEquals("/v1/agents/ag%3F1%23x/connections", server.take().getTarget());
  }

  @Test
  void perCallOptionsReachTheRequest() {
    server.json(200, SUCCESS);
    client.agents().setDefault("ag_1", RequestOptions.builder().header("X-Trace", "t-1").queryParam("dry", "1").build());
    RecordedRequest r = server.take();
    assertEquals("/v1/agents/ag_1/set-default?dry=1", r.getTarget());
    assertEquals("t-1", r.getHeaders().get("X-Trace"));
  }

  @Test
  void asyncTwin() {
    server
        .json(200, LIST)
        .json(201, CREATED)
        .json(200, AGENT)
        .json(200, SUCCESS)
        .empty(204)
        .json(200, SUCCESS)
        .json(200, TOKEN)
        .json(200, SUCCESS)
        .json(200, "[\"sec_1\"]")
        .json(200, SUCCESS)
        .json(200, GRANULAR)
        .json(200, CONNECTIONS)
        .json(200, SUCCESS);
    AgentsServiceAsync agents = client.async().agents();
    assertEquals("ag_1", agents.list().join().get(0).id());
    assertEquals("ag_2", agents.create(worker()).join().id());
    assertTrue(agents.getDefault().join().isDefault());
    assertTrue(agents.rename("ag_1", "Renamed").join().success());
    assertNull(agents.delete("ag_1").join());
    assertTrue(agents.setDefault("ag_1").join().success());
    assertEquals("aoc_fedcba9876543210", agents.regenerateToken("ag_1").join().accessToken());
    assertTrue(agents.updateSecretMode("ag_1", SecretMode.SELECTIVE).join().success());
    assertEquals(List.of("sec_1"), agents.getSecrets("ag_1").join());
    assertTrue(agents.updateSecrets("ag_1", List.of("sec_1")).join().success());
    assertEquals("con_7", agents.listGranularAccess().join().get(0).connectionId());
    assertEquals(2, agents.getConnections("ag_1").join().size());
    assertTrue(agents.updateConnections("ag_1", connections()).join().success());
    String[] expected = {
      "GET /v1/agents",
      "POST /v1/agents",
      "GET /v1/agents/default",
      "PATCH /v1/agents/ag_1",
      "DELETE /v1/agents/ag_1",
      "POST /v1/agents/ag_1/set-default",
      "POST /v1/agents/ag_1/regenerate-token",
      "PATCH /v1/agents/ag_1/secret-mode",
      "GET /v1/agents/ag_1/secrets",
      "PUT /v1/agents/ag_1/secrets",
      "GET /v1/agents/granular-access",
      "GET /v1/agents/ag_1/connections",
      "PUT /v1/agents/ag_1/connections"
    };
    for (String line : expected) {
      RecordedRequest r = server.take();
      assertEquals(line, r.getMethod() + " " + r.getTarget());
    }
  }

  @Test
  void badInputIsRefusedBeforeSending() {
    ValidationException params =
        assertThrows(ValidationException.class, () -> AgentCreateParams.builder().name(" ").build());
    assertEquals(
        List.of(new Problem("name", "must not be blank"), new Problem("identifier", "is required")), params.problems());

    assertProblems(() -> client.agents().create(null), "params");
    assertProblems(() -> client.agents().rename(null, " "), "agentId", "name");
    assertProblems(() -> client.agents().delete(""), "agentId");
    assertProblems(() -> client.agents().setDefault(".."), "agentId");
    assertProblems(() -> client.agents().regenerateToken(" "), "agentId");
    assertProblems(() -> client.agents().updateSecretMode("", null), "agentId", "mode");
    assertProblems(() -> client.agents().getSecrets(null), "agentId");
    assertProblems(() -> client.agents().updateSecrets(null, null), "agentId", "secretIds");
    assertProblems(() -> client.agents().updateSecrets("ag_1", Arrays.asList("sec_1", null)), "secretIds[1]");
    assertProblems(() -> client.agents().getConnections("."), "agentId");
    assertProblems(() -> client.agents().updateConnections(" ", null), "agentId", "connections");
    assertProblems(
        () ->
            client.agents().updateConnections(
                "ag_1", Arrays.asList(AgentConnectionAssignmentInput.builder().build(), null)),
        "connections[0].appConnectionId",
        "connections[1]");

    CompletionException async =
        assertThrows(CompletionException.class, () -> client.async().agents().rename("", null).join());
    ValidationException cause = assertInstanceOf(ValidationException.class, async.getCause());
    assertEquals(2, cause.problems().size());
    assertTrue(client.async().agents().delete(null).isCompletedExceptionally());
    assertTrue(client.async().agents().create(null).isCompletedExceptionally());
    assertTrue(client.async().agents().updateConnections("ag_1", null).isCompletedExceptionally());
    assertEquals(0, server.server().getRequestCount());
  }

  private static void assertProblems(Executable call, String... fields) {
    ValidationException e = assertThrows(ValidationException.class, call);
    String[] actual = e.problems().stream().map(Problem::field).toArray(String[]::new);
    assertEquals(List.of(fields), List.of(actual), e.getMessage());
  }
}
