package dev.onecli4j.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onecli4j.error.NotFoundException;
import dev.onecli4j.generated.onecli.api.RulesApi;
import dev.onecli4j.generated.onecli.model.HttpMethod;
import dev.onecli4j.generated.onecli.model.PolicyRule;
import dev.onecli4j.generated.onecli.model.RateLimitWindow;
import dev.onecli4j.generated.onecli.model.ResourceScope;
import dev.onecli4j.generated.onecli.model.RuleAction;
import dev.onecli4j.generated.onecli.model.RuleCondition;
import dev.onecli4j.generated.onecli.model.RuleCreateRequest;
import dev.onecli4j.generated.onecli.model.RuleUpdateRequest;
import dev.onecli4j.internal.http.HttpTransport;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Policy rules. The rules facade service is still being written, so these tests call the
 * generated request builders through the SDK transport; they move to {@code client.rules()} later.
 */
class RulesEmulationTest {
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

  @Test
  void createGetListUpdateDeleteThenNotFound() {
    PolicyRule created =
        transport.execute(
            RulesApi.createRuleRequest(
                RuleCreateRequest.builder()
                    .name(" Block repo deletion ")
                    .hostPattern("api.github.com")
                    .pathPattern("/repos/*")
                    .method(HttpMethod.DELETE)
                    .action(RuleAction.BLOCK)
                    .enabled(true)
                    .conditions(
                        List.of(
                            RuleCondition.builder()
                                .target(RuleCondition.TargetEnum.BODY)
                                .operator(RuleCondition.OperatorEnum.CONTAINS)
                                .value("force")
                                .build()))
                    .build()));
    assertEquals("Block repo deletion", created.name());
    assertEquals(HttpMethod.DELETE, created.method());
    assertEquals(ResourceScope.WORKSPACE, created.scope());
    assertNull(created.agentId());
    assertNull(created.rateLimit());
    assertEquals("force", created.conditions().get(0).value());

    assertEquals(created, transport.execute(RulesApi.getRuleRequest(created.id())));
    assertEquals(List.of(created), transport.execute(RulesApi.listRulesRequest()));

    assertTrue(
        transport
            .execute(
                RulesApi.updateRuleRequest(
                    created.id(),
                    RuleUpdateRequest.builder()
                        .action(RuleAction.RATE_LIMIT)
                        .rateLimit(100)
                        .rateLimitWindow(RateLimitWindow.HOUR)
                        .enabled(false)
                        .build()))
            .success());
    PolicyRule updated = transport.execute(RulesApi.getRuleRequest(created.id()));
    assertEquals(RuleAction.RATE_LIMIT, updated.action());
    assertEquals(100, updated.rateLimit());
    assertEquals(RateLimitWindow.HOUR, updated.rateLimitWindow());
    assertEquals(false, updated.enabled());
    assertEquals("Block repo deletion", updated.name());

    assertNull(transport.execute(RulesApi.deleteRuleRequest(created.id())));
    assertEquals(List.of(), transport.execute(RulesApi.listRulesRequest()));
    NotFoundException e = assertThrows(NotFoundException.class, () -> transport.execute(RulesApi.getRuleRequest(created.id())));
    assertEquals("Rule not found", e.errorMessage());
    assertThrows(NotFoundException.class, () -> transport.execute(RulesApi.deleteRuleRequest(created.id())));
  }

  @Test
  void ruleForAnUnknownAgentIsNotFound() {
    NotFoundException e =
        assertThrows(
            NotFoundException.class,
            () ->
                transport.execute(
                    RulesApi.createRuleRequest(
                        RuleCreateRequest.builder()
                            .name("r")
                            .hostPattern("a.com")
                            .action(RuleAction.BLOCK)
                            .enabled(true)
                            .agentId("no-such-agent")
                            .build())));
    assertEquals("Agent not found", e.errorMessage());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '#',
      quoteCharacter = '`',
      value = {
        "POST # /rules # {'hostPattern':'a.com','action':'block','enabled':true} # Invalid input: expected string, received undefined",
        "POST # /rules # {'name':'r','hostPattern':'','action':'block','enabled':true} # Too small: expected string to have >=1 characters",
        "POST # /rules # {'name':'r','hostPattern':'a.com','method':'HEAD','action':'block','enabled':true} # Invalid option: expected one of \"GET\"|\"POST\"|\"PUT\"|\"PATCH\"|\"DELETE\"",
        "POST # /rules # {'name':'r','hostPattern':'a.com','action':'deny','enabled':true} # Invalid option: expected one of \"block\"|\"rate_limit\"|\"manual_approval\"|\"allow\"",
        "POST # /rules # {'name':'r','hostPattern':'a.com','action':'block'} # Invalid input: expected boolean, received undefined",
        "POST # /rules # {'name':'r','hostPattern':'a.com','action':'rate_limit','enabled':true,'rateLimit':0,'rateLimitWindow':'day'} # Too small: expected number to be >=1",
        "POST # /rules # {'name':'r','hostPattern':'a.com','action':'rate_limit','enabled':true,'rateLimit':1.5} # Invalid input: expected int, received number",
        "POST # /rules # {'name':'r','hostPattern':'a.com','action':'rate_limit','enabled':true,'rateLimit':5} # rateLimit and rateLimitWindow are required when action is rate_limit",
        "POST # /rules # {'name':'r','hostPattern':'a.com','action':'block','enabled':true,'conditions':[{'target':'header','operator':'contains','value':'x'}]} # Invalid input: expected \"body\"",
        "PATCH # /rules/any # {} # At least one field must be provided",
        "PATCH # /rules/any # {'enabled':'yes'} # Invalid input: expected boolean, received string"
      })
  void bodyProblemsAreFlat(String method, String path, String body, String message) {
    Raw.Answer a = Raw.onecli(emulator, method, path, Raw.json(body));
    assertEquals(400, a.status(), a.body());
    assertEquals(message, a.json().get("error").asText());
  }

  @Test
  void updateCanClearNullableFields() {
    String id =
        Raw.onecli(
                emulator,
                "POST",
                "/rules",
                Raw.json("{'name':'r','hostPattern':'a.com','pathPattern':'/x','method':'GET','action':'block','enabled':true}"))
            .json()
            .get("id")
            .asText();
    assertEquals(200, Raw.onecli(emulator, "PATCH", "/rules/" + id, Raw.json("{'pathPattern':null,'method':null}")).status());
    PolicyRule r = transport.execute(RulesApi.getRuleRequest(id));
    assertNull(r.pathPattern());
    assertNull(r.method());
    assertTrue(Raw.onecli(emulator, "GET", "/rules/" + id, null).json().get("method").isNull());
  }
}
