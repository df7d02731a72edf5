package dev.onecli4j.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onecli4j.generated.runtime.ApiRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The OneCLI server's (2.0.1) rules for agents, grants, workspaces, organization policy and
 * invitations, by operation: the body as the JSON that would be sent, and the query values the
 * server checks. Each rule class lists every problem, the one the server answers first.
 */
final class OperationRules {
  /** The only value of {@code include} that {@code GET /agents} accepts. */
  static final String GRANTS_SUMMARY = "grants-summary";

  /** Writes the bodies as the transport does; these bodies hold no dates or credentials. */
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final Map<String, Function<JsonNode, List<Problem>>> BODIES = new HashMap<>();

  static {
    BODIES.put("createAgent", AgentRules::create);
    BODIES.put("renameAgent", AgentRules::update);
    BODIES.put("grantAgentConnection", GrantRules::connectionGrant);
    BODIES.put("grantConnectionAgent", GrantRules::connectionGrant);
    BODIES.put("createWorkspace", WorkspaceRules::create);
    BODIES.put("updateWorkspace", WorkspaceRules::update);
    // /projects is the older name of /workspaces; the server answers both with one route.
    BODIES.put("createProject", WorkspaceRules::create);
    BODIES.put("updateProject", WorkspaceRules::update);
    BODIES.put("createOrgPolicyRule", PolicyRuleRules::create);
    BODIES.put("updateOrgPolicyRule", PolicyRuleRules::update);
    BODIES.put("reorderOrgPolicyRules", PolicyRuleRules::reorder);
    BODIES.put("updateOrgPolicyDefault", PolicyRuleRules::defaultRule);
    BODIES.put("createOrgInvitation", InvitationRules::create);
  }

  private OperationRules() {}

  /** Every problem of the request's body and query by the server's rules; empty when it has none. */
  static List<Problem> problems(ApiRequest<?> request) {
    List<Problem> problems = new ArrayList<>();
    Function<JsonNode, List<Problem>> body = BODIES.get(request.operationId());
    if (body != null && request.body() != null) {
      problems.addAll(body.apply(MAPPER.valueToTree(request.body())));
    }
    for (Map.Entry<String, String> q : request.query()) {
      if (q.getKey().equals("include") && request.operationId().equals("listAgents") && !GRANTS_SUMMARY.equals(q.getValue())) {
        problems.add(new Problem("include", "Unknown include: " + q.getValue()));
      } else if (q.getKey().equals("status")
          && (request.operationId().equals("listOrgPolicyRules") || request.operationId().equals("getOrgPolicyDefault"))) {
        for (Problem p : PolicyRuleRules.status(q.getValue())) {
          problems.add(new Problem("status", p.message()));
        }
      }
    }
    return problems;
  }
}
