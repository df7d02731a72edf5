package dev.onecli4j.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onecli4j.testing.Router.Access;
import dev.onecli4j.validation.GrantRules;
import dev.onecli4j.validation.Problem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Grants, from both sides: what an agent may inject ({@code /agents/{id}/grants...}) and who
 * may use a connection ({@code /connections/{id}/grants...}). Writes are idempotent, revokes
 * answer 204 even when nothing was granted, the secret grant never reads its body, and a
 * connection grant's body is checked before anything is looked up.
 */
final class GrantsEndpoint {
  static final String AGENT_NOT_FOUND = "Agent not found.";
  static final String SECRET_NOT_FOUND = "Secret not found.";
  static final String CONNECTION_NOT_FOUND = "Connection not found.";

  private final OneCliState state;

  GrantsEndpoint(OneCliState state) {
    this.state = state;
  }

  void register(Router router) {
    router.add("GET", "/agents/{agentId}/grants", Access.WORKSPACE,
        (ex, p) -> Reply.json(200, agentGrants(ex.caller().workspace, agent(ex, p.get("agentId")))));
    router.add("PUT", "/agents/{agentId}/grants/secrets/{secretId}", Access.WORKSPACE,
        (ex, p) -> grantSecret(ex, p.get("agentId"), p.get("secretId")));
    router.add("DELETE", "/agents/{agentId}/grants/secrets/{secretId}", Access.WORKSPACE,
        (ex, p) -> revoke(ex, p.get("agentId"), GrantStore.SECRET, p.get("secretId")));
    router.add("PUT", "/agents/{agentId}/grants/connections/{connectionId}", Access.WORKSPACE,
        (ex, p) -> grantConnection(ex, p.get("agentId"), p.get("connectionId")));
    router.add("DELETE", "/agents/{agentId}/grants/connections/{connectionId}", Access.WORKSPACE,
        (ex, p) -> revoke(ex, p.get("agentId"), GrantStore.CONNECTION, p.get("connectionId")));
    router.add("GET", "/connections/{connectionId}/grants", Access.WORKSPACE,
        (ex, p) -> connectionGrants(ex, p.get("connectionId")));
    router.add("PUT", "/connections/{connectionId}/grants/agents/{agentId}", Access.WORKSPACE,
        (ex, p) -> grantConnection(ex, p.get("agentId"), p.get("connectionId")));
    router.add("DELETE", "/connections/{connectionId}/grants/agents/{agentId}", Access.WORKSPACE,
        (ex, p) -> revoke(ex, p.get("agentId"), GrantStore.CONNECTION, p.get("connectionId")));
  }

  /** The agent of the caller's workspace, or 404 with the grants' message (with a period). */
  static StoredAgent agent(Exchange ex, String id) {
    StoredAgent a = ex.caller().workspace.agents.get(id);
    if (a == null) {
      throw OneCliErrors.notFound(AGENT_NOT_FOUND);
    }
    return a;
  }

  /** A connection the caller's workspace may use, or 404 with the grants' message. */
  static StoredConnection connection(Exchange ex, String id) {
    StoredConnection c = ex.caller().workspace.poolConnection(id);
    if (c == null) {
      throw OneCliErrors.notFound(CONNECTION_NOT_FOUND);
    }
    return c;
  }

  /** The {@code AgentGrants} answer. */
  static ObjectNode agentGrants(EmulatedWorkspace w, StoredAgent agent) {
    ObjectNode o = EmulatorJson.object().put("agentId", agent.id).put("mode", "grants");
    ArrayNode connections = o.putArray("connections");
    ArrayNode secrets = o.putArray("secrets");
    for (GrantStore.Stack s : w.grants.ofAgent(agent.id)) {
      if (GrantStore.CONNECTION.equals(s.kind)) {
        StoredConnection c = w.poolConnection(s.targetId);
        if (c != null) {
          ObjectNode e = connections.addObject().put("connectionId", c.id).put("provider", c.provider).put("label", c.label);
          e.put("scope", c.scope).put("access", s.access);
          e.set("allow", strings(s.allow));
          e.set("ask", strings(s.ask));
          e.set("resources", s.resources == null ? e.nullNode() : s.resources.deepCopy());
        }
      } else {
        StoredSecret sec = w.poolSecret(s.targetId);
        if (sec != null) {
          secrets.addObject().put("secretId", sec.id).put("name", sec.name).put("type", sec.type).put("scope", sec.scope);
        }
      }
    }
    return o;
  }

  private Reply grantSecret(Exchange ex, String agentId, String secretId) {
    StoredAgent a = agent(ex, agentId);
    EmulatedWorkspace w = ex.caller().workspace;
    StoredSecret s = w.poolSecret(secretId);
    if (s == null) {
      throw OneCliErrors.notFound(SECRET_NOT_FOUND);
    }
    w.grants.putSecret(a, s, state.now());
    return Reply.json(200, agentGrants(w, a));
  }

  private Reply grantConnection(Exchange ex, String agentId, String connectionId) {
    JsonNode body = ex.json();
    List<Problem> problems = GrantRules.connectionGrant(body);
    if (!problems.isEmpty()) {
      throw OneCliErrors.unprocessable(problems.get(0).message());
    }
    StoredAgent a = agent(ex, agentId);
    StoredConnection c = connection(ex, connectionId);
    String access = body.get("access").asText();
    List<String> allow = texts(body.get("allow"));
    List<String> ask = texts(body.get("ask"));
    AppCatalog.App app = AppCatalog.get(c.provider);
    List<String> catalog = app == null ? null : app.toolIds();
    if ("custom".equals(access)) {
      List<String> tools = new ArrayList<>(allow);
      tools.addAll(ask);
      Problem unknown = GrantRules.toolIds(c.provider, catalog, tools);
      if (unknown != null) {
        throw OneCliErrors.unprocessable(unknown.message());
      }
    }
    if (GrantRules.setsResources(body)) {
      throw OneCliErrors.forbidden(GrantRules.RESOURCES_NEED_LICENCE);
    }
    EmulatedWorkspace w = ex.caller().workspace;
    GrantStore.Stack existing = w.grants.find(a.id, GrantStore.CONNECTION, c.id);
    JsonNode resources = body.has("resources") || existing == null ? null : existing.resources;
    w.grants.putConnection(a, c, access, allow, ask, resources, catalog == null ? Collections.emptyList() : catalog, state.now());
    return Reply.json(200, agentGrants(w, a));
  }

  private Reply revoke(Exchange ex, String agentId, String kind, String targetId) {
    StoredAgent a = agent(ex, agentId);
    ex.caller().workspace.grants.remove(a.id, kind, targetId);
    return Reply.empty(204);
  }

  private Reply connectionGrants(Exchange ex, String connectionId) {
    StoredConnection c = connection(ex, connectionId);
    ObjectNode o = EmulatorJson.object().put("connectionId", c.id);
    ArrayNode agents = o.putArray("agents");
    for (GrantStore.Stack s : ex.caller().workspace.grants.ofConnection(c.id)) {
      ObjectNode e = agents.addObject().put("agentId", s.agentId).put("access", s.access);
      e.set("allow", strings(s.allow));
      e.set("ask", strings(s.ask));
    }
    return Reply.json(200, o);
  }

  private static ArrayNode strings(List<String> values) {
    ArrayNode a = EmulatorJson.array();
    values.forEach(a::add);
    return a;
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array != null) {
      array.forEach(n -> out.add(n.asText()));
    }
    return out;
  }
}
