package dev.onecli4j.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A workspace's grants, kept the way the server keeps them: each (agent, secret) and (agent,
 * connection) grant is a stack of published workspace rules naming the agent, compiled like the
 * server compiles them, so the reflections can evaluate them. A write that changes nothing keeps
 * the rules (and their logical ids); a change replaces the stack at the end of the order.
 * Guarded by the emulator's state lock.
 */
final class GrantStore {
  static final String SECRET = "secret";
  static final String CONNECTION = "connection";

  /** The rules of one grant. */
  static final class Stack {
    final String agentId;
    final String kind;
    final String targetId;
    String access = "full";
    List<String> allow = Collections.emptyList();
    List<String> ask = Collections.emptyList();
    JsonNode resources;
    List<StoredPolicyRule> rules = new ArrayList<>();

    Stack(String agentId, String kind, String targetId) {
      this.agentId = agentId;
      this.kind = kind;
      this.targetId = targetId;
    }

    /** The allow rules of the stack: they are what injects the credential. */
    List<StoredPolicyRule> injecting() {
      List<StoredPolicyRule> out = new ArrayList<>();
      for (StoredPolicyRule r : rules) {
        if ("allow".equals(r.action)) {
          out.add(r);
        }
      }
      return out;
    }
  }

  private final List<Stack> stacks = new ArrayList<>();
  private int nextPriority = 1;

  /** The grant, or {@code null}. */
  Stack find(String agentId, String kind, String targetId) {
    for (Stack s : stacks) {
      if (s.agentId.equals(agentId) && s.kind.equals(kind) && s.targetId.equals(targetId)) {
        return s;
      }
    }
    return null;
  }

  /** Grants a secret; whether anything changed. */
  boolean putSecret(StoredAgent agent, StoredSecret secret, OffsetDateTime now) {
    List<StoredPolicyRule> desired = new ArrayList<>();
    desired.add(rule(agent, target(SECRET, secret.id, null), "Grant: " + agent.name + " · " + secret.name, "allow", false, null));
    return replace(new Stack(agent.id, SECRET, secret.id), desired, now);
  }

  /**
   * Grants a connection; whether anything changed.
   *
   * @param resources the restriction to keep ({@code null} = none)
   * @param catalog the provider's tool ids (empty without a catalog)
   */
  boolean putConnection(
      StoredAgent agent,
      StoredConnection connection,
      String access,
      List<String> allow,
      List<String> ask,
      JsonNode resources,
      List<String> catalog,
      OffsetDateTime now) {
    String base = "Grant: " + agent.name + " · " + (connection.label != null ? connection.label : connection.provider);
    List<StoredPolicyRule> desired = new ArrayList<>();
    Stack stack = new Stack(agent.id, CONNECTION, connection.id);
    stack.access = access;
    stack.resources = resources;
    if ("full".equals(access)) {
      desired.add(rule(agent, target(CONNECTION, connection.id, Collections.emptyList()), base, "allow", false, resources));
    } else {
      stack.allow = sorted(allow);
      stack.ask = sorted(ask);
      Set<String> chosen = new LinkedHashSet<>(allow);
      chosen.addAll(ask);
      List<String> blocked = new ArrayList<>();
      for (String t : catalog) {
        if (!chosen.contains(t)) {
          blocked.add(t);
        }
      }
      if (!stack.allow.isEmpty()) {
        desired.add(rule(agent, target(CONNECTION, connection.id, stack.allow), base + ": allowed", "allow", false, resources));
      }
      if (!stack.ask.isEmpty()) {
        desired.add(rule(agent, target(CONNECTION, connection.id, stack.ask), base + ": needs approval", "allow", true, resources));
      }
      if (!blocked.isEmpty()) {
        desired.add(rule(agent, target(CONNECTION, connection.id, sorted(blocked)), base + ": blocked", "block", false, null));
      }
      desired.add(rule(agent, target(CONNECTION, connection.id, Collections.emptyList()), base + ": everything else", "block", false, null));
    }
    return replace(stack, desired, now);
  }

  /** Removes one grant; whether there was one. */
  boolean remove(String agentId, String kind, String targetId) {
    Stack s = find(agentId, kind, targetId);
    return s != null && stacks.remove(s);
  }

  /** Forgets every grant of an agent (it was deleted). */
  void removeAgent(String agentId) {
    stacks.removeIf(s -> s.agentId.equals(agentId));
  }

  /** Forgets every grant of a secret or connection (it was deleted). */
  void removeTarget(String kind, String targetId) {
    stacks.removeIf(s -> s.kind.equals(kind) && s.targetId.equals(targetId));
  }

  /** The agent's grants, oldest first. */
  List<Stack> ofAgent(String agentId) {
    List<Stack> out = new ArrayList<>();
    for (Stack s : stacks) {
      if (s.agentId.equals(agentId)) {
        out.add(s);
      }
    }
    return out;
  }

  /** The grants of a connection, oldest first. */
  List<Stack> ofConnection(String connectionId) {
    List<Stack> out = new ArrayList<>();
    for (Stack s : stacks) {
      if (s.kind.equals(CONNECTION) && s.targetId.equals(connectionId)) {
        out.add(s);
      }
    }
    return out;
  }

  /** Every grant rule, by priority. */
  List<StoredPolicyRule> rules() {
    List<StoredPolicyRule> out = new ArrayList<>();
    for (Stack s : stacks) {
      out.addAll(s.rules);
    }
    out.sort((a, b) -> Integer.compare(a.priority, b.priority));
    return out;
  }

  private boolean replace(Stack desired, List<StoredPolicyRule> rules, OffsetDateTime now) {
    Stack existing = find(desired.agentId, desired.kind, desired.targetId);
    if (existing != null && same(existing.rules, rules)) {
      return false;
    }
    if (existing != null) {
      stacks.remove(existing);
    }
    for (StoredPolicyRule r : rules) {
      r.priority = nextPriority++;
      r.createdAt = now;
    }
    desired.rules = rules;
    stacks.add(desired);
    return true;
  }

  private static boolean same(List<StoredPolicyRule> a, List<StoredPolicyRule> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      StoredPolicyRule x = a.get(i);
      StoredPolicyRule y = b.get(i);
      if (!x.name.equals(y.name)
          || !x.action.equals(y.action)
          || x.requireApproval != y.requireApproval
          || !x.targets.equals(y.targets)
          || !Objects.equals(x.conditions, y.conditions)) {
        return false;
      }
    }
    return true;
  }

  private static StoredPolicyRule rule(
      StoredAgent agent, ObjectNode target, String name, String action, boolean approval, JsonNode conditions) {
    StoredPolicyRule r = StoredPolicyRule.create("workspace", false, "grant");
    r.status = "published";
    r.name = name;
    r.action = action;
    r.requireApproval = approval;
    r.conditions = conditions;
    r.identities.add(EmulatorJson.object().put("type", "agent").put("id", agent.id));
    r.targets.add(target);
    return r;
  }

  private static ObjectNode target(String kind, String id, List<String> tools) {
    ObjectNode t = EmulatorJson.object().put("kind", kind);
    if (SECRET.equals(kind)) {
      return t.put("secretId", id).putNull("secretScope");
    }
    t.put("connectionId", id);
    ArrayNode list = t.putArray("tools");
    tools.forEach(list::add);
    return t;
  }

  private static List<String> sorted(List<String> ids) {
    List<String> out = new ArrayList<>(new LinkedHashSet<>(ids));
    Collections.sort(out);
    return out;
  }
}
