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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each operation of {@link RulesService} and its async twin: the exact request and the parsed answer. */
class RulesServiceTest {
  /** A custom rule as the server answers it: explicit nulls, empty conditions, an extra field. */
  static final String RULE =
      "{\"id\":\"3f6c2a0e-8d4b-4c1e-9a7f-1b2c3d4e5f60\",\"name\":\"Block repo deletion\","
          + "\"hostPattern\":\"api.github.com\",\"pathPattern\":\"/repos/*\",\"method\":\"DELETE\","
          + "\"action\":\"block\",\"enabled\":true,\"agentId\":null,\"rateLimit\":null,\"rateLimitWindow\":null,"
          + "\"scope\":\"workspace\",\"metadata\":null,\"conditions\":[],\"projectId\":\"p-1\","
          + "\"createdAt\":\"2026-03-04T05:06:07.890Z\"}";
  /** A list with a rate-limit rule and an inherited app-permission rule without host, path or method. */
  static final String LIST =
      "[{\"id\":\"r-1\",\"name\":\"Slow down OpenAI\",\"hostPattern\":\"api.openai.com\",\"pathPattern\":null,"
          + "\"method\":null,\"action\":\"rate_limit\",\"enabled\":true,\"agentId\":\"ag-7\",\"rateLimit\":100,"
          + "\"rateLimitWindow\":\"hour\",\"scope\":\"project\",\"metadata\":null,"
          + "\"conditions\":[{\"target\":\"body\",\"operator\":\"contains\",\"value\":\"gpt-4\",\"key\":\"model\"}],"
          + "\"createdAt\":\"2026-03-04T05:06:07.890Z\"},"
          + "{\"id\":\"r-2\",\"name\":\"gmail: send_email\",\"action\":\"manual_approval\",\"enabled\":true,"
          + "\"agentId\":null,\"rateLimit\":null,\"rateLimitWindow\":null,\"scope\":\"organization\","
          + "\"metadata\":{\"source\":\"app_permission\",\"provider\":\"gmail\",\"toolId\":\"send_email\"},"
          + "\"conditions\":[],\"createdAt\":\"2026-03-05T05:06:07.890Z\"}]";
  /** Permission layers of one app. */
  static final String PERMISSIONS =
      "{\"defaults\":{\"send_email\":{\"permission\":\"manual_approval\",\"conditions\":[]}},"
          + "\"byAgent\":{\"ag-7\":{\"delete_email\":{\"permission\":\"block\","
          + "\"conditions\":[{\"target\":\"body\",\"operator\":\"contains\",\"value\":\"invoice\"}]}}}}";

  private final TestServer server = new TestServer();
  private final OneCli client = server.oneCli();

  @AfterEach
  void close() {
    server.close();
  }

  private static RuleCreateParams blockDeletes() {
    return RuleCreateParams.builder()
        .name("Block repo deletion")
        .hostPattern("api.github.com")
        .pathPattern("/repos/*")
        .method(HttpMethod.DELETE)
        .action(RuleAction.BLOCK)
        .enabled(true)
        .build();
  }

  @Test
  void list() {
    server.json(200, LIST);
    List<PolicyRule> rules = client.rules().list();
    RecordedRequest r = server.take();
    assertEquals("GET", r.getMethod());
    assertEquals("/v1/rules", r.getUrl().encodedPath());
    assertNull(r.getUrl().query());
    assertEquals(2, rules.size());
    PolicyRule limit = rules.get(0);
    assertEquals(RuleAction.RATE_LIMIT, limit.action());
    assertEquals(100, limit.rateLimit());
    assertEquals(RateLimitWindow.HOUR, limit.rateLimitWindow());
    assertNull(limit.method());
    assertEquals("model", limit.conditions().get(0).key());
    assertEquals(RuleCondition.OperatorEnum.CONTAINS, limit.conditions().get(0).operator());
    PolicyRule app = rules.get(1);
    assertNull(app.hostPattern());
    assertEquals(ResourceScope.ORGANIZATION, app.scope());
    assertEquals("send_email", app.metadata().get("toolId"));
  }

  @Test
  void create() {
    server.json(201, RULE);
    PolicyRule rule = client.rules().create(blockDeletes());
    RecordedRequest r = server.take();
    assertEquals("POST", r.getMethod());
    assertEquals("/v1/rules", r.getUrl().encodedPath());
    assertNull(r.getUrl().query());
    assertEquals(
        "{\"name\":\"Block repo deletion\",\"hostPattern\":\"api.github.com\",\"pathPattern\":\"/repos/*\","
            + "\"method\":\"DELETE\",\"action\":\"block\",\"enabled\":true}",
        TestServer.body(r));
    assertEquals("3f6c2a0e-8d4b-4c1e-9a7f-1b2c3d4e5f60", rule.id());
    assertEquals(HttpMethod.DELETE, rule.method());
    assertEquals(ResourceScope.WORKSPACE, rule.scope());
    assertNull(rule.agentId());
    assertEquals("p-1", rule.additionalProperties().get("projectId"));
  }

