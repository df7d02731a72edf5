package dev.onecli4j.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onecli4j.testing.Router.Access;
import dev.onecli4j.validation.GrantRules;
import dev.onecli4j.validation.JsText;
import dev.onecli4j.validation.PolicyRuleRules;
import dev.onecli4j.validation.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code /org/policy}: the organization's draft rules, their order, the Default Rule, publishing
 * and the last publish. Writes change the draft only; a publish makes it the enforced
 * generation. Checks run in the server's order: the body, then the identities, then the
 * targets, then resource scoping (which needs an Enterprise licence here).
 */
final class OrgPolicyEndpoint {
  static final String NOT_FOUND = "Policy rule not found.";

  private final OneCliState state;

  OrgPolicyEndpoint(OneCliState state) {
    this.state = state;
  }

  void register(Router router) {
    router.add("GET", "/org/policy/rules", Access.ORGANIZATION, (ex, p) -> list(ex));
    router.add("POST", "/org/policy/rules", Access.ORGANIZATION, (ex, p) -> create(ex));
    router.add("PUT", "/org/policy/rules/order", Access.ORGANIZATION, (ex, p) -> reorder(ex));
    router.add("GET", "/org/policy/rules/{ruleId}", Access.ORGANIZATION, (ex, p) -> Reply.json(200, find(ex, p.get("ruleId")).toJson()));
    router.add("PATCH", "/org/policy/rules/{ruleId}", Access.ORGANIZATION, (ex, p) -> update(ex, p.get("ruleId")));
    router.add("DELETE", "/org/policy/rules/{ruleId}", Access.ORGANIZATION, (ex, p) -> {
      OrgPolicy policy = ex.caller().org.policy;
      policy.remove(find(ex, p.get("ruleId")));
      return Reply.empty(204);
    });
    router.add("GET", "/org/policy/default", Access.ORGANIZATION, (ex, p) -> {
      OrgPolicy policy = ex.caller().org.policy;
      return Reply.json(200, (published(ex) ? policy.publishedDefault() : policy.draftDefault()).toJson());
    });
    router.add("PATCH", "/org/policy/default", Access.ORGANIZATION, (ex, p) -> setDefault(ex));
    router.add("POST", "/org/policy/publish", Access.ORGANIZATION,
        (ex, p) -> Reply.json(200, ex.caller().org.policy.publish(ex.caller().user, state.now())));
    router.add("GET", "/org/policy/last-publish", Access.ORGANIZATION, (ex, p) -> {
      ObjectNode last = ex.caller().org.policy.lastPublish();
      return Reply.json(200, last == null ? NullNode.getInstance() : last);
    });
  }

  private static void refuse(List<Problem> problems) {
    if (!problems.isEmpty()) {
      throw OneCliErrors.unprocessable(problems.get(0).message());
    }
  }

  private static void refuse(Problem problem) {
    if (problem != null) {
      throw OneCliErrors.unprocessable(problem.message());
    }
  }

  private static boolean published(Exchange ex) {
    String status = ex.query("status");
    refuse(PolicyRuleRules.status(status));
    return "published".equals(status);
  }

  private static StoredPolicyRule find(Exchange ex, String id) {
    StoredPolicyRule r = ex.caller().org.policy.draft(id);
    if (r == null) {
      throw OneCliErrors.notFound(NOT_FOUND);
    }
    return r;
  }

  private static Reply list(Exchange ex) {
    OrgPolicy policy = ex.caller().org.policy;
    ArrayNode out = EmulatorJson.array();
    (published(ex) ? policy.publishedRules() : policy.draftRules()).forEach(r -> out.add(r.toJson()));
    return Reply.json(200, out);
  }

