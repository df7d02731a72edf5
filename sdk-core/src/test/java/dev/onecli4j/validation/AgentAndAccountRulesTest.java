package dev.onecli4j.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onecli4j.generated.onecli.api.AgentsApi;
import dev.onecli4j.generated.onecli.api.ProjectsApi;
import dev.onecli4j.generated.onecli.model.AgentCreateRequest;
import dev.onecli4j.generated.onecli.model.ProjectCreateRequest;
import dev.onecli4j.internal.http.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The server's first answer to agent, user, workspace, label and export bodies. The expected
 * messages are what the server's own schemas answered for these bodies.
 */
class AgentAndAccountRulesTest {
  private static final String TOO_SMALL = "Too small: expected string to have >=1 characters";

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource(
      delimiter = ';',
      nullValues = "OK",
      value = {
        "createAgent ; {'name':'Bot','identifier':'bot-1'} ; OK",
        "createAgent ; {'name':'\\u0001','identifier':'bot'} ; OK",
        "createAgent ; {'name':'\\u00a0','identifier':'bot'} ; " + TOO_SMALL,
        "createAgent ; {'name':'Bot','identifier':'-bot'} ; " + AgentRules.BAD_IDENTIFIER,
        "createAgent ; {'name':'Bot','identifier':'bot\\n'} ; " + AgentRules.BAD_IDENTIFIER,
        "createAgent ; {'name':'Bot'} ; Invalid input: expected string, received undefined",
        "createAgent ; {'name':'Bot','identifier':'bot','parentIdentifier':'Bot'} ; " + AgentRules.BAD_PARENT_IDENTIFIER,
        "createAgent ; {'name':'Bot','identifier':'bot','kind':'x'} ; Invalid option: expected one of \"byo\"|\"hosted\"",
        "createAgent ; {'name':'Bot','identifier':'bot','harness':'claude'} ; harness is only valid for hosted agents",
        "createAgent ; {'name':'Bot','identifier':'bot','kind':'hosted','harness':' '} ; " + TOO_SMALL,
        "createAgent ; {'name':'Bot','identifier':'bot','kind':'hosted','harness':'claude','instructions':'go'} ; OK",
        "renameAgent ; {'name':'New'} ; OK",
        "renameAgent ; {} ; " + AgentRules.NOTHING_TO_UPDATE,
        "renameAgent ; {'name':'\\u3000'} ; " + TOO_SMALL,
        "renameAgent ; {'model':null} ; OK",
        "renameAgent ; {'effort':'extreme'} ; Invalid option: expected one of \"low\"|\"medium\"|\"high\"|\"max\"",
        "updateUser ; {'name':'\\u2028'} ; " + TOO_SMALL,
        "updateUser ; {'name':'\\u0085'} ; OK",
        "createProject ; {'name':'   '} ; OK",
        "createProject ; {'name':' '} ; Too small: expected string to have >=2 characters",
        "createProject ; {'name':'--'} ; " + WorkspaceRules.BAD_NAME,
        "createProject ; {'name':' a '} ; " + WorkspaceRules.BAD_NAME,
        "createProject ; {'name':'\\u0001\\u0001'} ; " + WorkspaceRules.BAD_NAME,
        "updateProject ; {} ; " + WorkspaceRules.NOTHING_TO_UPDATE,
        "renameConnection ; {'label':'\\u00a0'} ; " + AccountRules.LABEL_REQUIRED,
        "renameConnection ; {'label':'\\u0001'} ; OK",
        "migrateExport ; {'cloudApiKey':' '} ; OK",
        "migrateExport ; {'cloudApiKey':''} ; " + AccountRules.CLOUD_KEY_REQUIRED,
      })
  void firstIssueIsTheServers(String operation, String singleQuoted, String message) {
    List<Problem> issues = rules(operation).apply(json(singleQuoted));
    assertEquals(message, issues.isEmpty() ? null : issues.get(0).message());
  }

  @Test
  void theSdkRefusesOnlyWhatTheServerRefuses() {
    // Java's trim would call "\u0001" blank; JavaScript's does not, and neither does the server.
    RequestValidation.check(AgentsApi.createAgentRequest(AgentCreateRequest.builder().name("\u0001").identifier("bot").build()));
    RequestValidation.check(ProjectsApi.createProjectRequest(ProjectCreateRequest.builder().name("   ").build()));
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> RequestValidation.check(
                AgentsApi.createAgentRequest(AgentCreateRequest.builder().name("\u00a0").identifier("Bot").build())));
    assertEquals(
        List.of(new Problem("name", TOO_SMALL), new Problem("identifier", AgentRules.BAD_IDENTIFIER)), e.problems());
  }

  private static Function<JsonNode, List<Problem>> rules(String operation) {
    Map<String, Function<JsonNode, List<Problem>>> rules =
        Map.of(
            "createAgent", AgentRules::create,
            "renameAgent", AgentRules::update,
            "updateUser", AccountRules::userUpdate,
            "createProject", WorkspaceRules::create,
            "updateProject", WorkspaceRules::update,
            "renameConnection", AccountRules::connectionLabel,
            "migrateExport", AccountRules::migrationExport);
    return rules.get(operation);
  }

  private static JsonNode json(String singleQuoted) {
    try {
      return Json.mapper().readTree(singleQuoted.replace('\'', '"'));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
