package dev.onecli4j.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The read-only answers that reflect the policy: what an agent's credentials can do, who can
 * use a connection, per-tool verdicts of an app, and the injection summary of the agent list.
 * Organization rule names are always redacted, as on a server without a licence.
 */
final class Reflections {
  private Reflections() {}

  /** {@code GET /agents/{id}/effective-credentials}. */
  static ObjectNode effectiveCredentials(PolicyView v, StoredAgent agent) {
    Injections in = Injections.of(v, agent);
    ObjectNode o = EmulatorJson.object().put("agentId", agent.id).put("mode", "selective");
    ArrayNode secrets = o.putArray("secrets");
    for (StoredSecret s : in.secretList()) {
      String host = PolicyEngine.sampleHost(s.hostPattern);
      PolicyEngine.Request r = new PolicyEngine.Request(host, "/", "GET", agent.id, v.members, null, true);
      ObjectNode e = secrets.addObject().put("kind", "secret").put("id", s.id).put("name", s.name).put("host", s.hostPattern);
      e.put("status", PolicyEngine.decide(v, r, false).blocks() ? "blocked" : "usable");
      e.set("provenance", Injections.provenance(in.secrets.get(s)));
    }
    ArrayNode connections = o.putArray("connections");
    for (Map.Entry<StoredConnection, List<StoredPolicyRule>> e : in.connections.entrySet()) {
      StoredConnection c = e.getKey();
      ObjectNode entry = connections.addObject().put("kind", "connection").put("id", c.id).put("label", c.label);
      entry.put("provider", c.provider);
      AppCatalog.App app = AppCatalog.get(c.provider);
      List<ToolVerdicts.Verdict> tools =
          app == null ? Collections.emptyList() : ToolVerdicts.of(v, app, agent.id, v.members, c.id, in::serves);
      boolean orgBlocked = !tools.isEmpty();
      for (ToolVerdicts.Verdict t : tools) {
        orgBlocked &= "block".equals(t.orgCeiling);
      }
      entry.put("status", ToolVerdicts.rollup(tools)).put("orgBlocked", orgBlocked);
      entry.set("provenance", Injections.provenance(e.getValue()));
    }
    return o;
  }

  /** {@code GET /connections/{id}/effective-agents}: every agent of the workspace, newest first. */
  static ObjectNode effectiveAgents(PolicyView v, StoredConnection c) {
    AppCatalog.App app = AppCatalog.get(c.provider);
    boolean catalog = app != null && app.hasCatalog();
    ObjectNode o = EmulatorJson.object().put("connectionId", c.id).put("provider", c.provider).put("catalog", catalog);
    ArrayNode agents = o.putArray("agents");
    for (StoredAgent a : v.workspace.agents.newestFirst()) {
      Injections in = Injections.of(v, a);
      List<StoredPolicyRule> refs = in.connections.get(c);
      ObjectNode e = agents.addObject().put("agentId", a.id).put("name", a.name);
      ObjectNode credential = EmulatorJson.object();
      if (refs == null) {
        credential.put("status", "none");
      } else {
        credential.put("status", "viaRule").set("provenance", Injections.provenance(refs));
      }
      String access = refs == null ? "none" : "unknown";
      ObjectNode decisions = null;
      if (catalog) {
        List<ToolVerdicts.Verdict> tools = ToolVerdicts.of(v, app, a.id, v.members, c.id, in::serves);
        int allowed = 0;
        boolean approval = false;
        boolean rate = false;
        for (ToolVerdicts.Verdict t : tools) {
          allowed += t.verdict.equals("block") || t.verdict.equals("mixed") ? 0 : 1;
          approval |= t.verdict.equals("approval");
          rate |= t.rateLimit != null;
        }
        decisions = EmulatorJson.object().put("allowedTools", allowed).put("totalTools", tools.size());
        decisions.put("anyApproval", approval).put("anyRateLimit", rate);
        if (refs != null) {
          access = ToolVerdicts.rollup(tools);
        }
      }
      e.put("access", access).set("credential", credential);
      e.set("decisions", decisions == null ? e.nullNode() : decisions);
    }
    return o;
  }

