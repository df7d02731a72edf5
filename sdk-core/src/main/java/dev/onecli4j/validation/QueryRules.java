package dev.onecli4j.validation;

import dev.onecli4j.generated.runtime.ApiRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The query values the OneCLI server (2.0.1) checks, by operation: {@code include} of {@code GET
 * /agents} and {@code status} of the organization's policy rules and Default Rule.
 */
final class QueryRules {
  /** The only value of {@code include} that {@code GET /agents} accepts. */
  static final String GRANTS_SUMMARY = "grants-summary";

  private QueryRules() {}

  /** Every problem of the request's query values; empty when it has none. */
  static List<Problem> problems(ApiRequest<?> request) {
    List<Problem> problems = new ArrayList<>();
    String operation = request.operationId();
    for (Map.Entry<String, String> q : request.query()) {
      if (q.getKey().equals("include") && operation.equals("listAgents") && !GRANTS_SUMMARY.equals(q.getValue())) {
        problems.add(new Problem("include", "Unknown include: " + q.getValue()));
      } else if (q.getKey().equals("status") && (operation.equals("listOrgPolicyRules") || operation.equals("getOrgPolicyDefault"))) {
        for (Problem p : PolicyRuleRules.status(q.getValue())) {
          problems.add(new Problem("status", p.message()));
        }
      }
    }
    return problems;
  }
}