  private Reply create(Exchange ex) {
    JsonNode body = ex.json();
    refuse(PolicyRuleRules.createBody(body));
    EmulatedOrg org = ex.caller().org;
    checkIdentities(org, body.get("identities"));
    refuse(PolicyRuleRules.targetsPresent(body.get("targets")));
    checkTargets(org, body.get("targets"));
    checkScoping(body.get("conditions"), body.get("targets"), body.get("action").asText());
    StoredPolicyRule r = StoredPolicyRule.create(OrgPolicy.SCOPE, false, "custom");
    r.name = JsText.trim(body.get("name").asText());
    r.description = body.path("description").isTextual() ? body.get("description").asText() : null;
    r.enabled = !body.has("enabled") || body.get("enabled").asBoolean();
    r.action = body.get("action").asText();
    r.rateLimit = body.path("rateLimit").isNumber() ? body.get("rateLimit").intValue() : null;
    r.rateLimitWindow = body.path("rateLimitWindow").isTextual() ? body.get("rateLimitWindow").asText() : null;
    r.requireApproval = body.path("requireApproval").asBoolean(false);
    r.conditions = conditions(body.get("conditions"));
    r.identities = identities(body.get("identities"));
    r.targets = targets(body.get("targets"));
    r.createdAt = state.now();
    org.policy.append(r);
    return Reply.json(201, r.toJson());
  }

  private static Reply update(Exchange ex, String id) {
    JsonNode body = ex.json();
    refuse(PolicyRuleRules.updateBody(body));
    StoredPolicyRule r = find(ex, id);
    String action = body.path("action").isTextual() ? body.get("action").asText() : r.action;
    JsonNode rateLimit = body.has("rateLimit") ? body.get("rateLimit") : number(r.rateLimit);
    JsonNode window = body.has("rateLimitWindow") ? body.get("rateLimitWindow") : text(r.rateLimitWindow);
    JsonNode approval = body.has("requireApproval") ? body.get("requireApproval") : EmulatorJson.mapper().getNodeFactory().booleanNode(r.requireApproval);
    refuse(PolicyRuleRules.modifiers(action, rateLimit, window, approval));
    EmulatedOrg org = ex.caller().org;
    if (body.has("identities")) {
      checkIdentities(org, body.get("identities"));
    }
    if (body.has("targets")) {
      refuse(PolicyRuleRules.targetsPresent(body.get("targets")));
      checkTargets(org, body.get("targets"));
    }
    if (body.has("conditions") || body.has("targets") || body.has("action")) {
      JsonNode conditions = body.has("conditions") ? body.get("conditions") : r.conditions;
      JsonNode targets = body.has("targets") ? body.get("targets") : EmulatorJson.mapper().valueToTree(r.targets);
      checkScoping(conditions, targets, action);
    }
    if (body.has("name")) {
      r.name = JsText.trim(body.get("name").asText());
    }
    if (body.has("description")) {
      r.description = body.get("description").isNull() ? null : body.get("description").asText();
    }
    if (body.has("enabled")) {
      r.enabled = body.get("enabled").asBoolean();
    }
    r.action = action;
    r.rateLimit = rateLimit == null || rateLimit.isNull() ? null : rateLimit.intValue();
    r.rateLimitWindow = window == null || window.isNull() ? null : window.asText();
    r.requireApproval = approval.asBoolean(false);
    if (body.has("conditions")) {
      r.conditions = conditions(body.get("conditions"));
    }
    if (body.has("identities")) {
      r.identities = identities(body.get("identities"));
    }
    if (body.has("targets")) {
      r.targets = targets(body.get("targets"));
    }
    return Reply.json(200, r.toJson());
  }

  private static Reply reorder(Exchange ex) {
    JsonNode body = ex.json();
    refuse(PolicyRuleRules.reorder(body));
    OrgPolicy policy = ex.caller().org.policy;
    List<StoredPolicyRule> draft = policy.draftRules();
    List<String> ids = new ArrayList<>();
    body.get("orderedIds").forEach(n -> ids.add(n.asText()));
    Set<String> unique = new HashSet<>(ids);
    boolean everyOnce = ids.size() == draft.size() && unique.size() == ids.size();
    for (String id : ids) {
      everyOnce &= policy.draft(id) != null;
    }
    if (!everyOnce) {
      throw OneCliErrors.conflict(PolicyRuleRules.STALE_ORDER);
    }
    for (int i = 0; i < ids.size(); i++) {
      policy.draft(ids.get(i)).priority = i + 1;
    }
    ArrayNode out = EmulatorJson.array();
    policy.draftRules().forEach(r -> out.add(r.toJson()));
    return Reply.json(200, out);
  }

  private Reply setDefault(Exchange ex) {
    JsonNode body = ex.json();
    refuse(PolicyRuleRules.defaultRule(body));
    StoredPolicyRule d = ex.caller().org.policy.ensureDefault(state.now());
    d.action = body.get("action").asText();
    return Reply.json(200, d.toJson());
  }