  @Test
  void createRateLimitForOneAgentWithCondition() {
    server.json(201, RULE);
    client.rules().create(
        RuleCreateParams.builder()
            .name("Slow down OpenAI")
            .hostPattern("api.openai.com")
            .action(RuleAction.RATE_LIMIT)
            .enabled(false)
            .agentId("ag-7")
            .rateLimit(100)
            .rateLimitWindow(RateLimitWindow.HOUR)
            .addCondition(
                RuleCondition.builder()
                    .target(RuleCondition.TargetEnum.BODY)
                    .operator(RuleCondition.OperatorEnum.CONTAINS)
                    .value("gpt-4")
                    .key("model")
                    .build())
            .build());
    assertEquals(
        "{\"name\":\"Slow down OpenAI\",\"hostPattern\":\"api.openai.com\",\"action\":\"rate_limit\",\"enabled\":false,"
            + "\"agentId\":\"ag-7\",\"rateLimit\":100,\"rateLimitWindow\":\"hour\","
            + "\"conditions\":[{\"target\":\"body\",\"operator\":\"contains\",\"value\":\"gpt-4\",\"key\":\"model\"}]}",
        TestServer.body(server.take()));
  }

  @Test
  void getEncodesTheId() {
    server.json(200, RULE);
    PolicyRule rule = client.rules().get("a/b c");
    RecordedRequest r = server.take();
    assertEquals("GET", r.getMethod());
    assertEquals("/v1/rules/a%2Fb%20c", r.getUrl().encodedPath());
    assertNull(r.getUrl().query());
    assertEquals("Block repo deletion", rule.name());
    assertTrue(rule.enabled());
    assertEquals(List.of(), rule.conditions());
  }

  @Test
  void update() {
    server.json(200, "{\"success\":true}");
    assertTrue(
        client.rules()
            .update("r-1", RuleUpdateParams.builder().name("Renamed").enabled(false).rateLimit(50).build())
            .success());
    RecordedRequest r = server.take();
    assertEquals("PATCH", r.getMethod());
    assertEquals("/v1/rules/r-1", r.getUrl().encodedPath());
    assertNull(r.getUrl().query());
    assertEquals("{\"name\":\"Renamed\",\"enabled\":false,\"rateLimit\":50}", TestServer.body(r));
  }

  @Test
  void updateSendsExplicitNullsForClearedFields() {
    server.json(200, "{\"success\":true}");
    client.rules().update(
        "r-1",
        RuleUpdateParams.builder()
            .action(RuleAction.BLOCK)
            .clearPathPattern()
            .clearMethod()
            .clearAgentId()
            .clearRateLimit()
            .clearRateLimitWindow()
            .clearConditions()
            .build());
    assertEquals(
        "{\"action\":\"block\",\"pathPattern\":null,\"method\":null,\"agentId\":null,\"rateLimit\":null,"
            + "\"rateLimitWindow\":null,\"conditions\":null}",
        TestServer.body(server.take()));
  }

  @Test
  void delete() {
    server.empty(204);
    client.rules().delete("r-1");
    RecordedRequest r = server.take();
    assertEquals("DELETE", r.getMethod());
    assertEquals("/v1/rules/r-1", r.getUrl().encodedPath());
    assertNull(r.getUrl().query());
    assertEquals("", TestServer.body(r));
  }

  @Test
  void getPermissions() {
    server.json(200, PERMISSIONS);
    AppPermissionStates states = client.rules().getPermissions("gmail");
    RecordedRequest r = server.take();
    assertEquals("GET", r.getMethod());
    assertEquals("/v1/rules/permissions/gmail", r.getUrl().encodedPath());
    assertNull(r.getUrl().query());
    assertEquals(Permission.MANUAL_APPROVAL, states.defaults().get("send_email").permission());
    assertEquals(Permission.BLOCK, states.byAgent().get("ag-7").get("delete_email").permission());
    assertEquals("invoice", states.byAgent().get("ag-7").get("delete_email").conditions().get(0).get("value"));
  }

  @Test
  void setPermissionsForOneAgent() {
    server.json(200, "{\"success\":true,\"updated\":2}");
    Map<String, Object> answer =
        client.rules()
            .setPermissions(
                "gmail",
                RulePermissionsSetParams.builder()
                    .change("send_email", Permission.BLOCK)
                    .inherit("delete_email")
                    .agentId("ag-7")
                    .build());
    RecordedRequest r = server.take();
    assertEquals("PUT", r.getMethod());
    assertEquals("/v1/rules/permissions/gmail", r.getUrl().encodedPath());
    assertNull(r.getUrl().query());
    assertEquals(
        "{\"changes\":[{\"toolId\":\"send_email\",\"permission\":\"block\"},"
            + "{\"toolId\":\"delete_email\",\"permission\":\"inherit\"}],\"agentId\":\"ag-7\"}",
        TestServer.body(r));
    assertEquals(true, answer.get("success"));
    assertEquals(2, answer.get("updated"));
  }

