package dev.onecli4j.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the policy engine evaluates for one workspace (or for the organization alone): the
 * organization's enforced rules and Default Rule, the workspace's rules (grants and blocklist),
 * the members a user identity can name, and how rule targets resolve to hosts.
 */
final class PolicyView {
  final EmulatedOrg org;
  /** {@code null} for the organization's own view. */
  final EmulatedWorkspace workspace;
  final List<StoredPolicyRule> orgRules;
  final String orgDefault;
  final List<StoredPolicyRule> workspaceRules;
  final List<String> members;

  private PolicyView(EmulatedOrg org, EmulatedWorkspace workspace) {
    this.org = org;
    this.workspace = workspace;
    this.orgRules = new ArrayList<>();
    for (StoredPolicyRule r : org.policy.publishedRules()) {
      if (r.enabled) {
        orgRules.add(r);
      }
    }
    this.orgDefault = org.policy.enforcedDefaultAction();
    this.workspaceRules = new ArrayList<>();
    if (workspace != null) {
      workspaceRules.addAll(workspace.blocklist.rules());
      workspaceRules.addAll(workspace.grants.rules());
    }
    this.members = new ArrayList<>();
    org.members.forEach(u -> members.add(u.id));
  }

  /** The view of a workspace. */
  static PolicyView of(EmulatedWorkspace workspace) {
    return new PolicyView(workspace.org, workspace);
  }

  /** The organization's view, without any workspace. */
  static PolicyView ofOrg(EmulatedOrg org) {
    return new PolicyView(org, null);
  }

  /** Every rule, organization first. */
  List<StoredPolicyRule> allRules() {
    List<StoredPolicyRule> all = new ArrayList<>(orgRules);
    all.addAll(workspaceRules);
    return all;
  }

  /** The secrets at a level: {@code workspace} (this workspace's) or {@code organization}. */
  List<StoredSecret> secretsAt(String level) {
    if ("organization".equals(level)) {
      return org.secrets.oldestFirst();
    }
    return workspace == null ? Collections.emptyList() : workspace.secrets.oldestFirst();
  }

  /** The connections at a level. */
  List<StoredConnection> connectionsAt(String level) {
    List<StoredConnection> list;
    if ("organization".equals(level)) {
      list = org.connections.newestFirst(null);
    } else {
      list = workspace == null ? Collections.<StoredConnection>emptyList() : workspace.connections.newestFirst(null);
    }
    List<StoredConnection> out = new ArrayList<>(list);
    Collections.reverse(out);
    return out;
  }

  /** A secret the workspace may use (its own or the organization's), or {@code null}. */
  StoredSecret secret(String id) {
    return workspace != null ? workspace.poolSecret(id) : org.secrets.get(id);
  }

  /** A connection the workspace may use, or {@code null}. */
  StoredConnection connection(String id) {
    return workspace != null ? workspace.poolConnection(id) : org.connections.get(id);
  }

  /** The host patterns a secret target stands for (none when it names nothing that exists). */
  List<String> secretHosts(JsonNode target) {
    List<String> hosts = new ArrayList<>();
    String id = target.path("secretId").isTextual() ? target.get("secretId").asText() : null;
    if (id != null) {
      StoredSecret s = secret(id);
      if (s != null) {
        hosts.add(s.hostPattern);
      }
    } else if (target.path("secretScope").isTextual()) {
      for (StoredSecret s : secretsAt(target.get("secretScope").asText())) {
        hosts.add(s.hostPattern);
      }
    }
    return hosts;
  }
}
