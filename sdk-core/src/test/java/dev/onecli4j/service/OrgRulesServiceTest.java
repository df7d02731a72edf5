package dev.onecli4j.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onecli4j.OneCli;
import dev.onecli4j.generated.onecli.model.AppPermissionStates;
import dev.onecli4j.generated.onecli.model.HttpMethod;
import dev.onecli4j.generated.onecli.model.Permission;
import dev.onecli4j.generated.onecli.model.PolicyRule;
import dev.onecli4j.generated.onecli.model.RateLimitWindow;
import dev.onecli4j.generated.onecli.model.ResourceScope;
import dev.onecli4j.generated.onecli.model.RuleAction;
import dev.onecli4j.generated.onecli.model.RuleCondition;
import dev.onecli4j.param.RuleCreateParams;
import dev.onecli4j.param.RulePermissionsSetParams;
import dev.onecli4j.param.RuleUpdateParams;
import dev.onecli4j.testing.TestServer;
import dev.onecli4j.validation.Problem;
import dev.onecli4j.validation.ValidationException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each operation of {@link OrgRulesService} and its async twin: the exact request and the parsed answer. */
class OrgRulesServiceTest {
  /** An organization rule as the server answers it: agent-less, explicit nulls, an extra field. */
  static final String RULE =
      "{\"id\":\"7a1d\",\"name\":\"Hold Stripe refunds\",\"hostPattern\":\"api.stripe.com\","
          + "\"pathPattern\":\"/v1/refunds\",\"method\":\"POST\",\"action\":\"manual_approval\",\"enabled\":true,"
          + "\"agentId\":null,\"rateLimit\":null,\"rateLimitWindow\":null,\"scope\":\"organization\","
          + "\"metadata\":null,\"conditions\":[],\"organizationId\":\"org-1\","
          + "\"createdAt\":\"2026-03-04T05:06:07.890Z\"}";
  /** A list with a rate limit per day. */
  static final String LIST =
      "[{\"id\":\"7a1e\",\"name\":\"Daily cap\",\"hostPattern\":\"*.openai.com\",\"pathPattern\":null,"
          + "\"method\":null,\"action\":\"rate_limit\",\"enabled\":false,\"agentId\":null,\"rateLimit\":1000,"
          + "\"rateLimitWindow\":\"day\",\"scope\":\"organization\",\"metadata\":null,\"conditions\":[],"
          + "\"createdAt\":\"2026-03-04T05:06:07.890Z\"}]";
  /** Organization permission layers: byAgent is always empty. */
  static final String PERMISSIONS =
      "{\"defaults\":{\"create_issue\":{\"permission\":\"allow\",\"conditions\":[]},"
          + "\"delete_repo\":{\"permission\":\"block\",\"conditions\":[]}},\"byAgent\":{}}";

  private final TestServer server = new TestServer();
  private final OneCli client = server.oneCli();

  @AfterEach
  void close() {
    server.close();
  }

  private static RuleCreateParams holdRefunds() {
    return RuleCreateParams.builder()
        .name("Hold Stripe refunds")
        .hostPattern("api.stripe.com")
        .pathPattern("/v1/refunds")
        .method(HttpMethod.POST)
        .action(RuleAction.MANUAL_APPROVAL)
        .enabled(true)
        .build();
  }

  @Test
  void list() {
    server.json(200, LIST);
    List<PolicyRule> rules = client.org().rules().list();
    RecordedRequest r = server.take();
    assertEquals("GET", r.getMethod());
    assertEquals("/v1/org/rules", r.getUrl().encodedPath());
    assertNull(r.getUrl().query());
    assertEquals(1, rules.size());
    assertEquals(RateLimitWindow.DAY, rules.get(0).rateLimitWindow());
    assertEquals(1000, rules.get(0).rateLimit());
    assertEquals(false, rules.get(0).enabled());
    assertNull(rules.get(0).pathPattern());
  }

  @Test
  void create() {
    server.json(201, RULE);
    PolicyRule rule = client.org().rules().create(holdRefunds());
    RecordedRequest r = server.take();
    assertEquals("POST", r.getMethod());
    assertEquals("/v1/org/rules", r.getUrl().encodedPath());
    assertNull(r.getUrl().query());
    assertEquals(
        "{\"name\":\"Hold Stripe refunds\",\"hostPattern\":\"api.stripe.com\",\"pathPattern\":\"/v1/refunds\","
            + "\"method\":\"POST\",\"action\":\"manual_approval\",\"enabled\":true}",
        TestServer.body(r));
    assertEquals("7a1d", rule.id());
    assertEquals(ResourceScope.ORGANIZATION, rule.scope());
    assertEquals(RuleAction.MANUAL_APPROVAL, rule.action());
    assertEquals("org-1", rule.additionalProperties().get("organizationId"));
  }

