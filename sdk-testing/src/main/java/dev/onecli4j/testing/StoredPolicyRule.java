package dev.onecli4j.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of the first-match policy engine: an organization rule (draft or published), or a
 * workspace rule compiled from a grant or a blocklist entry. Identities and targets are kept in
 * the shape the server answers, explicit nulls included. Guarded by the emulator's state lock.
 */
final class StoredPolicyRule {
  final String id;
  final String logicalId;
  final String scope;
  final boolean isDefault;
  final String source;
  String status = "draft";
  int generation;
  int priority;
  boolean enabled = true;
  String name;
  String description;
  String action;
  Integer rateLimit;
  String rateLimitWindow;
  boolean requireApproval;
  JsonNode conditions;
  List<ObjectNode> identities = new ArrayList<>();
  List<ObjectNode> targets = new ArrayList<>();
  OffsetDateTime createdAt;

  StoredPolicyRule(String id, String logicalId, String scope, boolean isDefault, String source) {
    this.id = id;
    this.logicalId = logicalId;
    this.scope = scope;
    this.isDefault = isDefault;
    this.source = source;
  }

  /** A new rule with fresh ids. */
  static StoredPolicyRule create(String scope, boolean isDefault, String source) {
    return new StoredPolicyRule(Ids.uuid(), Ids.uuid(), scope, isDefault, source);
  }

  /** The copy a publish writes: a new row id, the same logical id, the generation's number. */
  StoredPolicyRule published(int generation, OffsetDateTime at) {
    StoredPolicyRule p = new StoredPolicyRule(Ids.uuid(), logicalId, scope, isDefault, source);
    p.status = "published";
    p.generation = generation;
    p.priority = priority;
    p.enabled = enabled;
    p.name = name;
    p.description = description;
    p.action = action;
    p.rateLimit = rateLimit;
    p.rateLimitWindow = rateLimitWindow;
    p.requireApproval = requireApproval;
    p.conditions = conditions == null ? null : conditions.deepCopy();
    p.identities = copy(identities);
    p.targets = copy(targets);
    p.createdAt = at;
    return p;
  }

  /** The agent this rule names, or {@code null}: grant rules name exactly one. */
  String agentIdentity() {
    for (ObjectNode i : identities) {
      if ("agent".equals(i.path("type").asText())) {
        return i.path("id").asText();
      }
    }
    return null;
  }

  /** The rule as {@code /org/policy} answers it. */
  ObjectNode toJson() {
    ObjectNode o = EmulatorJson.object().put("id", id).put("scope", scope).put("status", status);
    o.put("generation", generation).put("priority", priority).put("enabled", enabled).put("isDefault", isDefault);
    o.put("logicalId", logicalId).put("source", source).put("name", name).put("description", description);
    o.put("action", action).put("rateLimit", rateLimit).put("rateLimitWindow", rateLimitWindow);
    o.put("requireApproval", requireApproval);
    o.set("conditions", conditions == null ? o.nullNode() : conditions.deepCopy());
    ArrayNode ids = o.putArray("identities");
    identities.forEach(i -> ids.add(i.deepCopy()));
    ArrayNode ts = o.putArray("targets");
    targets.forEach(t -> ts.add(t.deepCopy()));
    return o.put("createdAt", EmulatorJson.time(createdAt));
  }

  private static List<ObjectNode> copy(List<ObjectNode> nodes) {
    List<ObjectNode> out = new ArrayList<>();
    nodes.forEach(n -> out.add(n.deepCopy()));
    return out;
  }
}
