package dev.onecli4j.testing;

import dev.onecli4j.generated.onecli.model.PolicyRule;
import dev.onecli4j.generated.onecli.model.SuccessResponse;
import java.util.ArrayList;
import java.util.List;

/** {@code /rules}: list, get one, create, update, delete custom policy rules of the workspace. */
final class RulesEndpoint {
  static final String NOT_FOUND = "Rule not found";

  private final OneCliState state;

  RulesEndpoint(OneCliState state) {
    this.state = state;
  }

  void register(Router router) {
    router.add("GET", "/rules", (ex, p) -> list());
    router.add("POST", "/rules", (ex, p) -> create(ex));
    router.add("GET", "/rules/{ruleId}", (ex, p) -> Reply.json(200, find(p.get("ruleId")).toRule()));
    router.add("PATCH", "/rules/{ruleId}", (ex, p) -> update(ex, p.get("ruleId")));
    router.add("DELETE", "/rules/{ruleId}", (ex, p) -> delete(p.get("ruleId")));
  }

  private Reply list() {
    List<PolicyRule> out = new ArrayList<>();
    for (StoredRule r : state.rules.newestFirst()) {
      out.add(r.toRule());
    }
    return Reply.json(200, out);
  }

  private Reply create(Exchange ex) {
    RuleInput in = RuleValidator.create(ex.json());
    checkAgent(in.agentId);
    StoredRule r = new StoredRule(Ids.uuid(), state.now());
    r.name = in.name;
    r.hostPattern = in.hostPattern;
    r.pathPattern = in.pathPattern;
    r.method = in.method;
    r.action = in.action;
    r.enabled = in.enabled;
    r.agentId = in.agentId;
    r.rateLimit = in.rateLimit;
    r.rateLimitWindow = in.rateLimitWindow;
    if (in.conditions != null) {
      r.conditions = in.conditions;
    }
    state.rules.add(r);
    return Reply.json(201, r.toRule());
  }

  private Reply update(Exchange ex, String id) {
    RuleInput in = RuleValidator.update(ex.json());
    StoredRule r = find(id);
    if (in.sent.contains("agentId")) {
      checkAgent(in.agentId);
    }
    String action = in.sent.contains("action") ? in.action : r.action;
    Integer limit = in.sent.contains("rateLimit") ? in.rateLimit : r.rateLimit;
    String window = in.sent.contains("rateLimitWindow") ? in.rateLimitWindow : r.rateLimitWindow;
    if ("rate_limit".equals(action) && (limit == null || window == null)) {
      throw OneCliErrors.badRequest(RuleValidator.RATE_LIMIT_FIELDS);
    }
    if (in.sent.contains("name")) {
      r.name = in.name;
    }
    if (in.sent.contains("hostPattern")) {
      r.hostPattern = in.hostPattern;
    }
    if (in.sent.contains("pathPattern")) {
      r.pathPattern = in.pathPattern;
    }
    if (in.sent.contains("method")) {
      r.method = in.method;
    }
    if (in.sent.contains("enabled")) {
      r.enabled = in.enabled;
    }
    if (in.sent.contains("agentId")) {
      r.agentId = in.agentId;
    }
    if (in.sent.contains("conditions")) {
      r.conditions = in.conditions == null ? new ArrayList<>() : in.conditions;
    }
    r.action = action;
    r.rateLimit = limit;
    r.rateLimitWindow = window;
    return Reply.json(200, SuccessResponse.builder().success(true).build());
  }

  private Reply delete(String id) {
    if (state.rules.remove(id) == null) {
      throw OneCliErrors.notFound(NOT_FOUND);
    }
    return Reply.empty(204);
  }

  private void checkAgent(String agentId) {
    if (agentId != null && state.agents.get(agentId) == null) {
      throw OneCliErrors.notFound(AgentsEndpoint.NOT_FOUND);
    }
  }

  private StoredRule find(String id) {
    StoredRule r = state.rules.get(id);
    if (r == null) {
      throw OneCliErrors.notFound(NOT_FOUND);
    }
    return r;
  }
}
