package dev.onecli4j.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The OneCLI server's (2.0.1) rules for organization policy rules ({@code /org/policy/rules},
 * {@code /org/policy/rules/order}, {@code /org/policy/default}), in its order and with its
 * messages; it refuses the first problem with 422 {@code validation_error}.
 *
 * <p>The server checks in stages: the body, then (create) the identities' level, the
 * identities' ownership, that there is a target, the secret targets' shape, the targets'
 * ownership, the resource scoping. Ownership needs the server's data; the other stages are
 * here, one method each, and {@link #create} and {@link #update} run all of them.
 */
public final class PolicyRuleRules {
  /** An organization rule may not name an agent. */
  public static final String AGENT_IDENTITY = "An organization rule targets users or user-groups, not a specific agent.";
  /** A rule needs a target. */
  public static final String NO_TARGET = "A rule must name at least one target.";
  /** A secret target names a secret id or a level. */
  public static final String SECRET_TARGET_SHAPE =
      "A secret target must name either a specific secret or a level, not both.";
  /** The server's message for an identity outside the organization (needs the server's data). */
  public static final String FOREIGN_IDENTITY = "A referenced identity does not belong to this organization.";
  /** The server's message for a connection or secret outside the organization (needs the server's data). */
  public static final String FOREIGN_TARGET = "A referenced connection or secret does not belong to this organization.";
  /** Rate limits and approval only on an allow rule. */
  public static final String MODIFIERS_NEED_ALLOW = "rate-limit and approval modifiers require action = allow";
  /** A rate limit needs its window and the other way round. */
  public static final String RATE_LIMIT_PAIR = "rateLimit and rateLimitWindow must be provided together";
  /** Resource scoping needs a connection target. */
  public static final String SCOPING_NEEDS_CONNECTION =
      "resource scoping (repositories/folders) requires a connection target";
  /** Resource scoping only on an allow rule. */
  public static final String SCOPING_NEEDS_ALLOW = "resource scoping (repositories/folders) applies only to Allow rules";
  /** A PATCH must change something. */
  public static final String NOTHING_TO_UPDATE = "At least one field must be provided";
  /** The server's 409 when a reorder does not name every draft rule exactly once. */
  public static final String STALE_ORDER = "Rule set changed. Refresh and try again.";

  private static final Schema SCOPE = Schema.oneOfWithAlias("project", "workspace", "organization", "workspace");
  private static final Schema TOOLS = Schema.array(Schema.string().min(1)).max(100).optional();

  private static final Schema IDENTITY =
      Schema.discriminated("type")
          .option("agent", Schema.object().field("id", Schema.string().min(1)))
          .option("user", Schema.object().field("id", Schema.string().min(1)))
          .option("group", Schema.object().field("id", Schema.string().min(1)));

  private static final Schema TARGET =
      Schema.discriminated("kind")
          .option(
              "app",
              Schema.object()
                  .field("provider", Schema.string().min(1).max(255))
                  .field("tools", TOOLS)
                  .field("connectionScope", SCOPE.optional()))
          .option("connection", Schema.object().field("connectionId", Schema.string().min(1)).field("tools", TOOLS))
          .option(
              "secret",
              Schema.object()
                  .field("secretId", Schema.string().min(1).optional())
                  .field("secretScope", SCOPE.optional()))
          .option(
              "network",
              Schema.object()
                  .field("hostPattern", Schema.string().min(1).max(1000))
                  .field("pathPattern", Schema.string().max(1000).optional())
                  .field("method", Schema.oneOf("GET", "POST", "PUT", "PATCH", "DELETE").optional()));

  private static final Schema CONDITION =
      Schema.object()
          .field("target", Schema.oneOf("body"))
          .field("operator", Schema.oneOf("contains"))
          .field("value", Schema.string().min(1).max(1000))
          .field("key", Schema.string().max(500).optional());

  private static final Schema CONDITIONS = Schema.union(Schema.array(CONDITION).max(10), GrantRules.SESSION_POLICY);
  private static final Schema ACTION = Schema.oneOf("allow", "block");
  private static final Schema RATE_LIMIT = Schema.integer(1, 1_000_000);
  private static final Schema WINDOW = Schema.oneOf("minute", "hour", "day");

  private static final Schema CREATE =
      Schema.object()
          .field("name", Schema.string().trim().min(1).max(255))
          .field("description", Schema.string().max(1000).optional())
          .field("enabled", Schema.bool().optional())
          .field("action", ACTION)
          .field("rateLimit", RATE_LIMIT.optional())
          .field("rateLimitWindow", WINDOW.optional())
          .field("requireApproval", Schema.bool().optional())
          .field("conditions", CONDITIONS.optional())
          .field("identities", Schema.array(IDENTITY).max(100).optional())
          .field("targets", Schema.array(TARGET).max(100).optional())
          .refine(
              v -> !blockWithModifiers(text(v, "action"), v.get("rateLimit"), v.get("rateLimitWindow"), v.get("requireApproval")),
              MODIFIERS_NEED_ALLOW)
          .refine(v -> isNull(v.get("rateLimit")) == isNull(v.get("rateLimitWindow")), RATE_LIMIT_PAIR)
          .refine(v -> !isSessionPolicy(v.get("conditions")) || hasConnectionTarget(v.get("targets")), SCOPING_NEEDS_CONNECTION);

  private static final Schema UPDATE =
      Schema.object()
          .field("name", Schema.string().trim().min(1).max(255).optional())
          .field("description", Schema.string().max(1000).nullish())
          .field("enabled", Schema.bool().optional())
          .field("action", ACTION.optional())
          .field("rateLimit", RATE_LIMIT.nullish())
          .field("rateLimitWindow", WINDOW.nullish())
          .field("requireApproval", Schema.bool().optional())
          .field("conditions", CONDITIONS.nullish())
          .field("identities", Schema.array(IDENTITY).max(100).optional())
          .field("targets", Schema.array(TARGET).max(100).optional())
          .refine(v -> v.size() > 0, NOTHING_TO_UPDATE);

  private static final Schema REORDER =
      Schema.object().field("orderedIds", Schema.array(Schema.string().min(1)).min(1));

  private static final Schema DEFAULT_RULE = Schema.object().field("action", ACTION);

  private static final Schema STATUS = Schema.oneOf("draft", "published").optional();

  private PolicyRuleRules() {}

  /**
   * Every problem of a create body the server refuses without looking at its data, first the
   * one it answers: the body, then the identities' level, a target, the secret targets' shape
   * and the scoping's action. {@code null} stands for a request without a body.
   *
   * @param body the request body as JSON
   * @return every problem of a create body the server refuses without looking at its data, first
   *     the one it answers: the body, then the identities' level, a target, the secret targets'
   *     shape and the scoping's action
   */
  public static List<Problem> create(JsonNode body) {
    List<Problem> problems = createBody(body);
    if (problems.isEmpty()) {
      addIfAny(problems, identityLevel(body.get("identities")));
      addIfAny(problems, targetsPresent(body.get("targets")));
      addIfAny(problems, secretTargetShape(body.get("targets")));
      addIfAny(problems, scopingAction(body.get("conditions"), text(body, "action")));
    }
    return problems;
  }

  /**
   * The problems of a create body alone (the server's first stage).
   *
   * @param body the request body as JSON; {@code null} when there is none
   * @return the problems of a create body alone (the server's first stage)
   */
  public static List<Problem> createBody(@Nullable JsonNode body) {
    return CREATE.problems(body == null ? NullNode.getInstance() : body);
  }

  /**
   * Every problem of a PATCH body the server refuses without looking at the stored rule,
   * first the one it answers: the body, then the level of new identities, and that new targets
   * exist and are well formed. {@code null} stands for a request without a body.
   *
   * @param body the request body as JSON
   * @return every problem of a PATCH body the server refuses without looking at the stored rule,
   *     first the one it answers: the body, then the level of new identities, and that new targets
   *     exist and are well formed
   */
  public static List<Problem> update(JsonNode body) {
    List<Problem> problems = updateBody(body);
    if (problems.isEmpty()) {
      addIfAny(problems, identityLevel(body.get("identities")));
      if (body.has("targets")) {
        addIfAny(problems, targetsPresent(body.get("targets")));
        addIfAny(problems, secretTargetShape(body.get("targets")));
      }
    }
    return problems;
  }

  /**
   * The problems of a PATCH body alone (the server's first stage, before the rule lookup).
   *
   * @param body the request body as JSON; {@code null} when there is none
   * @return the problems of a PATCH body alone (the server's first stage, before the rule lookup)
   */
  public static List<Problem> updateBody(@Nullable JsonNode body) {
    return UPDATE.problems(body == null ? NullNode.getInstance() : body);
  }

  /**
   * The problems of a {@code PUT /org/policy/rules/order} body.
   *
   * @param body the request body as JSON; {@code null} when there is none
   * @return the problems of a {@code PUT /org/policy/rules/order} body
   */
  public static List<Problem> reorder(@Nullable JsonNode body) {
    return REORDER.problems(body == null ? NullNode.getInstance() : body);
  }

  /**
   * The problems of a {@code PATCH /org/policy/default} body.
   *
   * @param body the request body as JSON; {@code null} when there is none
   * @return the problems of a {@code PATCH /org/policy/default} body
   */
  public static List<Problem> defaultRule(@Nullable JsonNode body) {
    return DEFAULT_RULE.problems(body == null ? NullNode.getInstance() : body);
  }

  /**
   * The problems of a {@code status} query value ({@code draft} or {@code published}); {@code null} = absent.
   *
   * @param status the problems of a {@code status} query value ({@code draft} or {@code
   *     published}); {@code null} = absent
   * @return the problems of a {@code status} query value ({@code draft} or {@code published});
   *     {@code null} = absent
   */
  public static List<Problem> status(@Nullable String status) {
    return STATUS.problems(status == null ? null : TextNode.valueOf(status));
  }

  /**
   * The refusal of an agent identity, or {@code null}.
   *
   * @param identities the rule's identities as JSON
   * @return the refusal of an agent identity, or {@code null}
   */
  public static @Nullable Problem identityLevel(@Nullable JsonNode identities) {
    if (identities != null) {
      for (JsonNode i : identities) {
        if ("agent".equals(text(i, "type"))) {
          return new Problem("identities", AGENT_IDENTITY);
        }
      }
    }
    return null;
  }

  /**
   * The refusal of absent or empty targets, or {@code null}.
   *
   * @param targets the rule's targets as JSON
   * @return the refusal of absent or empty targets, or {@code null}
   */
  public static @Nullable Problem targetsPresent(@Nullable JsonNode targets) {
    return targets == null || targets.isNull() || targets.size() == 0 ? new Problem("targets", NO_TARGET) : null;
  }

  /**
   * The refusal of a secret target naming both or neither of a secret id and a level, or {@code null}.
   *
   * @param targets the rule's targets as JSON
   * @return the refusal of a secret target naming both or neither of a secret id and a level, or
   *     {@code null}
   */
  public static @Nullable Problem secretTargetShape(@Nullable JsonNode targets) {
    if (targets != null) {
      for (JsonNode t : targets) {
        if ("secret".equals(text(t, "kind")) && isNull(t.get("secretId")) == isNull(t.get("secretScope"))) {
          return new Problem("targets", SECRET_TARGET_SHAPE);
        }
      }
    }
    return null;
  }

  /**
   * The refusal of resource scoping on a block rule, or {@code null}.
   *
   * @param conditions the rule's conditions as JSON
   * @param action the rule's action
   * @return the refusal of resource scoping on a block rule, or {@code null}
   */
  public static @Nullable Problem scopingAction(JsonNode conditions, String action) {
    return isSessionPolicy(conditions) && !"allow".equals(action) ? new Problem("conditions", SCOPING_NEEDS_ALLOW) : null;
  }

  /**
   * The refusal of resource scoping without a connection target, or {@code null}.
   *
   * @param conditions the rule's conditions as JSON
   * @param targets the rule's targets as JSON
   * @return the refusal of resource scoping without a connection target, or {@code null}
   */
  public static @Nullable Problem scopingTarget(JsonNode conditions, JsonNode targets) {
    return isSessionPolicy(conditions) && !hasConnectionTarget(targets)
        ? new Problem("conditions", SCOPING_NEEDS_CONNECTION)
        : null;
  }

  /**
   * The refusal of a rule's modifiers as they would be after a change (the server re-checks a
   * PATCH against the stored rule), or {@code null}.
   *
   * @param action {@code allow} or {@code block}
   * @param rateLimit the limit, or null/JSON null
   * @param window the window, or null/JSON null
   * @param requireApproval the approval flag, or null
   * @return the refusal of a rule's modifiers as they would be after a change (the server re-checks
   *     a PATCH against the stored rule), or {@code null}
   */
  public static @Nullable Problem modifiers(String action, @Nullable JsonNode rateLimit, @Nullable JsonNode window, @Nullable JsonNode requireApproval) {
    if (blockWithModifiers(action, rateLimit, window, requireApproval)) {
      return new Problem("action", MODIFIERS_NEED_ALLOW);
    }
    if (isNull(rateLimit) != isNull(window)) {
      return new Problem("rateLimit", RATE_LIMIT_PAIR);
    }
    return null;
  }

  /**
   * Whether {@code conditions} is a resource scoping object rather than body conditions.
   *
   * @param conditions the rule's conditions as JSON
   * @return whether {@code conditions} is a resource scoping object rather than body conditions
   */
  public static boolean isSessionPolicy(@Nullable JsonNode conditions) {
    return conditions != null && conditions.isObject();
  }

  private static boolean blockWithModifiers(String action, JsonNode rateLimit, JsonNode window, JsonNode approval) {
    return "block".equals(action)
        && (!isNull(rateLimit) || !isNull(window) || approval != null && approval.asBoolean(false));
  }

  private static boolean hasConnectionTarget(JsonNode targets) {
    if (targets != null) {
      for (JsonNode t : targets) {
        if ("connection".equals(text(t, "kind"))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isNull(JsonNode n) {
    return n == null || n.isNull();
  }

  private static String text(JsonNode o, String key) {
    JsonNode n = o == null ? null : o.get(key);
    return n == null || !n.isTextual() ? null : n.textValue();
  }

  private static void addIfAny(List<Problem> problems, Problem p) {
    if (p != null) {
      problems.add(p);
    }
  }
}
