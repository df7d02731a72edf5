package dev.onecli4j.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The credentials an agent can inject and the rules that inject them: its grants (workspace
 * allow rules naming it) and enforced organization allow rules whose identities name a member
 * (an empty identity list never injects). Secret levels and app-wide connection targets expand
 * to every credential at that level.
 */
final class Injections {
  final Map<StoredSecret, List<StoredPolicyRule>> secrets = new LinkedHashMap<>();
  final Map<StoredConnection, List<StoredPolicyRule>> connections = new LinkedHashMap<>();

  private Injections() {}

  /** What {@code agent} can inject in the view's workspace. */
  static Injections of(PolicyView v, StoredAgent agent) {
    Injections in = new Injections();
    for (StoredPolicyRule r : v.orgRules) {
      if ("allow".equals(r.action) && namesMember(v, r)) {
        in.addTargets(v, r);
      }
    }
    for (StoredPolicyRule r : v.workspaceRules) {
      if ("allow".equals(r.action) && agent.id.equals(r.agentIdentity())) {
        in.addTargets(v, r);
      }
    }
    return in;
  }

  /** The secrets, oldest first (workspace ones, then the organization's). */
  List<StoredSecret> secretList() {
    List<StoredSecret> list = new ArrayList<>(secrets.keySet());
    list.sort((a, b) -> a.createdAt.compareTo(b.createdAt));
    return list;
  }

  /** Whether some injectable credential serves {@code host}. */
  boolean serves(String host) {
    for (StoredSecret s : secrets.keySet()) {
      if (PolicyEngine.hostMatches(host, s.hostPattern)) {
        return true;
      }
    }
    for (StoredConnection c : connections.keySet()) {
      if (providerServes(c.provider, host)) {
        return true;
      }
    }
    return false;
  }

  /** Whether an app's tools live on {@code host}. */
  static boolean providerServes(String provider, String host) {
    AppCatalog.App app = AppCatalog.get(provider);
    if (app != null) {
      for (AppCatalog.Tool t : app.tools) {
        if (PolicyEngine.hostMatches(host, t.host)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The provenance list for the rules: workspace rules by logical id, all organization ones as one redacted mark. */
  static ArrayNode provenance(List<StoredPolicyRule> rules) {
    ArrayNode out = EmulatorJson.array();
    boolean redacted = false;
    List<String> seen = new ArrayList<>();
    for (StoredPolicyRule r : rules) {
      if (OrgPolicy.SCOPE.equals(r.scope)) {
        if (!redacted) {
          out.addObject().put("kind", "rule").put("scope", OrgPolicy.SCOPE).put("redacted", true);
          redacted = true;
        }
      } else if (!seen.contains(r.logicalId)) {
        seen.add(r.logicalId);
        out.addObject().put("kind", "rule").put("scope", r.scope).putObject("rule").put("logicalId", r.logicalId).put("name", r.name);
      }
    }
    return out;
  }

  private static boolean namesMember(PolicyView v, StoredPolicyRule r) {
    for (JsonNode i : r.identities) {
      if ("user".equals(i.path("type").asText()) && v.members.contains(i.path("id").asText())) {
        return true;
      }
    }
    return false;
  }

  private void addTargets(PolicyView v, StoredPolicyRule r) {
    for (JsonNode t : r.targets) {
      switch (t.path("kind").asText()) {
        case "secret":
          if (t.path("secretId").isTextual()) {
            add(secrets, v.secret(t.get("secretId").asText()), r);
          } else if (t.path("secretScope").isTextual()) {
            v.secretsAt(t.get("secretScope").asText()).forEach(s -> add(secrets, s, r));
          }
          break;
        case "connection":
          add(connections, v.connection(t.path("connectionId").asText()), r);
          break;
        case "app":
          if (t.path("connectionScope").isTextual()) {
            for (StoredConnection c : v.connectionsAt(t.get("connectionScope").asText())) {
              if (c.provider.equals(t.path("provider").asText())) {
                add(connections, c, r);
              }
            }
          }
          break;
        default:
          break;
      }
    }
  }

  private static <K> void add(Map<K, List<StoredPolicyRule>> map, K key, StoredPolicyRule r) {
    if (key != null) {
      map.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
    }
  }
}
