package dev.onecli4j.param;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onecli4j.OneCli;
import dev.onecli4j.generated.onecli.model.AgentEffort;
import dev.onecli4j.generated.onecli.model.OrgPolicyAction;
import dev.onecli4j.generated.onecli.model.RateLimitWindow;
import dev.onecli4j.generated.onecli.model.ResourceSelection;
import dev.onecli4j.generated.onecli.model.RuleCondition;
import dev.onecli4j.testing.TestServer;
import dev.onecli4j.validation.ValidationException;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The bodies of the params with fields that can be left out, set or cleared: what is left out
 * is not sent, a clear is an explicit {@code null}, and a custom connection grant always sends
 * both tool lists.
 */
class UpdateParamsTest {
  private final TestServer server = new TestServer();
  private final OneCli client = server.oneCli();

  @AfterEach
  void close() {
    server.close();
  }

  /** The body sent, as a JSON tree (explicit nulls are written after the set fields). */
  private JsonNode sent(String answer, Consumer<OneCli> call) {
    server.json(200, answer);
    call.accept(client);
    return json(TestServer.body(server.take()));
  }

  private static JsonNode json(String text) {
    try {
      return new ObjectMapper().readTree(text);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void agentUpdates() {
    assertEquals(
        json("{\"instructions\":null,\"model\":\"m-1\",\"effort\":\"high\"}"),
        sent("{\"success\":true}", c -> c.agents().update("ag_1",
            AgentUpdateParams.builder().clearInstructions().model("m-1").effort(AgentEffort.HIGH).build())));
    assertEquals(
        json("{\"effort\":null}"),
        sent("{\"success\":true}", c -> c.agents().update("ag_1", AgentUpdateParams.builder().effort(null).build())));
    assertThrows(ValidationException.class, () -> AgentUpdateParams.builder().build());
    assertThrows(ValidationException.class, () -> AgentUpdateParams.builder().name(null).build());
  }

  @Test
  void connectionGrants() {
    String grants = "{\"agentId\":\"ag_1\",\"mode\":\"grants\",\"connections\":[],\"secrets\":[]}";
    assertEquals(json("{\"access\":\"full\"}"),
        sent(grants, c -> c.agents().grantConnection("ag_1", "c_1", ConnectionGrantParams.full())));
    assertEquals(json("{\"access\":\"custom\",\"allow\":[],\"ask\":[\"get_note\"]}"),
        sent(grants, c -> c.agents().grantConnection("ag_1", "c_1", ConnectionGrantParams.custom(List.of(), List.of("get_note")))));
    assertEquals(json("{\"access\":\"full\",\"resources\":null}"),
        sent(grants, c -> c.connections().grantAgent("c_1", "ag_1", ConnectionGrantParams.full().withoutResources())));
    assertEquals(json("{\"access\":\"full\",\"resources\":{\"repositories\":[\"acme/api\"]}}"),
        sent(grants, c -> c.connections().grantAgent("c_1", "ag_1", ConnectionGrantParams.full()
            .withResources(ResourceSelection.builder().repositories(List.of("acme/api")).build()))));
    ValidationException e = assertThrows(ValidationException.class,
        () -> ConnectionGrantParams.custom(null, java.util.Arrays.asList("a", null)));
    assertEquals(List.of("allow", "ask[1]"), e.problems().stream().map(p -> p.field()).collect(java.util.stream.Collectors.toList()));
    assertTrue(ConnectionGrantParams.full().toString().contains("<unchanged>"));
  }

  @Test
  void orgPolicyRuleUpdates() {
    String rule = "{\"id\":\"r_1\"}";
    assertEquals(
        json("{\"description\":null,\"rateLimit\":null,\"rateLimitWindow\":null,\"conditions\":null}"),
        sent(rule, c -> c.org().policy().updateRule("r_1",
            OrgPolicyRuleUpdateParams.builder().description(null).clearRateLimit().clearConditions().build())));
    assertEquals(
        json("{\"action\":\"allow\",\"rateLimit\":5,\"rateLimitWindow\":\"minute\",\"conditions\":[{\"target\":\"body\",\"operator\":\"contains\",\"value\":\"x\"}]}"),
        sent(rule, c -> c.org().policy().updateRule("r_1", OrgPolicyRuleUpdateParams.builder()
            .action(OrgPolicyAction.ALLOW)
            .rateLimit(5, RateLimitWindow.MINUTE)
            .conditions(List.of(RuleCondition.builder().target(RuleCondition.TargetEnum.BODY)
                .operator(RuleCondition.OperatorEnum.CONTAINS).value("x").build()))
            .build())));
    ValidationException e = assertThrows(ValidationException.class, () -> OrgPolicyRuleUpdateParams.builder().targets(null).build());
    assertEquals("targets", e.problems().get(0).field());
  }
}
