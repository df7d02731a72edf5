package dev.onecli4j.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onecli4j.generated.onecli.model.Agent;
import dev.onecli4j.generated.onecli.model.AgentCreated;
import dev.onecli4j.generated.onecli.model.AgentTokenResponse;
import dev.onecli4j.generated.onecli.model.SuccessResponse;
import dev.onecli4j.testing.Zod.Presence;
import dev.onecli4j.validation.AgentRules;
import dev.onecli4j.validation.JsText;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /agents}: list, create, default agent, rename, delete, set-default, token
 * regeneration, secret mode and the secrets assignment.
 */
final class AgentsEndpoint {
  static final String NOT_FOUND = "Agent not found";

  private final OneCliState state;

  AgentsEndpoint(OneCliState state) {
    this.state = state;
  }

  void register(Router router) {
    router.add("GET", "/agents", (ex, p) -> list());
    router.add("POST", "/agents", (ex, p) -> create(ex));
    router.add("GET", "/agents/default", (ex, p) -> defaultAgent());
    router.add("PATCH", "/agents/{agentId}", (ex, p) -> rename(ex, p.get("agentId")));
    router.add("DELETE", "/agents/{agentId}", (ex, p) -> delete(p.get("agentId")));
    router.add("POST", "/agents/{agentId}/set-default", (ex, p) -> setDefault(p.get("agentId")));
    router.add("POST", "/agents/{agentId}/regenerate-token", (ex, p) -> regenerateToken(p.get("agentId")));
    router.add("PATCH", "/agents/{agentId}/secret-mode", (ex, p) -> secretMode(ex, p.get("agentId")));
    router.add("GET", "/agents/{agentId}/secrets", (ex, p) -> secrets(p.get("agentId")));
    router.add("PUT", "/agents/{agentId}/secrets", (ex, p) -> assignSecrets(ex, p.get("agentId")));
  }

  private Reply list() {
    List<Agent> out = new ArrayList<>();
    for (StoredAgent a : state.agents.listed()) {
      out.add(a.toAgent());
    }
    return Reply.json(200, out);
  }

  private Reply create(Exchange ex) {
    JsonNode body = ex.jsonOrNull();
    OneCliErrors.throwFirst(AgentRules.create(body));
    String name = JsText.trim(body.get("name").textValue());
    String identifier = body.get("identifier").textValue();
    String parent = body.hasNonNull("parentIdentifier") ? body.get("parentIdentifier").textValue() : null;
    if (state.agents.byIdentifier(identifier) != null) {
      throw OneCliErrors.conflict("An agent with this identifier already exists");
    }
    StoredAgent a = new StoredAgent(Ids.uuid(), identifier, state.now());
    a.name = name;
    a.accessToken = Ids.agentToken();
    a.secretMode = "selective";
    StoredAgent from = parent == null ? null : state.agents.byIdentifier(parent);
    if (from != null) {
      a.secretMode = from.secretMode;
      a.secretIds.addAll(from.secretIds);
    } else {
      for (StoredSecret s : state.secrets.newestFirst()) {
        if (LlmValues.isLlm(s.type)) {
          a.secretIds.add(s.id);
        }
      }
    }
    state.agents.add(a);
    return Reply.json(
        201, AgentCreated.builder().id(a.id).name(a.name).identifier(a.identifier).createdAt(a.createdAt).build());
  }

  private Reply defaultAgent() {
    StoredAgent a = state.agents.defaultAgent();
    if (a == null) {
      throw OneCliErrors.notFound("No default agent found");
    }
    return Reply.json(200, a.toAgent());
  }

  private Reply rename(Exchange ex, String id) {
    JsonNode body = ex.jsonOrNull();
    OneCliErrors.throwFirst(AgentRules.update(body));
    StoredAgent a = find(id);
    if (body.hasNonNull("name")) {
      a.name = JsText.trim(body.get("name").textValue());
    }
    return success();
  }

  private Reply delete(String id) {
    StoredAgent a = find(id);
    if (a.isDefault) {
      throw OneCliErrors.badRequest("Cannot delete the default agent");
    }
    state.agents.remove(a.id);
    return Reply.empty(204);
  }

  private Reply setDefault(String id) {
    StoredAgent a = find(id);
    if (a.isDefault) {
      throw OneCliErrors.badRequest("Agent is already the default");
    }
    for (StoredAgent other : state.agents.all()) {
      other.isDefault = false;
    }
    a.isDefault = true;
    return success();
  }

  private Reply regenerateToken(String id) {
    StoredAgent a = find(id);
    a.accessToken = Ids.agentToken();
    return Reply.json(200, AgentTokenResponse.builder().accessToken(a.accessToken).build());
  }

  private Reply secretMode(Exchange ex, String id) {
    ObjectNode o = Zod.object(ex.json());
    String mode = Zod.oneOf(o, "mode", Presence.REQUIRED, "all", "selective");
    find(id).secretMode = mode;
    return success();
  }

  private Reply secrets(String id) {
    return Reply.json(200, find(id).assignedSecretIds());
  }

  /** Replaces the assignment; ids of secrets the workspace does not have are left out. */
  private Reply assignSecrets(Exchange ex, String id) {
    ObjectNode o = Zod.object(ex.json());
    List<JsonNode> items = Zod.array(o, "secretIds", Presence.REQUIRED, Integer.MAX_VALUE);
    List<String> ids = new ArrayList<>();
    for (JsonNode item : items) {
      if (!item.isTextual()) {
        throw OneCliErrors.flat(Zod.invalidType("string", item));
      }
      ids.add(item.textValue());
    }
    StoredAgent a = find(id);
    a.secretIds.clear();
    for (String secretId : ids) {
      if (state.secrets.contains(secretId)) {
        a.secretIds.add(secretId);
      }
    }
    return success();
  }

  private StoredAgent find(String id) {
    StoredAgent a = state.agents.get(id);
    if (a == null) {
      throw OneCliErrors.notFound(NOT_FOUND);
    }
    return a;
  }

  private static Reply success() {
    return Reply.json(200, SuccessResponse.builder().success(true).build());
  }
}
