package dev.onecli4j.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The server's two-level first-match policy engine, as far as the emulator models it: each
 * level (organization, workspace) picks its first matching enabled rule by priority; the
 * stricter of the two wins (block, then approval, then rate limit, then allow); with no rule, a
 * Default Rule {@code block} blocks requests that carry a credential and do not go to an LLM
 * host. A Default Rule block also keeps the other level's lone allow from opening the door.
 * Requests never have a body here, so rules with body conditions never match.
 */
final class PolicyEngine {
  /** One request to decide. */
  static final class Request {
    final String host;
    final String path;
    final String method;
    final String agentId;
    final List<String> userIds;
    final String winningConnectionId;
    final boolean hasInjections;

    Request(String host, String path, String method, String agentId, List<String> userIds, String winningConnectionId, boolean hasInjections) {
      this.host = host;
      this.path = path;
      this.method = method;
      this.agentId = agentId;
      this.userIds = userIds;
      this.winningConnectionId = winningConnectionId;
      this.hasInjections = hasInjections;
    }
  }

  /** What decided: a rule, a blocking Default Rule of a level, or nothing (allowed). */
  static final class Outcome {
    final StoredPolicyRule rule;
    final String denyLevel;
    final boolean managed;

    private Outcome(StoredPolicyRule rule, String denyLevel, boolean managed) {
      this.rule = rule;
      this.denyLevel = denyLevel;
      this.managed = managed;
    }

    boolean blocks() {
      return denyLevel != null || rule != null && "block".equals(rule.action);
    }
  }

  private PolicyEngine() {}

  /** Decides {@code r} against both levels, or against the organization alone. */
  static Outcome decide(PolicyView v, Request r, boolean orgOnly) {
    StoredPolicyRule orgMatch = firstMatch(v, v.orgRules, r);
    StoredPolicyRule wsMatch = orgOnly ? null : firstMatch(v, v.workspaceRules, r);
    boolean enforceDeny = r.hasInjections && !isLlmHost(r.host);
    boolean orgDefaultBlocks = "block".equals(v.orgDefault) && enforceDeny;
    StoredPolicyRule effectiveWs = orgMatch == null && wsMatch != null && "allow".equals(wsMatch.action) && orgDefaultBlocks ? null : wsMatch;
    StoredPolicyRule best = orgMatch;
    if (effectiveWs != null && (best == null || rank(effectiveWs) < rank(best))) {
      best = effectiveWs;
    }
    if (best != null) {
      return new Outcome(best, null, enforceDeny);
    }
    if (orgDefaultBlocks) {
      return new Outcome(null, "organization", enforceDeny);
    }
    return new Outcome(null, null, enforceDeny);
  }

  /** Block 0, approval 1, rate limit 2, allow 3. */
  static int rank(StoredPolicyRule rule) {
    if ("block".equals(rule.action)) {
      return 0;
    }
    if (rule.requireApproval) {
      return 1;
    }
    return rule.rateLimit != null ? 2 : 3;
  }

  private static StoredPolicyRule firstMatch(PolicyView v, List<StoredPolicyRule> rules, Request r) {
    List<StoredPolicyRule> ordered = new ArrayList<>(rules);
    ordered.sort((a, b) -> Integer.compare(a.priority, b.priority));
    for (StoredPolicyRule rule : ordered) {
      if (rule.enabled && !rule.isDefault && identityMatches(rule, r) && anyTargetMatches(v, rule, r)) {
        return rule;
      }
    }
    return null;
  }

  private static boolean identityMatches(StoredPolicyRule rule, Request r) {
    if (rule.identities.isEmpty()) {
      return true;
    }
    for (JsonNode i : rule.identities) {
      String type = i.path("type").asText();
      String id = i.path("id").asText();
      if ("agent".equals(type) && id.equals(r.agentId) || "user".equals(type) && r.userIds.contains(id)) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyTargetMatches(PolicyView v, StoredPolicyRule rule, Request r) {
    boolean noBodyConditions = rule.conditions == null || !rule.conditions.isArray() || rule.conditions.size() == 0;
    for (JsonNode t : rule.targets) {
      switch (t.path("kind").asText()) {
        case "network":
          if (noBodyConditions
              && hostMatches(r.host, t.path("hostPattern").asText())
              && glob(t.path("pathPattern").isTextual() ? t.get("pathPattern").asText() : "*", r.path)
              && (!t.path("method").isTextual() || t.get("method").asText().equals(r.method))) {
            return true;
          }
          break;
        case "app":
          if (appMatches(t.path("provider").asText(), t.path("tools"), noBodyConditions, r)) {
            return true;
          }
          break;
        case "connection":
          StoredConnection c = v.connection(t.path("connectionId").asText());
          if (c != null
              && c.id.equals(r.winningConnectionId)
              && appMatches(c.provider, t.path("tools"), noBodyConditions, r)) {
            return true;
          }
          break;
        case "secret":
          for (String h : v.secretHosts(t)) {
            if (hostMatches(r.host, h)) {
              return true;
            }
          }
          break;
        default:
          break;
      }
    }
    return false;
  }

  private static boolean appMatches(String provider, JsonNode tools, boolean noBodyConditions, Request r) {
    AppCatalog.App app = AppCatalog.get(provider);
    if (app == null) {
      return false;
    }
    List<String> named = new ArrayList<>();
    tools.forEach(n -> named.add(n.asText()));
    for (AppCatalog.Tool tool : app.tools) {
      if (named.isEmpty()) {
        if (hostMatches(r.host, tool.host)) {
          return true;
        }
      } else if (named.contains(tool.id) && noBodyConditions && isToolRequest(tool, r)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the request is a call of {@code tool}'s endpoint. */
  private static boolean isToolRequest(AppCatalog.Tool tool, Request r) {
    return hostMatches(r.host, tool.host) && glob(tool.path, r.path) && tool.method.equals(r.method);
  }

  /** A concrete path for a tool's path pattern. */
  static String samplePath(String pattern) {
    return pattern.replace("*", "x");
  }

  /** A concrete host for a host pattern. */
  static String sampleHost(String pattern) {
    return pattern.replace("*", "x");
  }

  /** The server's host match: case-insensitive, one {@code *} standing for any characters. */
  static boolean hostMatches(String host, String pattern) {
    String h = host.toLowerCase(Locale.ROOT);
    String p = pattern.toLowerCase(Locale.ROOT);
    int star = p.indexOf('*');
    if (star < 0) {
      return h.equals(p);
    }
    String prefix = p.substring(0, star);
    String suffix = p.substring(star + 1);
    return h.length() >= prefix.length() + suffix.length() && h.startsWith(prefix) && h.endsWith(suffix);
  }

  /** Whether the host belongs to a model provider (a Default Rule block never applies there). */
  static boolean isLlmHost(String host) {
    String h = host.split(":")[0];
    for (String s : new String[] {"anthropic.com", "openai.com", "chatgpt.com", "deepseek.com", "groq.com", "openrouter.ai", "moonshot.cn", "generativelanguage.googleapis.com"}) {
      if (h.contains(s)) {
        return true;
      }
    }
    return false;
  }

  private static boolean glob(String pattern, String path) {
    String[] parts = pattern.split("\\*", -1);
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      re.append(i == 0 ? "" : ".*").append(Pattern.quote(parts[i]));
    }
    return Pattern.compile(re.toString()).matcher(path).matches();
  }
}
