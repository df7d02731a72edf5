package dev.onecli4j.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onecli4j.OneCli;
import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.generated.onecli.model.AgentEffort;
import dev.onecli4j.generated.onecli.model.AgentKind;
import dev.onecli4j.generated.onecli.model.AgentsInclude;
import dev.onecli4j.generated.onecli.model.MemberRole;
import dev.onecli4j.generated.onecli.model.OrgPolicyAction;
import dev.onecli4j.generated.onecli.model.OrgPolicyIdentity;
import dev.onecli4j.generated.onecli.model.OrgPolicyStatus;
import dev.onecli4j.generated.onecli.model.OrgPolicyTarget;
import dev.onecli4j.generated.onecli.model.RateLimitWindow;
import dev.onecli4j.generated.onecli.model.ResourceSelection;
import dev.onecli4j.generated.onecli.model.RuleCondition;
import dev.onecli4j.internal.http.Json;
import dev.onecli4j.param.AgentCreateParams;
import dev.onecli4j.param.AgentUpdateParams;
import dev.onecli4j.param.AppConnectParams;
import dev.onecli4j.param.ConnectionGrantParams;
import dev.onecli4j.param.EffectivePermissionsParams;
import dev.onecli4j.param.OrgPolicyRuleCreateParams;
import dev.onecli4j.param.OrgPolicyRuleUpdateParams;
import dev.onecli4j.param.SecretUpdateParams;
import dev.onecli4j.testing.ServerFixtures;
import dev.onecli4j.testing.ServerFixtures.Fixture;
import dev.onecli4j.testing.TestServer;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Stream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every successful answer the real server 2.0.1 gave to the operations of issue 14 (the
 * recordings of sdk-testing), replayed through the facade, sync and async: the SDK sends exactly
 * the recorded request (method, path, query, JSON body; no body for a secret grant), its local
 * checks let it through, and the recorded answer parses into the operation's model without
 * losing a field (written back, it is the recorded JSON).
 */
class RecordedAnswersTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** Recordings of requests the recorder made on purpose that a client would not send. */
  private static final Set<String> PROBES =
      Set.of("createAgent.explicitByoAndParent", "listAgents.includeTwice", "publishOrgPolicy.withBody");
  /** Each operation: how the facade is called with a recording's ids, query and body. */
  private static final Map<String, Function<Fixture, Call>> CALLS = new TreeMap<>();

  static {
    op("listAgents", f -> f.query("include") == null
        ? call("agents", "list") : call("agents", "list", AgentsInclude.of(f.query("include"))));
    op("createAgent", f -> call("agents", "create", agentCreate(f.requestBody())));
    op("getAgent", f -> call("agents", "get", f.segment(1)));
    op("renameAgent", f -> call("agents", "update", f.segment(1), agentUpdate(f.requestBody())));
    op("listAgentGrants", f -> call("agents", "listGrants", f.segment(1)));
    op("grantAgentSecret", f -> call("agents", "grantSecret", f.segment(1), f.segment(4)));
    op("revokeAgentSecret", f -> call("agents", "revokeSecret", f.segment(1), f.segment(4)));
    op("grantAgentConnection", f -> call("agents", "grantConnection", f.segment(1), f.segment(4), grant(f.requestBody())));
    op("revokeAgentConnection", f -> call("agents", "revokeConnection", f.segment(1), f.segment(4)));
    op("getAgentEffectiveCredentials", f -> call("agents", "getEffectiveCredentials", f.segment(1)));
    op("deleteAgent", f -> call("agents", "delete", f.segment(1)));
    op("listConnectionGrants", f -> call("connections", "listGrants", f.segment(1)));
    op("grantConnectionAgent", f -> call("connections", "grantAgent", f.segment(1), f.segment(4), grant(f.requestBody())));
    op("revokeConnectionAgent", f -> call("connections", "revokeAgent", f.segment(1), f.segment(4)));
    op("getConnectionEffectiveAgents", f -> call("connections", "getEffectiveAgents", f.segment(1)));
    op("getEffectiveAppPermissions", f -> call("apps", "getEffectivePermissions",
        EffectivePermissionsParams.builder()
            .provider(f.query("provider"))
            .agentId(f.query("agentId"))
            .connectionId(f.query("connectionId"))
            .build()));
    op("listAvailableApps", f -> call("apps", "listAvailable"));
    op("connectApp", f -> call("apps", "connect", f.segment(1), appConnect(f.requestBody())));
    op("addBlocklistEntry", f -> call("apps", "addBlocklistEntry", f.segment(1), f.requestBody().path("hostId").asText()));
    op("updateSecret", f -> call("secrets", "update", f.segment(1),
        SecretUpdateParams.builder().value(f.requestBody().path("value").asText()).build()));
    op("listWorkspaces", f -> call("workspaces", "list"));
    op("getWorkspace", f -> call("workspaces", "get", f.segment(1)));
    op("createWorkspace", f -> call("workspaces", "create", f.requestBody().path("name").asText()));
    op("updateWorkspace", f -> call("workspaces", "rename", f.segment(1), f.requestBody().path("name").asText()));
    op("deleteWorkspace", f -> call("workspaces", "delete", f.segment(1)));
    op("getGatewayUrl", f -> call("agentSetup", "getGatewayUrl"));
    op("getInstance", f -> call("utility", "instance"));
    op("listOrgPolicyRules", f -> f.query("status") == null
        ? call("org.policy", "listRules") : call("org.policy", "listRules", OrgPolicyStatus.of(f.query("status"))));
    op("createOrgPolicyRule", f -> call("org.policy", "createRule", ruleCreate(f.requestBody())));
    op("reorderOrgPolicyRules", f -> call("org.policy", "reorderRules", strings(f.requestBody().path("orderedIds"))));
    op("getOrgPolicyRule", f -> call("org.policy", "getRule", f.segment(3)));
    op("updateOrgPolicyRule", f -> call("org.policy", "updateRule", f.segment(3), ruleUpdate(f.requestBody())));
    op("deleteOrgPolicyRule", f -> call("org.policy", "deleteRule", f.segment(3)));
    op("getOrgPolicyDefault", f -> f.query("status") == null
        ? call("org.policy", "getDefault") : call("org.policy", "getDefault", OrgPolicyStatus.of(f.query("status"))));
    op("updateOrgPolicyDefault", f -> call("org.policy", "setDefault", OrgPolicyAction.of(f.requestBody().path("action").asText())));
    op("publishOrgPolicy", f -> call("org.policy", "publish"));
    op("getOrgPolicyLastPublish", f -> call("org.policy", "getLastPublish"));
    op("getOrgEffectiveAppPermissions", f -> call("org.policy", "getEffectiveAppPermissions", f.query("provider")));
    op("listOrgInvitations", f -> call("org.invitations", "list"));
    op("createOrgInvitation", f -> call("org.invitations", "create",
        f.requestBody().path("email").asText(), MemberRole.of(f.requestBody().path("role").asText())));
    op("deleteOrgInvitation", f -> call("org.invitations", "delete", f.segment(2)));
  }

  @TestFactory
  Stream<DynamicTest> everyRecordedSuccessReplaysThroughTheFacade() {
    List<Fixture> cases = successes();
    assertTrue(cases.size() > 120, "recorded successes found: " + cases.size());
    Set<String> covered = new java.util.TreeSet<>();
    cases.forEach(f -> covered.add(f.operation()));
    assertEquals(CALLS.keySet(), covered, "every operation of the table has a recorded success");
    return cases.stream().map(f -> DynamicTest.dynamicTest(f.name(), () -> replay(f)));
  }

  /** Negative control: a call that sends another body than the recording is caught. */
  @Test
  void aDifferentBodyIsCaught() {
    Fixture f = ServerFixtures.load("grantAgentConnection.custom");
    try (TestServer server = new TestServer(); OneCli client = server.oneCli()) {
      server.enqueue(f.response());
      client.agents().grantConnection(f.segment(1), f.segment(4), ConnectionGrantParams.full());
      JsonNode sent = readJson(TestServer.body(server.take()));
      assertTrue(!sent.equals(f.requestBody()), "full access is not the recorded custom grant");
    }
  }

  /** How the facade is called for the recording {@code f} of one of the table's operations. */
  static Call callFor(Fixture f) {
    return CALLS.get(f.operation()).apply(f);
  }

  private static List<Fixture> successes() {
    List<Fixture> out = new ArrayList<>();
    for (Fixture f : ServerFixtures.all()) {
      if (CALLS.containsKey(f.operation()) && f.status() < 300 && !f.bodyKind().equals("raw")) {
        out.add(f);
      }
    }
    return out;
  }

  private static void replay(Fixture f) throws Exception {
    Call call = CALLS.get(f.operation()).apply(f);
    for (boolean async : new boolean[] {false, true}) {
      try (TestServer server = new TestServer(); OneCli client = server.oneCli()) {
        server.enqueue(f.response());
        Object answer = call.invoke(client, async);
        RecordedRequest sent = server.take();
        assertEquals(f.method(), sent.getMethod(), f.name());
        if (!PROBES.contains(f.name())) {
          assertEquals(f.target(), sent.getTarget(), f.name());
          assertBody(f, sent);
        }
        assertAnswer(f, answer);
      }
    }
  }

  private static void assertBody(Fixture f, RecordedRequest sent) {
    String body = TestServer.body(sent);
    if (f.operation().equals("grantAgentSecret") || f.requestBody().isNull()) {
      assertEquals("", body, f.name() + ": no body");
      assertNull(sent.getHeaders().get("Content-Type"), f.name() + ": no content type");
    } else {
      assertEquals(f.requestBody(), readJson(body), f.name());
    }
  }

  private static void assertAnswer(Fixture f, Object answer) {
    JsonNode recorded = f.responseBody();
    if (recorded.isNull() || recorded.isMissingNode()) {
      assertNull(answer, f.name());
      return;
    }
    assertEquals(instants(recorded), instants(Json.mapper().valueToTree(answer)), f.name() + ": the answer written back");
  }

  /** {@code json} with every timestamp in one form ({@code .430Z} and {@code .43Z} are one instant). */
  private static JsonNode instants(JsonNode json) {
    if (json.isTextual() && json.asText().matches("\\d{4}-\\d\\d-\\d\\dT.*Z")) {
      return com.fasterxml.jackson.databind.node.TextNode.valueOf(java.time.Instant.parse(json.asText()).toString());
    }
    if (json.isContainerNode()) {
      JsonNode copy = json.deepCopy();
      if (copy.isObject()) {
        json.fields().forEachRemaining(e -> ((com.fasterxml.jackson.databind.node.ObjectNode) copy).set(e.getKey(), instants(e.getValue())));
      } else {
        for (int i = 0; i < json.size(); i++) {
          ((com.fasterxml.jackson.databind.node.ArrayNode) copy).set(i, instants(json.get(i)));
        }
      }
      return copy;
    }
    return json;
  }

  private static JsonNode readJson(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + text, e);
    }
  }

  // ------------------------------------------------------------------ bodies to params

  private static AgentCreateParams agentCreate(JsonNode b) {
    AgentCreateParams.Builder p = AgentCreateParams.builder().name(b.path("name").asText()).identifier(b.path("identifier").asText());
    if (b.has("kind")) {
      p.kind(AgentKind.of(b.path("kind").asText()));
    }
    if (b.has("parentIdentifier")) {
      p.parentIdentifier(b.path("parentIdentifier").asText());
    }
    if (b.has("harness")) {
      p.harness(b.path("harness").asText());
    }
    if (b.has("instructions")) {
      p.instructions(b.path("instructions").asText());
    }
    return p.build();
  }

  private static AgentUpdateParams agentUpdate(JsonNode b) {
    AgentUpdateParams.Builder p = AgentUpdateParams.builder();
    if (b.has("name")) {
      p.name(b.path("name").asText());
    }
    if (b.has("instructions")) {
      p.instructions(b.path("instructions").isNull() ? null : b.path("instructions").asText());
    }
    if (b.has("model")) {
      p.model(b.path("model").isNull() ? null : b.path("model").asText());
    }
    if (b.has("effort")) {
      p.effort(b.path("effort").isNull() ? null : AgentEffort.of(b.path("effort").asText()));
    }
    return p.build();
  }

  private static ConnectionGrantParams grant(JsonNode b) {
    ConnectionGrantParams p = "custom".equals(b.path("access").asText())
        ? ConnectionGrantParams.custom(strings(b.path("allow")), strings(b.path("ask")))
        : ConnectionGrantParams.full();
    if (b.has("resources")) {
      p = b.path("resources").isNull() ? p.withoutResources() : p.withResources(convert(b.path("resources"), ResourceSelection.class));
    }
    return p;
  }

  private static AppConnectParams appConnect(JsonNode b) {
    AppConnectParams.Builder p = AppConnectParams.builder();
    Iterator<Map.Entry<String, JsonNode>> fields = b.path("fields").fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> e = fields.next();
      p.field(e.getKey(), e.getValue().asText());
    }
    if (b.has("label")) {
      p.label(b.path("label").asText());
    }
    return p.build();
  }

  private static OrgPolicyRuleCreateParams ruleCreate(JsonNode b) {
    OrgPolicyRuleCreateParams.Builder p =
        OrgPolicyRuleCreateParams.builder()
            .name(b.path("name").asText())
            .action(OrgPolicyAction.of(b.path("action").asText()))
            .targets(convert(b.path("targets"), new TypeReference<List<OrgPolicyTarget>>() {}));
    if (b.has("description")) {
      p.description(b.path("description").asText());
    }
    if (b.has("enabled")) {
      p.enabled(b.path("enabled").asBoolean());
    }
    if (b.has("rateLimit")) {
      p.rateLimit(b.path("rateLimit").asInt());
    }
    if (b.has("rateLimitWindow")) {
      p.rateLimitWindow(RateLimitWindow.of(b.path("rateLimitWindow").asText()));
    }
    if (b.has("requireApproval")) {
      p.requireApproval(b.path("requireApproval").asBoolean());
    }
    if (b.has("conditions")) {
      p.conditions(b.path("conditions"));
    }
    if (b.has("identities")) {
      p.identities(convert(b.path("identities"), new TypeReference<List<OrgPolicyIdentity>>() {}));
    }
    return p.build();
  }

  private static OrgPolicyRuleUpdateParams ruleUpdate(JsonNode b) {
    OrgPolicyRuleUpdateParams.Builder p = OrgPolicyRuleUpdateParams.builder();
    Iterator<Map.Entry<String, JsonNode>> fields = b.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> e = fields.next();
      JsonNode v = e.getValue();
      switch (e.getKey()) {
        case "name":
          p.name(v.asText());
          break;
        case "description":
          p.description(v.isNull() ? null : v.asText());
          break;
        case "enabled":
          p.enabled(v.asBoolean());
          break;
        case "action":
          p.action(OrgPolicyAction.of(v.asText()));
          break;
        case "targets":
          p.targets(convert(v, new TypeReference<List<OrgPolicyTarget>>() {}));
          break;
        case "conditions":
          if (v.isNull()) {
            p.clearConditions();
          } else if (v.isArray()) {
            p.conditions(convert(v, new TypeReference<List<RuleCondition>>() {}));
          } else {
            p.resources(convert(v, ResourceSelection.class));
          }
          break;
        default:
          throw new AssertionError("not mapped: " + e.getKey());
      }
    }
    return p.build();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static <T> T convert(JsonNode json, Class<T> type) {
    return Json.mapper().convertValue(json, type);
  }

  private static <T> T convert(JsonNode json, TypeReference<T> type) {
    return Json.mapper().convertValue(json, type);
  }

  // ------------------------------------------------------------------ calling sync or async

  private static void op(String operationId, Function<Fixture, Call> call) {
    CALLS.put(operationId, call);
  }

  private static Call call(String service, String method, Object... args) {
    return new Call(service, method, args);
  }

  /** A facade method by its accessor path ({@code org.policy}) and name, with its arguments. */
  static final class Call {
    private final String service;
    private final String method;
    private final Object[] args;

    Call(String service, String method, Object[] args) {
      this.service = service;
      this.method = method;
      this.args = args;
    }

    Object invoke(OneCli client, boolean async) throws Exception {
      Object target = async ? client.async() : client;
      for (String accessor : service.split("\\.")) {
        target = target.getClass().getMethod(accessor).invoke(target);
      }
      Object[] withOptions = java.util.Arrays.copyOf(args, args.length + 1);
      withOptions[args.length] = RequestOptions.none();
      for (Method m : target.getClass().getMethods()) {
        if (m.getName().equals(method) && !m.isBridge() && accepts(m.getParameterTypes(), withOptions)) {
          Object result = m.invoke(target, withOptions);
          return async ? ((CompletableFuture<?>) result).join() : result;
        }
      }
      throw new AssertionError("no " + service + "()." + method + " for " + java.util.Arrays.toString(args));
    }

    private static boolean accepts(Class<?>[] types, Object[] args) {
      if (types.length != args.length) {
        return false;
      }
      for (int i = 0; i < types.length; i++) {
        if (args[i] != null && !types[i].isInstance(args[i])) {
          return false;
        }
      }
      return true;
    }
  }
}