  @Test
  void setPermissionsWithConditions() {
    server.json(200, "{}");
    client.rules()
        .setPermissions(
            "gmail",
            RulePermissionsSetParams.builder()
                .change("send_email", Permission.MANUAL_APPROVAL)
                .conditions(
                    List.of(
                        RuleCondition.builder()
                            .target(RuleCondition.TargetEnum.BODY)
                            .operator(RuleCondition.OperatorEnum.CONTAINS)
                            .value("@rival.com")
                            .build()))
                .build());
    assertEquals(
        "{\"changes\":[{\"toolId\":\"send_email\",\"permission\":\"manual_approval\"}],"
            + "\"conditions\":[{\"target\":\"body\",\"operator\":\"contains\",\"value\":\"@rival.com\"}]}",
        TestServer.body(server.take()));
  }

  @Test
  void getOverlap() {
    server.json(200, "{\"count\":3}");
    assertEquals(3, client.rules().getOverlap("git hub").count());
    RecordedRequest r = server.take();
    assertEquals("GET", r.getMethod());
    assertEquals("/v1/rules/overlap/git%20hub", r.getUrl().encodedPath());
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
        .json(200, "{\"count\":0}");
    RulesServiceAsync rules = client.async().rules();
    assertEquals(2, rules.list().join().size());
    assertEquals("Block repo deletion", rules.create(blockDeletes()).join().name());
    assertEquals(RuleAction.BLOCK, rules.get("r-1").join().action());
    assertTrue(rules.update("r-1", RuleUpdateParams.builder().enabled(true).build()).join().success());
    assertNull(rules.delete("r-1").join());
    assertEquals(1, rules.getPermissions("gmail").join().defaults().size());
    assertEquals(
        true,
        rules.setPermissions("gmail", RulePermissionsSetParams.builder().change("x", Permission.ALLOW).build())
            .join()
            .get("success"));
    assertEquals(0, rules.getOverlap("gmail").join().count());
    List<String> seen = List.of(
        line(server.take()), line(server.take()), line(server.take()), line(server.take()),
        line(server.take()), line(server.take()), line(server.take()), line(server.take()));
    assertEquals(
        List.of(
            "GET /v1/rules",
            "POST /v1/rules",
            "GET /v1/rules/r-1",
            "PATCH /v1/rules/r-1",
            "DELETE /v1/rules/r-1",
            "GET /v1/rules/permissions/gmail",
            "PUT /v1/rules/permissions/gmail",
            "GET /v1/rules/overlap/gmail"),
        seen);
  }

  @Test
  void badInputIsReportedBeforeSending() {
    ValidationException create = assertThrows(ValidationException.class, () -> RuleCreateParams.builder().name(" ").build());
    assertEquals(
        List.of("name", "hostPattern", "action", "enabled"),
        create.problems().stream().map(Problem::field).toList(),
        create.getMessage());
    assertThrows(ValidationException.class, () -> RuleUpdateParams.builder().build());
    ValidationException nullCondition =
        assertThrows(
            ValidationException.class,
            () -> RuleUpdateParams.builder().conditions(Arrays.asList((RuleCondition) null)).build());
    assertEquals("conditions[0]", nullCondition.problems().get(0).field());
    ValidationException changes = assertThrows(ValidationException.class, () -> RulePermissionsSetParams.builder().build());
    assertEquals("changes", changes.problems().get(0).field());
    ValidationException change =
        assertThrows(ValidationException.class, () -> RulePermissionsSetParams.builder().change(" ", null).build());
    assertEquals(2, change.problems().size(), change.getMessage());

    RulesService rules = client.rules();
    assertThrows(ValidationException.class, () -> rules.create(null));
    assertThrows(ValidationException.class, () -> rules.get(null));
    assertThrows(ValidationException.class, () -> rules.delete(".."));
    assertThrows(ValidationException.class, () -> rules.getPermissions(""));
    assertThrows(ValidationException.class, () -> rules.getOverlap(" "));
    ValidationException update = assertThrows(ValidationException.class, () -> rules.update(" ", null));
    assertEquals(2, update.problems().size(), update.getMessage());
    ValidationException set = assertThrows(ValidationException.class, () -> rules.setPermissions(null, null));
    assertEquals(2, set.problems().size(), set.getMessage());

    CompletionException async = assertThrows(CompletionException.class, () -> client.async().rules().get("").join());
    assertInstanceOf(ValidationException.class, async.getCause());
    assertTrue(client.async().rules().update("r-1", null).isCompletedExceptionally());
    assertTrue(client.async().rules().setPermissions("gmail", null).isCompletedExceptionally());
    assertTrue(client.async().rules().create(null).isCompletedExceptionally());
    assertEquals(0, server.server().getRequestCount());
  }

  private static String line(RecordedRequest r) {
    return r.getMethod() + " " + r.getUrl().encodedPath();
  }
}
