package dev.onecli4j.testing;

import dev.onecli4j.testing.Router.Access;

/**
 * The paths the server 2.0.1 retired: any method answers 410 {@code invalid_request_error}
 * with the server's message naming what replaced them. Under {@code /agents} and {@code
 * /connections} the key is checked first; elsewhere no credentials are needed.
 */
final class RetiredRoutes {
  /** Appended to the workspace-side messages. */
  static final String WORKSPACE_REPLACEMENT =
      "Workspace access is granted per agent: PUT /v1/agents/:agentId/grants/connections/:connectionId and "
          + "/v1/agents/:agentId/grants/secrets/:secretId.";
  /** Appended to the organization-side messages. */
  static final String ORG_REPLACEMENT =
      "Use /v1/org/policy: one first-match rule set covering blocks, allows, rate limits, approvals and app permissions.";
  private static final String AGENT_GROUPS =
      "Agent groups were removed: organize people with user groups (/v1/org/groups); organization policy rules "
          + "target users or user groups.";
  private static final String COMPILED =
      " was removed at workspace scope: workspace rules are compiled from agent credential grants, not authored directly. ";

  private RetiredRoutes() {}

  static void register(Router r) {
    String ws = " " + WORKSPACE_REPLACEMENT;
    String org = " " + ORG_REPLACEMENT;
    gone(r, "/rules/overlap/{provider}", Access.NONE,
        "GET /v1/rules/overlap/:provider was removed: rule overlap is computed by the organization Policy console." + ws);
    gone(r, "/rules/permissions/{provider}", Access.NONE,
        "/v1/rules/permissions/:provider was removed: app permissions are policy rules with an app target. Read the "
            + "tool catalog from /v1/apps/permission-definitions." + ws);
    gone(r, "/rules/**", Access.NONE, "/v1/rules was removed." + ws);
    gone(r, "/org/rules/**", Access.NONE, "/v1/org/rules was removed." + org);
    gone(r, "/org/settings/**", Access.NONE,
        "/v1/org/settings was removed: the allow/deny posture is the scope's Default Rule." + org);
    gone(r, "/agents/default", Access.WORKSPACE,
        "GET /v1/agents/default was removed: the default-agent concept is retired. List agents with GET /v1/agents "
            + "and pass one explicitly to /v1/container-config (`agent=`, or pin with `onecli config set agent "
            + "<identifier>`).");
    gone(r, "/agents/{agentId}/set-default", Access.WORKSPACE,
        "POST /v1/agents/:agentId/set-default was removed: new default agents can no longer be set. Pin a machine "
            + "to a specific agent instead (`onecli config set agent <identifier>`).");
    String granular = "GET /v1/agents/granular-access was removed: resource scoping rides the granting rule's conditions." + ws;
    for (String method : new String[] {"GET", "POST", "PUT"}) {
      r.add(method, "/agents/granular-access", Access.WORKSPACE, (ex, p) -> {
        throw OneCliErrors.gone(granular);
      });
    }
    gone(r, "/agents/{agentId}/secrets", Access.WORKSPACE,
        "/v1/agents/:agentId/secrets was removed: grant a secret with an allow rule naming the agent and targeting "
            + "the secret." + ws);
    gone(r, "/agents/{agentId}/connections", Access.WORKSPACE,
        "/v1/agents/:agentId/connections was removed: grant a connection with an allow rule naming the agent and "
            + "targeting the connection." + ws);
    gone(r, "/agents/{agentId}/secret-mode", Access.WORKSPACE,
        "PATCH /v1/agents/:agentId/secret-mode was removed: agents are always selective now. Attach credentials with "
            + "PUT /v1/agents/:agentId/grants/connections/:connectionId or /grants/secrets/:secretId instead." + ws);
    gone(r, "/agents/{agentId}/groups", Access.WORKSPACE, "/v1/agents/:agentId/groups was removed. " + AGENT_GROUPS);
    gone(r, "/connections/{connectionId}/agents", Access.WORKSPACE,
        "/v1/connections/:connectionId/agents was removed: an agent reaches a connection through an allow rule "
            + "naming it. GET /v1/connections/:connectionId/effective-agents reports who can, read-only." + ws);
    gone(r, "/policy/rules/order", Access.NONE, "PUT /v1/policy/rules/order" + COMPILED + WORKSPACE_REPLACEMENT);
    gone(r, "/policy/rules/{ruleId}", Access.NONE, "/v1/policy/rules/:ruleId" + COMPILED + WORKSPACE_REPLACEMENT);
    gone(r, "/policy/rules", Access.NONE, "/v1/policy/rules" + COMPILED + WORKSPACE_REPLACEMENT);
    gone(r, "/policy/default", Access.NONE, "/v1/policy/default" + COMPILED + WORKSPACE_REPLACEMENT);
    gone(r, "/policy/publish", Access.NONE, "POST /v1/policy/publish" + COMPILED + WORKSPACE_REPLACEMENT);
    gone(r, "/policy/last-publish", Access.NONE, "GET /v1/policy/last-publish" + COMPILED + WORKSPACE_REPLACEMENT);
    gone(r, "/org/agent-groups/**", Access.NONE, "/v1/org/agent-groups was removed. " + AGENT_GROUPS);
    gone(r, "/org/agents/**", Access.NONE, "/v1/org/agents was removed. " + AGENT_GROUPS);
  }

  private static void gone(Router r, String template, Access access, String message) {
    r.add(Router.ANY, template, access, (ex, p) -> {
      throw OneCliErrors.gone(message);
    });
  }
}
