package dev.onecli4j.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The engine's verdict on each tool of an app's catalog for one agent (or for no agent): {@code
 * allow}, {@code approval}, {@code block} or {@code unmanaged} (no rule and no credential), with
 * the deciding rule and the organization's own verdict (its ceiling).
 */
final class ToolVerdicts {
  /** One tool's verdict. */
  static final class Verdict {
    final AppCatalog.Tool tool;
    final String verdict;
    final Integer rateLimit;
    final String rateLimitWindow;
    final ObjectNode decidedBy;
    final String orgCeiling;

    Verdict(AppCatalog.Tool tool, String verdict, Integer rateLimit, String rateLimitWindow, ObjectNode decidedBy, String orgCeiling) {
      this.tool = tool;
      this.verdict = verdict;
      this.rateLimit = rateLimit;
      this.rateLimitWindow = rateLimitWindow;
      this.decidedBy = decidedBy;
      this.orgCeiling = orgCeiling;
    }

    String key() {
      return verdict + "|" + rateLimit + "|" + rateLimitWindow;
    }

    ObjectNode toJson() {
      ObjectNode o = EmulatorJson.object().put("toolId", tool.id).put("verdict", verdict);
      o.put("rateLimit", rateLimit).put("rateLimitWindow", rateLimitWindow);
      o.set("decidedBy", decidedBy == null ? o.nullNode() : decidedBy);
      return o.put("orgCeiling", orgCeiling);
    }
  }

  private ToolVerdicts() {}

  /**
   * The verdicts for every tool of {@code app}.
   *
   * @param agentId the agent, or {@code ""} for the baseline (only rules for everyone apply)
   * @param userIds the members a user identity may name (none for the baseline)
   * @param winningConnectionId the connection the calls go through, or {@code null}
   * @param injects whether a credential would be injected for a host
   */
  static List<Verdict> of(
      PolicyView v, AppCatalog.App app, String agentId, List<String> userIds, String winningConnectionId, Predicate<String> injects) {
    List<Verdict> out = new ArrayList<>();
    for (AppCatalog.Tool tool : app.tools) {
      PolicyEngine.Request r =
          new PolicyEngine.Request(
              tool.host, PolicyEngine.samplePath(tool.path), tool.method, agentId, userIds, winningConnectionId, injects.test(tool.host));
      out.add(verdict(tool, PolicyEngine.decide(v, r, false), ceiling(PolicyEngine.decide(v, r, true))));
    }
    return out;
  }

  /** Folds verdicts of the same tools computed for several connections: disagreement is {@code mixed}. */
  static List<Verdict> fold(List<List<Verdict>> runs) {
    List<Verdict> first = runs.get(0);
    List<Verdict> out = new ArrayList<>();
    for (int i = 0; i < first.size(); i++) {
      Verdict t = first.get(i);
      boolean same = true;
      for (List<Verdict> run : runs) {
        same &= run.get(i).key().equals(t.key());
      }
      out.add(same ? t : new Verdict(t.tool, "mixed", null, null, null, t.orgCeiling));
    }
    return out;
  }

  /** The tools grouped by category, each group with its common verdict or {@code mixed}. */
  static ArrayNode groups(List<Verdict> verdicts) {
    Map<String, List<Verdict>> byCategory = new LinkedHashMap<>();
    for (Verdict t : verdicts) {
      byCategory.computeIfAbsent(t.tool.category, c -> new ArrayList<>()).add(t);
    }
    ArrayNode groups = EmulatorJson.array();
    for (Map.Entry<String, List<Verdict>> e : byCategory.entrySet()) {
      String common = e.getValue().get(0).verdict;
      for (Verdict t : e.getValue()) {
        if (!t.verdict.equals(common)) {
          common = "mixed";
        }
      }
      ObjectNode g = groups.addObject().put("category", e.getKey()).put("verdict", common);
      ArrayNode tools = g.putArray("tools");
      e.getValue().forEach(t -> tools.add(t.toJson()));
    }
    return groups;
  }

  /** All blocked: blocked; all allowed or unmanaged: usable; else limited; no tools: unknown. */
  static String rollup(List<Verdict> verdicts) {
    if (verdicts.isEmpty()) {
      return "unknown";
    }
    boolean allBlocked = true;
    boolean allReachable = true;
    for (Verdict t : verdicts) {
      allBlocked &= t.verdict.equals("block");
      allReachable &= t.verdict.equals("allow") || t.verdict.equals("unmanaged");
    }
    return allBlocked ? "blocked" : allReachable ? "usable" : "limited";
  }

  private static Verdict verdict(AppCatalog.Tool tool, PolicyEngine.Outcome o, String ceiling) {
    if (o.rule != null) {
      ObjectNode decidedBy = decidedBy(o.rule);
      if ("block".equals(o.rule.action)) {
        return new Verdict(tool, "block", null, null, decidedBy, ceiling);
      }
      if (o.rule.requireApproval) {
        return new Verdict(tool, "approval", null, null, decidedBy, ceiling);
      }
      return new Verdict(tool, "allow", o.rule.rateLimit, o.rule.rateLimitWindow, decidedBy, ceiling);
    }
    if (o.denyLevel != null) {
      ObjectNode decidedBy = EmulatorJson.object().put("kind", "default").put("scope", o.denyLevel);
      return new Verdict(tool, "block", null, null, decidedBy, ceiling);
    }
    return new Verdict(tool, o.managed ? "allow" : "unmanaged", null, null, null, ceiling);
  }

  private static ObjectNode decidedBy(StoredPolicyRule r) {
    ObjectNode o = EmulatorJson.object().put("kind", "rule").put("scope", r.scope);
    if (OrgPolicy.SCOPE.equals(r.scope)) {
      return o.put("redacted", true);
    }
    ObjectNode rule = o.putObject("rule").put("logicalId", r.logicalId).put("name", r.name).put("source", r.source);
    rule.put("action", r.action).put("requireApproval", r.requireApproval);
    rule.put("rateLimit", r.rateLimit).put("rateLimitWindow", r.rateLimitWindow);
    return o;
  }

  private static String ceiling(PolicyEngine.Outcome orgAlone) {
    if (orgAlone.rule != null) {
      if ("block".equals(orgAlone.rule.action)) {
        return "block";
      }
      return orgAlone.rule.requireApproval ? "approval" : "allow";
    }
    return orgAlone.denyLevel != null ? "block" : null;
  }
}
