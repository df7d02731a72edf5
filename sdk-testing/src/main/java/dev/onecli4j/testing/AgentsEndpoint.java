package dev.onecli4j.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onecli4j.generated.onecli.model.AgentTokenResponse;
import dev.onecli4j.generated.onecli.model.SuccessResponse;
import dev.onecli4j.testing.Router.Access;
import dev.onecli4j.validation.AgentRules;
import dev.onecli4j.validation.JsText;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /agents} of server 2.0.1: list (optionally with each agent's injection summary),
 * create (granting every LLM key of the workspace and organization), get one, update name and
 * the hosted-only fields, delete, and token regeneration. There is no default agent.
 */
final class AgentsEndpoint {
  static final String NOT_FOUND = "Agent not found";
  static final String NO_RUNNER = "No runner is available to host this agent. Start a runner and try again.";

  private final OneCliState state;

  AgentsEndpoint(OneCliState state) {
    this.state = state;
  }

  void register(Router router) {
    router.add("GET", "/agents", Access.WORKSPACE, (ex, p) -> list(ex));
    router.add("POST", "/agents", Access.WORKSPACE, (ex, p) -> create(ex));
    router.add("GET", "/agents/{agentId}", Access.WORKSPACE, (ex, p) -> Reply.json(200, find(ex, p.get("agentId")).toDetail()));
    router.add("PATCH", "/agents/{agentId}", Access.WORKSPACE, (ex, p) -> update(ex, p.get("agentId")));
    router.add("DELETE", "/agents/{agentId}", Access.WORKSPACE, (ex, p) -> delete(ex, p.get("agentId")));
    router.add("POST", "/agents/{agentId}/regenerate-token", Access.WORKSPACE, (ex, p) -> regenerateToken(ex, p.get("agentId")));
  }

  /** The agent of the caller's workspace, or 404 with the agent routes' message (no period). */
  static StoredAgent find(Exchange ex, String id) {
    StoredAgent a = ex.caller().workspace.agents.get(id);
    if (a == null) {
      throw OneCliErrors.notFound(NOT_FOUND);
    }
    return a;
  }

  private Reply list(Exchange ex) {
    EmulatedWorkspace w = ex.caller().workspace;
    String include = ex.query("include");
    if (include != null && !include.equals("grants-summary")) {
      throw OneCliErrors.unprocessable("Unknown include: " + include);
    }
    PolicyView view = include == null ? null : PolicyView.of(w);
    ArrayNode out = EmulatorJson.array();
    for (StoredAgent a : w.agents.newestFirst()) {
      ObjectNode item = a.toListItem();
      if (view != null) {
        item.set("grantsSummary", Reflections.grantsSummary(view, a));
      }
      out.add(item);
    }
    return Reply.json(200, out);
  }

  private Reply create(Exchange ex) {
    JsonNode body = ex.json();
    OneCliErrors.flatFirst(AgentRules.create(body));
    EmulatedWorkspace w = ex.caller().workspace;
    String identifier = body.get("identifier").asText();
    if (w.agents.byIdentifier(identifier) != null) {
      throw OneCliErrors.conflict("An agent with this identifier already exists");
    }
    boolean hosted = "hosted".equals(body.path("kind").asText("byo"));
    if (hosted) {
      throw OneCliErrors.unprocessable(NO_RUNNER);
    }
    StoredAgent a = new StoredAgent(Ids.uuid(), identifier, "byo", null, state.now());
    a.name = JsText.trim(body.get("name").asText());
    a.accessToken = Ids.agentToken();
    w.agents.add(a);
    List<String> llmKeys = new ArrayList<>();
    for (StoredSecret s : llmPool(w)) {
      w.grants.putSecret(a, s, state.now());
      llmKeys.add(s.id);
    }
    return Reply.json(201, a.toCreated(llmKeys));
  }

  /** The LLM keys an agent may be given: the workspace's and the organization's, oldest first. */
  private static List<StoredSecret> llmPool(EmulatedWorkspace w) {
    List<StoredSecret> pool = new ArrayList<>();
    for (StoredSecret s : w.secrets.oldestFirst()) {
      if (LlmValues.isLlm(s.type)) {
        pool.add(s);
      }
    }
    for (StoredSecret s : w.org.secrets.oldestFirst()) {
      if (LlmValues.isLlm(s.type)) {
        pool.add(s);
      }
    }
    pool.sort((x, y) -> x.createdAt.compareTo(y.createdAt));
    return pool;
  }

  private Reply update(Exchange ex, String id) {
    JsonNode body = ex.json();
    OneCliErrors.flatFirst(AgentRules.update(body));
    StoredAgent a = find(ex, id);
    if (AgentRules.setsHostedOnlyFields(body) && !"hosted".equals(a.kind)) {
      throw OneCliErrors.badRequest(AgentRules.HOSTED_ONLY_UPDATE);
    }
    if (body.hasNonNull("name")) {
      a.name = JsText.trim(body.get("name").asText());
    }
    return Reply.json(200, SuccessResponse.builder().success(true).build());
  }

  private Reply delete(Exchange ex, String id) {
    StoredAgent a = find(ex, id);
    EmulatedWorkspace w = ex.caller().workspace;
    w.agents.remove(a.id);
    w.grants.removeAgent(a.id);
    return Reply.empty(204);
  }

  private Reply regenerateToken(Exchange ex, String id) {
    StoredAgent a = find(ex, id);
    a.accessToken = Ids.agentToken();
    return Reply.json(200, AgentTokenResponse.builder().accessToken(a.accessToken).build());
  }
}