  private static void checkIdentities(EmulatedOrg org, JsonNode identities) {
    refuse(PolicyRuleRules.identityLevel(identities));
    if (identities == null) {
      return;
    }
    for (JsonNode i : identities) {
      boolean member = false;
      for (EmulatedUser u : org.members) {
        member |= "user".equals(i.path("type").asText()) && u.id.equals(i.path("id").asText());
      }
      if (!member) {
        throw OneCliErrors.unprocessable(PolicyRuleRules.FOREIGN_IDENTITY);
      }
    }
  }

  private static void checkTargets(EmulatedOrg org, JsonNode targets) {
    refuse(PolicyRuleRules.secretTargetShape(targets));
    for (JsonNode t : targets) {
      String kind = t.path("kind").asText();
      boolean foreign =
          "connection".equals(kind) && org.connections.get(t.path("connectionId").asText()) == null
              || "secret".equals(kind) && t.path("secretId").isTextual() && org.secrets.get(t.get("secretId").asText()) == null;
      if (foreign) {
        throw OneCliErrors.unprocessable(PolicyRuleRules.FOREIGN_TARGET);
      }
    }
  }

  private static void checkScoping(JsonNode conditions, JsonNode targets, String action) {
    refuse(PolicyRuleRules.scopingAction(conditions, action));
    refuse(PolicyRuleRules.scopingTarget(conditions, targets));
    if (PolicyRuleRules.isSessionPolicy(conditions)) {
      throw OneCliErrors.forbidden(GrantRules.RESOURCES_NEED_LICENCE);
    }
  }

  private static JsonNode conditions(JsonNode c) {
    if (c == null || c.isNull()) {
      return null;
    }
    if (c.isObject()) {
      return c.deepCopy();
    }
    ArrayNode out = EmulatorJson.array();
    for (JsonNode item : c) {
      ObjectNode o = out.addObject();
      if (item.has("key")) {
        o.set("key", item.get("key"));
      }
      o.set("value", item.get("value"));
      o.set("target", item.get("target"));
      o.set("operator", item.get("operator"));
    }
    return out;
  }

  private static List<ObjectNode> identities(JsonNode identities) {
    List<ObjectNode> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    if (identities != null) {
      for (JsonNode i : identities) {
        if (seen.add(i.path("type").asText() + ":" + i.path("id").asText())) {
          out.add(EmulatorJson.object().put("type", i.path("type").asText()).put("id", i.path("id").asText()));
        }
      }
    }
    return out;
  }

  private static List<ObjectNode> targets(JsonNode targets) {
    List<ObjectNode> out = new ArrayList<>();
    for (JsonNode t : targets) {
      String kind = t.path("kind").asText();
      ObjectNode o = EmulatorJson.object().put("kind", kind);
      switch (kind) {
        case "app":
          o.put("provider", t.path("provider").asText());
          o.set("tools", tools(t));
          o.put("connectionScope", scope(t.get("connectionScope")));
          break;
        case "connection":
          o.put("connectionId", t.path("connectionId").asText());
          o.set("tools", tools(t));
          break;
        case "secret":
          o.put("secretId", t.path("secretId").isTextual() ? t.get("secretId").asText() : null);
          o.put("secretScope", scope(t.get("secretScope")));
          break;
        default:
          o.put("hostPattern", t.path("hostPattern").asText());
          o.put("pathPattern", t.path("pathPattern").isTextual() ? t.get("pathPattern").asText() : null);
          o.put("method", t.path("method").isTextual() ? t.get("method").asText() : null);
          break;
      }
      if (!out.contains(o)) {
        out.add(o);
      }
    }
    return out;
  }

  private static ArrayNode tools(JsonNode t) {
    ArrayNode tools = EmulatorJson.array();
    t.path("tools").forEach(tools::add);
    return tools;
  }

  private static String scope(JsonNode n) {
    if (n == null || !n.isTextual()) {
      return null;
    }
    return "project".equals(n.asText()) ? "workspace" : n.asText();
  }

  private static JsonNode number(Integer n) {
    return n == null ? null : EmulatorJson.mapper().getNodeFactory().numberNode(n);
  }

  private static JsonNode text(String s) {
    return s == null ? null : EmulatorJson.mapper().getNodeFactory().textNode(s);
  }
}