  /**
   * {@code GET /policy/effective-app-permissions} (a workspace view) or {@code GET
   * /org/policy/effective-app-permissions} (the organization's, {@code v.workspace == null}).
   */
  static ObjectNode effectiveAppPermissions(PolicyView v, AppCatalog.App app, StoredAgent agent, StoredConnection connection) {
    Injections in = agent == null ? null : Injections.of(v, agent);
    List<String> users = agent == null ? Collections.<String>emptyList() : v.members;
    String agentId = agent == null ? "" : agent.id;
    java.util.function.Predicate<String> injects = in != null ? in::serves : host -> poolServes(v, host);
    List<ToolVerdicts.Verdict> tools;
    List<String> connectionIds = new ArrayList<>();
    for (StoredConnection c : v.connectionsAt("workspace")) {
      if (c.provider.equals(app.id)) {
        connectionIds.add(c.id);
      }
    }
    for (StoredConnection c : v.connectionsAt("organization")) {
      if (c.provider.equals(app.id)) {
        connectionIds.add(c.id);
      }
    }
    if (connection != null) {
      tools = ToolVerdicts.of(v, app, agentId, users, connection.id, injects);
    } else if (hasConnectionRules(v, app) && !connectionIds.isEmpty()) {
      List<List<ToolVerdicts.Verdict>> runs = new ArrayList<>();
      for (String id : connectionIds) {
        runs.add(ToolVerdicts.of(v, app, agentId, users, id, injects));
      }
      tools = ToolVerdicts.fold(runs);
    } else {
      tools = ToolVerdicts.of(v, app, agentId, users, null, injects);
    }
    boolean attached = false;
    for (AppCatalog.Tool t : app.tools) {
      attached |= injects.test(t.host);
    }
    ObjectNode o = EmulatorJson.object().put("provider", app.id);
    o.putObject("basis")
        .put("agentId", agent == null ? null : agent.id)
        .put("credentialAttached", attached)
        .put("scope", v.workspace == null ? OrgPolicy.SCOPE : "workspace");
    o.put("variesByIdentity", variesByIdentity(v, app)).putNull("orgResources").putNull("effectiveResources");
    o.set("groups", ToolVerdicts.groups(tools));
    return o;
  }

  /** The {@code grantsSummary} of an agent in {@code GET /agents?include=grants-summary}. */
  static ObjectNode grantsSummary(PolicyView v, StoredAgent agent) {
    Injections in = Injections.of(v, agent);
    ObjectNode o = EmulatorJson.object().put("mode", "grants");
    ArrayNode entries = o.putArray("entries");
    for (StoredConnection c : in.connections.keySet()) {
      entries.addObject().put("kind", "app").put("provider", c.provider).put("connectionId", c.id).put("label", c.label);
    }
    for (StoredSecret s : in.secretList()) {
      entries.addObject().put("kind", "generic".equals(s.type) ? "secret" : "llm").put("id", s.id).put("name", s.name);
    }
    return o.put("total", entries.size());
  }

  private static boolean poolServes(PolicyView v, String host) {
    List<String> levels = v.workspace == null ? Collections.singletonList(OrgPolicy.SCOPE) : java.util.Arrays.asList("workspace", OrgPolicy.SCOPE);
    for (String level : levels) {
      for (StoredSecret s : v.secretsAt(level)) {
        if (PolicyEngine.hostMatches(host, s.hostPattern)) {
          return true;
        }
      }
      for (StoredConnection c : v.connectionsAt(level)) {
        if (Injections.providerServes(c.provider, host)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean hasConnectionRules(PolicyView v, AppCatalog.App app) {
    for (StoredPolicyRule r : v.allRules()) {
      for (ObjectNode t : r.targets) {
        StoredConnection c = "connection".equals(t.path("kind").asText()) ? v.connection(t.path("connectionId").asText()) : null;
        if (c != null && c.provider.equals(app.id)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Workspace rules naming someone that concern the app: what a baseline view cannot show. */
  private static int variesByIdentity(PolicyView v, AppCatalog.App app) {
    int n = 0;
    for (StoredPolicyRule r : v.workspaceRules) {
      if (r.isDefault || r.identities.isEmpty()) {
        continue;
      }
      boolean relevant = false;
      for (ObjectNode t : r.targets) {
        String kind = t.path("kind").asText();
        if ("app".equals(kind)) {
          relevant |= app.id.equals(t.path("provider").asText());
        } else if ("connection".equals(kind)) {
          StoredConnection c = v.connection(t.path("connectionId").asText());
          relevant |= c != null && c.provider.equals(app.id);
        } else if ("secret".equals(kind)) {
          for (String h : v.secretHosts(t)) {
            relevant |= onToolHost(app, h);
          }
        } else if ("network".equals(kind)) {
          relevant |= onToolHost(app, t.path("hostPattern").asText());
        }
      }
      n += relevant ? 1 : 0;
    }
    return n;
  }

  private static boolean onToolHost(AppCatalog.App app, String pattern) {
    for (AppCatalog.Tool t : app.tools) {
      if (!t.host.contains("*") && PolicyEngine.hostMatches(t.host, pattern)) {
        return true;
      }
    }
    return false;
  }
}