  @Test
  void createWithRateLimitAndCondition() {
    server.json(201, RULE);
    client.org().rules().create(
        RuleCreateParams.builder()
            .name("Cap")
            .hostPattern("api.openai.com")
            .action(RuleAction.RATE_LIMIT)
            .enabled(true)
            .rateLimit(10)
            .rateLimitWindow(RateLimitWindow.MINUTE)
            .conditions(
                List.of(
                    RuleCondition.builder()
                        .target(RuleCondition.TargetEnum.BODY)
                        .operator(RuleCondition.OperatorEnum.CONTAINS)
                        .value("o1")
                        .build()))
            .build());
    assertEquals(
        "{\"name\":\"Cap\",\"hostPattern\":\"api.openai.com\",\"action\":\"rate_limit\",\"enabled\":true,"
            + "\"rateLimit\":10,\"rateLimitWindow\":\"minute\","
            + "\"conditions\":[{\"target\":\"body\",\"operator\":\"contains\",\"value\":\"o1\"}]}",
        TestServer.body(server.take()));
  }

  @Test
  void getEncodesTheId() {
    server.json(200, RULE);
    PolicyRule rule = client.org().rules().get("a/b c");
    RecordedRequest r = server.take();
    assertEquals("GET", r.getMethod());
    assertEquals("/v1/org/rules/a%2Fb%20c", r.getUrl().encodedPath());
    assertNull(r.getUrl().query());
    assertEquals("Hold Stripe refunds", rule.name());
    assertEquals(HttpMethod.POST, rule.method());
  }

  @Test
  void update() {
    server.json(200, "{\"success\":true}");
    assertTrue(
        client.org()
            .rules()
            .update(
                "7a1d",
                RuleUpdateParams.builder()
                    .hostPattern("api.stripe.com")
                    .action(RuleAction.BLOCK)
                    .clearMethod()
                    .clearRateLimit()
                    .clearRateLimitWindow()
                    .build())
            .success());
    RecordedRequest r = server.take();
    assertEquals("PATCH", r.getMethod());
    assertEquals("/v1/org/rules/7a1d", r.getUrl().encodedPath());
    assertNull(r.getUrl().query());
    assertEquals(
        "{\"hostPattern\":\"api.stripe.com\",\"action\":\"block\",\"method\":null,\"rateLimit\":null,"
            + "\"rateLimitWindow\":null}",
        TestServer.body(r));
  }

  @Test
  void delete() {
    server.empty(204);
    client.org().rules().delete("7a1d");
    RecordedRequest r = server.take();
    assertEquals("DELETE", r.getMethod());
    assertEquals("/v1/org/rules/7a1d", r.getUrl().encodedPath());
    assertNull(r.getUrl().query());
  }

  @Test
  void getPermissions() {
    server.json(200, PERMISSIONS);
    AppPermissionStates states = client.org().rules().getPermissions("github");
    RecordedRequest r = server.take();
    assertEquals("GET", r.getMethod());
    assertEquals("/v1/org/rules/permissions/github", r.getUrl().encodedPath());
    assertNull(r.getUrl().query());
    assertEquals(Permission.ALLOW, states.defaults().get("create_issue").permission());
    assertEquals(Permission.BLOCK, states.defaults().get("delete_repo").permission());
    assertTrue(states.byAgent().isEmpty());
  }

  @Test
  void setPermissions() {
    server.json(200, "{\"success\":true}");
    Map<String, Object> answer =
        client.org()
            .rules()
            .setPermissions(
                "github",
                RulePermissionsSetParams.builder()
                    .change("delete_repo", Permission.BLOCK)
                    .change("create_issue", Permission.ALLOW)
                    .build());
    RecordedRequest r = server.take();
    assertEquals("PUT", r.getMethod());
    assertEquals("/v1/org/rules/permissions/github", r.getUrl().encodedPath());
    assertNull(r.getUrl().query());
    assertEquals(
        "{\"changes\":[{\"toolId\":\"delete_repo\",\"permission\":\"block\"},"
            + "{\"toolId\":\"create_issue\",\"permission\":\"allow\"}]}",
        TestServer.body(r));
    assertEquals(true, answer.get("success"));
  }

