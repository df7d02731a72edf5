package dev.onecli4j.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The agent, grant, policy rule, workspace and invitation rules against the answers the real
 * server 2.0.1 gave (the emulator's recorded fixtures): the first problem is the server's
 * message, and valid bodies have none. Bodies are written with single quotes, expected messages with ` for a double quote.
 */
class ServerRulesTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonNode json(String singleQuoted) {
    if (singleQuoted.equals("<none>")) {
      return null;
    }
    try {
      return MAPPER.readTree(singleQuoted.replace('\'', '"'));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void assertFirst(String expected, List<Problem> problems) {
    if (expected.equals("<ok>")) {
      assertTrue(problems.isEmpty(), () -> "expected no problem, got " + problems);
    } else {
      assertFalse(problems.isEmpty(), "expected " + expected);
      assertEquals(expected, problems.get(0).message(), () -> "all: " + problems);
    }
  }

  private static void check(Function<JsonNode, List<Problem>> rules, String body, String expected) {
    assertFirst(expected.replace('`', '"'), rules.apply(json(body)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '~',
      value = {
        "{'name':'Rec Agent A','identifier':'rec-agent-a'}~<ok>",
        "{'name':'  Rec Agent E  ','identifier':'rec-agent-e','kind':'byo','parentIdentifier':'rec-agent-a','color':'blue'}~<ok>",
        "{'name':'Hosted','identifier':'rec-hosted','kind':'hosted','harness':'jcode','instructions':'Be brief.'}~<ok>",
        "{'name':'Bad','identifier':'Rec_Agent'}~Identifier must be 1-50 characters, start with a letter or number, and contain only lowercase letters, numbers, and hyphens",
        "{'name':'Bad','identifier':'rec-x\\n'}~Identifier must be 1-50 characters, start with a letter or number, and contain only lowercase letters, numbers, and hyphens",
        "{'identifier':'rec-x'}~Invalid input: expected string, received undefined",
        "{'name':'   ','identifier':'rec-x'}~Too small: expected string to have >=1 characters",
        "{}~Invalid input: expected string, received undefined",
        "<none>~Invalid input: expected object, received null",
        "[]~Invalid input: expected object, received array",
        "{'name':'K','identifier':'rec-x','kind':'robot'}~Invalid option: expected one of `byo`|`hosted`",
        "{'name':'H','identifier':'rec-x','harness':'jcode'}~harness is only valid for hosted agents",
        "{'name':'I','identifier':'rec-x','instructions':'Be brief.'}~instructions is only valid for hosted agents",
        "{'name':'P','identifier':'rec-x','parentIdentifier':'Not Valid'}~Parent identifier must be 1-50 characters, start with a letter or number, and contain only lowercase letters, numbers, and hyphens",
        "{'name':'  ','identifier':'rec-x','harness':'x'}~Too small: expected string to have >=1 characters",
        "{'name':'H','identifier':'rec-x','harness':null}~Invalid input: expected string, received null",
      })
  void agentCreate(String body, String expected) {
    check(AgentRules::create, body, expected);
  }

  @Test
  void agentCreateListsEveryProblem() {
    List<Problem> all = AgentRules.create(json("{'name':'" + "n".repeat(256) + "','identifier':'A'}"));
    assertEquals(
        List.of("name: Too big: expected string to have <=255 characters", "identifier: " + AgentRules.BAD_IDENTIFIER),
        all.stream().map(Problem::toString).collect(Collectors.toList()));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '~',
      value = {
        "{'name':'Rec Agent E2'}~<ok>",
        "{'effort':null}~<ok>",
        "{'instructions':'x','model':'m','effort':'max'}~<ok>",
        "{}~At least one field to update is required",
        "{'color':'red'}~At least one field to update is required",
        "{'effort':'extreme'}~Invalid option: expected one of `low`|`medium`|`high`|`max`",
        "{'effort':1}~Invalid option: expected one of `low`|`medium`|`high`|`max`",
        "{'name':'  '}~Too small: expected string to have >=1 characters",
        "<none>~Invalid input: expected object, received null",
      })
  void agentUpdate(String body, String expected) {
    check(AgentRules::update, body, expected);
  }

  @Test
  void hostedOnlyFieldsOfAnUpdate() {
    assertTrue(AgentRules.setsHostedOnlyFields(json("{'effort':null}")));
    assertTrue(AgentRules.setsHostedOnlyFields(json("{'model':'claude-sonnet-4-5'}")));
    assertFalse(AgentRules.setsHostedOnlyFields(json("{'name':'x'}")));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '~',
      value = {
        "{'access':'full'}~<ok>",
        "{'access':'full','resources':null}~<ok>",
        "{'access':'full','resources':{'repositories':['octo/repo']}}~<ok>",
        "{'access':'custom','allow':['list_notes'],'ask':['get_note']}~<ok>",
        "{'access':'custom','allow':[],'ask':[]}~Custom access needs at least one allowed or approval tool. To block everything, detach instead.",
        "{'access':'custom','allow':['list_notes'],'ask':['list_notes']}~A tool can't be both always-allowed and require approval.",
        "{'access':'custom','allow':['list_notes']}~Invalid input: expected array, received undefined",
        "{'access':'custom','allow':['list_notes'],'ask':null}~Invalid input: expected array, received null",
        "{'access':'custom','allow':[''],'ask':[]}~Too small: expected string to have >=1 characters",
        "{'access':'read'}~Invalid input",
        "{}~Invalid input",
        "{'access':'full','resources':{'repositories':[]}}~Too small: expected array to have >=1 items",
        "{'access':'full','resources':{}}~Invalid input",
        "{'access':'full','resources':{'repositories':['a'],'folders':['b']}}~Invalid input",
        "{'access':'full','resources':{'folders':['']}}~Too small: expected string to have >=1 characters",
        "<none>~Invalid input: expected object, received null",
      })
  void connectionGrant(String body, String expected) {
    check(GrantRules::connectionGrant, body, expected);
  }

  @Test
  void tooManyToolsAndUnknownTools() {
    StringBuilder tools = new StringBuilder();
    for (int i = 0; i <= GrantRules.MAX_TOOLS; i++) {
      tools.append(i == 0 ? "" : ",").append("'t").append(i).append('\'');
    }
    assertFirst(
        "Too big: expected array to have <=200 items",
        GrantRules.connectionGrant(json("{'access':'custom','allow':[" + tools + "],'ask':[]}")));
    List<String> catalog = List.of("list_notes", "get_note", "list_folders");
    assertNull(GrantRules.toolIds("granola", catalog, List.of("list_notes", "get_note")));
    assertEquals(
        "Unknown tool id(s) for \"granola\": delete_everything, x",
        GrantRules.toolIds("granola", catalog, List.of("delete_everything", "list_notes", "x", "x")).message());
    assertEquals(
        "Per-tool permissions need a permission catalog; \"custom-app\" has none.",
        GrantRules.toolIds("custom-app", null, List.of("a")).message());
    assertTrue(GrantRules.setsResources(json("{'access':'full','resources':{'folders':['/a']}}")));
    assertFalse(GrantRules.setsResources(json("{'access':'full','resources':null}")));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '~',
      value = {
        "{'name':'rec block','action':'block','targets':[{'kind':'network','hostPattern':'blocked.example.com','pathPattern':'/admin/*','method':'DELETE'}]}~<ok>",
        "{'name':'rec granola','description':'recorded','action':'allow','rateLimit':100,'rateLimitWindow':'hour','requireApproval':true,'conditions':[{'target':'body','operator':'contains','value':'secret','key':'query'}],'identities':[{'type':'user','id':'u1'}],'targets':[{'kind':'app','provider':'granola','tools':['list_notes'],'connectionScope':'project'}]}~<ok>",
        "{'name':'rec x','action':'block'}~A rule must name at least one target.",
        "{'name':'rec x','action':'block','targets':[]}~A rule must name at least one target.",
        "{'name':' ','action':'block','targets':[{'kind':'network','hostPattern':'a.example.com'}]}~Too small: expected string to have >=1 characters",
        "{'name':'rec x','targets':[{'kind':'network','hostPattern':'a.example.com'}]}~Invalid option: expected one of `allow`|`block`",
        "{'name':'rec x','action':'deny','targets':[{'kind':'network','hostPattern':'a.example.com'}]}~Invalid option: expected one of `allow`|`block`",
        "{'name':'rec x','action':'block','rateLimit':5,'rateLimitWindow':'minute','targets':[{'kind':'network','hostPattern':'a.example.com'}]}~rate-limit and approval modifiers require action = allow",
        "{'name':'rec x','action':'allow','rateLimit':5,'targets':[{'kind':'network','hostPattern':'a.example.com'}]}~rateLimit and rateLimitWindow must be provided together",
        "{'name':'rec x','action':'allow','rateLimit':0,'rateLimitWindow':'day','targets':[{'kind':'network','hostPattern':'a.example.com'}]}~Too small: expected number to be >=1",
        "{'name':'rec x','action':'allow','rateLimit':1.5,'rateLimitWindow':'day','targets':[{'kind':'network','hostPattern':'a.example.com'}]}~Invalid input: expected int, received number",
        "{'name':'rec x','action':'block','identities':[{'type':'agent','id':'a1'}],'targets':[{'kind':'network','hostPattern':'a.example.com'}]}~An organization rule targets users or user-groups, not a specific agent.",
        "{'name':'rec x','action':'block','targets':[{'kind':'secret','secretId':'s1','secretScope':'workspace'}]}~A secret target must name either a specific secret or a level, not both.",
        "{'name':'rec x','action':'block','targets':[{'kind':'secret'}]}~A secret target must name either a specific secret or a level, not both.",
        "{'name':'rec x','action':'block','targets':[{'kind':'host','hostPattern':'a'}]}~Invalid input",
        "{'name':'rec x','action':'block','targets':[{'kind':'network'}]}~Invalid input: expected string, received undefined",
        "{'name':'rec x','action':'block','targets':[{'kind':'network','hostPattern':'a.example.com','method':'HEAD'}]}~Invalid option: expected one of `GET`|`POST`|`PUT`|`PATCH`|`DELETE`",
        "{'name':'rec x','action':'allow','conditions':{'repositories':['octo/repo']},'targets':[{'kind':'network','hostPattern':'a.example.com'}]}~resource scoping (repositories/folders) requires a connection target",
        "{'name':'rec x','action':'block','conditions':{'folders':['/shared']},'targets':[{'kind':'connection','connectionId':'c1'}]}~resource scoping (repositories/folders) applies only to Allow rules",
        "{'name':'rec x','action':'block','conditions':[{'target':'body','operator':'equals','value':'x'}],'targets':[{'kind':'network','hostPattern':'a.example.com'}]}~Invalid input",
        "<none>~Invalid input: expected object, received null",
      })
  void orgRuleCreate(String body, String expected) {
    check(PolicyRuleRules::create, body, expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '~',
      value = {
        "{'name':'rec block example (off)','enabled':false,'description':null}~<ok>",
        "{'rateLimit':null}~<ok>",
        "{}~At least one field must be provided",
        "{'color':'red'}~At least one field must be provided",
        "{'targets':[]}~A rule must name at least one target.",
        "{'identities':[{'type':'agent','id':'a'}]}~An organization rule targets users or user-groups, not a specific agent.",
        "{'action':'deny'}~Invalid option: expected one of `allow`|`block`",
      })
  void orgRuleUpdate(String body, String expected) {
    check(PolicyRuleRules::update, body, expected);
  }

  @Test
  void mergedModifiersReorderDefaultAndStatus() {
    JsonNode none = null;
    assertEquals(
        PolicyRuleRules.MODIFIERS_NEED_ALLOW,
        PolicyRuleRules.modifiers("block", json("100"), json("'hour'"), json("true")).message());
    assertEquals(PolicyRuleRules.RATE_LIMIT_PAIR, PolicyRuleRules.modifiers("allow", none, json("\"hour\""), none).message());
    assertNull(PolicyRuleRules.modifiers("allow", json("1"), json("\"hour\""), json("true")));
    assertFirst("Too small: expected array to have >=1 items", PolicyRuleRules.reorder(json("{'orderedIds':[]}")));
    assertFirst("Invalid input: expected object, received null", PolicyRuleRules.reorder(null));
    assertFirst("Invalid option: expected one of \"allow\"|\"block\"", PolicyRuleRules.defaultRule(json("{'action':'deny'}")));
    assertFirst("Invalid option: expected one of \"draft\"|\"published\"", PolicyRuleRules.status("live"));
    assertFirst("<ok>", PolicyRuleRules.status(null));
    assertEquals(
        PolicyRuleRules.SCOPING_NEEDS_CONNECTION,
        PolicyRuleRules.scopingTarget(json("{'folders':['/a']}"), json("[{'kind':'network'}]")).message());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '~',
      value = {
        "{'name':'rec staging'}~<ok>",
        "{'name':'x'}~Too small: expected string to have >=2 characters",
        "{'name':'---'}~Name must be 2-50 characters with at least one letter or number",
        "{'name':'wwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwww'}~Too big: expected string to have <=50 characters",
        "{}~Invalid input: expected string, received undefined",
        "<none>~Invalid input: expected object, received null",
      })
  void workspaceCreate(String body, String expected) {
    check(WorkspaceRules::create, body, expected);
  }

  @Test
  void workspaceUpdateAndSlugs() {
    assertFirst("At least one field must be provided", WorkspaceRules.update(json("{'slug':'x'}")));
    assertFirst("<ok>", WorkspaceRules.update(json("{'name':'rec staging two'}")));
    assertEquals("rec-staging-two", WorkspaceRules.slug("  Rec Staging two "));
    assertEquals("workspace", WorkspaceRules.slug("***"));
    assertEquals("a-b", WorkspaceRules.slug("-a__b-"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '~',
      value = {
        "{'email':'rec-invitee@example.com','role':'member'}~<ok>",
        "{'email':'REC-Upper@Example.COM','role':'admin'}~<ok>",
        "{'email':'rec-space@example.com ','role':'member'}~Invalid email address",
        "{'email':'nope','role':'member'}~Invalid email address",
        "{'email':'rec-x@example.com','role':'owner'}~Invalid option: expected one of `admin`|`member`",
        "{'email':'rec-x@example.com','role':'member','note':'hi'}~Unrecognized key: `note`",
        "{'email':'rec-x@example.com','role':'member','a':1,'b':2}~Unrecognized keys: `a`, `b`",
      })
  void invitationCreate(String body, String expected) {
    check(InvitationRules::create, body, expected);
  }
}