  @Test
  void getOverlap() {
    server.json(200, "{\"count\":1}");
    assertEquals(1, client.org().rules().getOverlap("github").count());
    RecordedRequest r = server.take();
    assertEquals("GET", r.getMethod());
    assertEquals("/v1/org/rules/overlap/github", r.getUrl().encodedPath());
    assertNull(r.getUrl().query());
  }

  @Test
  void asyncTwin() {
    server
        .json(200, LIST)
        .json(201, RULE)
        .json(200, RULE)
        .json(200, "{\"success\":true}")
        .empty(204)
        .json(200, PERMISSIONS)
        .json(200, "{\"success\":true}")
        .json(200, "{\"count\":2}");
    OrgRulesServiceAsync rules = client.async().org().rules();
    assertEquals(1, rules.list().join().size());
    assertEquals("7a1d", rules.create(holdRefunds()).join().id());
    assertEquals("api.stripe.com", rules.get("7a1d").join().hostPattern());
    assertTrue(rules.update("7a1d", RuleUpdateParams.builder().clearPathPattern().build()).join().success());
    assertNull(rules.delete("7a1d").join());
    assertEquals(2, rules.getPermissions("github").join().defaults().size());
    assertEquals(
        true,
        rules.setPermissions("github", RulePermissionsSetParams.builder().change("x", Permission.BLOCK).build())
            .join()
            .get("success"));
    assertEquals(2, rules.getOverlap("github").join().count());
    List<String> seen = List.of(
        line(server.take()), line(server.take()), line(server.take()), line(server.take()),
        line(server.take()), line(server.take()), line(server.take()), line(server.take()));
    assertEquals(
        List.of(
            "GET /v1/org/rules",
            "POST /v1/org/rules",
            "GET /v1/org/rules/7a1d",
            "PATCH /v1/org/rules/7a1d",
            "DELETE /v1/org/rules/7a1d",
            "GET /v1/org/rules/permissions/github",
            "PUT /v1/org/rules/permissions/github",
            "GET /v1/org/rules/overlap/github"),
        seen);
  }

  @Test
  void badInputIsReportedBeforeSending() {
    OrgRulesService rules = client.org().rules();
    assertThrows(ValidationException.class, () -> rules.create(null));
    assertThrows(ValidationException.class, () -> rules.get(""));
    assertThrows(ValidationException.class, () -> rules.delete(null));
    assertThrows(ValidationException.class, () -> rules.getPermissions("."));
    assertThrows(ValidationException.class, () -> rules.getOverlap(null));
    ValidationException update = assertThrows(ValidationException.class, () -> rules.update(null, null));
    assertEquals(2, update.problems().size(), update.getMessage());
    ValidationException set = assertThrows(ValidationException.class, () -> rules.setPermissions(" ", null));
    assertEquals(2, set.problems().size(), set.getMessage());
    CompletionException async =
        assertThrows(CompletionException.class, () -> client.async().org().rules().delete(" ").join());
    assertInstanceOf(ValidationException.class, async.getCause());
    assertEquals(0, server.server().getRequestCount());
  }

  @Test
  void organizationRulesRefuseAgentScopedFields() {
    ValidationException create =
        assertThrows(
            ValidationException.class, () -> client.org().rules().create(holdRefunds().newBuilder().agentId("ag-7").build()));
    assertEquals(List.of("agentId"), create.problems().stream().map(Problem::field).toList(), create.getMessage());
    ValidationException update =
        assertThrows(
            ValidationException.class,
            () -> client.org().rules().update("7a1d", RuleUpdateParams.builder().clearAgentId().build()));
    assertEquals("agentId", update.problems().get(0).field());
    ValidationException set =
        assertThrows(
            ValidationException.class,
            () ->
                client.org()
                    .rules()
                    .setPermissions(
                        "github",
                        RulePermissionsSetParams.builder()
                            .change("a", Permission.BLOCK)
                            .inherit("b")
                            .agentId("ag-7")
                            .build()));
    assertEquals(
        List.of("agentId", "changes[1].permission"), set.problems().stream().map(Problem::field).toList(), set.getMessage());
    assertTrue(
        client.async()
            .org()
            .rules()
            .create(holdRefunds().newBuilder().agentId("ag-7").build())
            .isCompletedExceptionally());
    assertEquals(0, server.server().getRequestCount());
  }

  private static String line(RecordedRequest r) {
    return r.getMethod() + " " + r.getUrl().encodedPath();
  }
}
