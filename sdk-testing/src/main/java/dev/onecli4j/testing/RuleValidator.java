package dev.onecli4j.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onecli4j.generated.onecli.model.RuleCondition;
import dev.onecli4j.testing.Zod.Presence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/** The server's body schemas for policy rules, read in order; the first problem is a flat 400. */
final class RuleValidator {
  static final String RATE_LIMIT_FIELDS = "rateLimit and rateLimitWindow are required when action is rate_limit";
  private static final String[] METHODS = {"GET", "POST", "PUT", "PATCH", "DELETE"};
  private static final String[] ACTIONS = {"block", "rate_limit", "manual_approval", "allow"};
  private static final String[] WINDOWS = {"minute", "hour", "day"};

  private RuleValidator() {}

  /** Validates a create body. */
  static RuleInput create(JsonNode body) {
    ObjectNode o = Zod.object(body);
    RuleInput in = read(o, false);
    if ("rate_limit".equals(in.action) && (in.rateLimit == null || in.rateLimitWindow == null)) {
      throw OneCliErrors.flat(RATE_LIMIT_FIELDS);
    }
    return in;
  }

  /** Validates an update body: every field optional, the clearable ones nullable, one needed. */
  static RuleInput update(JsonNode body) {
    RuleInput in = read(Zod.object(body), true);
    if (in.sent.isEmpty()) {
      throw OneCliErrors.flat("At least one field must be provided");
    }
    return in;
  }

  private static RuleInput read(ObjectNode o, boolean update) {
    Presence required = update ? Presence.OPTIONAL : Presence.REQUIRED;
    Presence clearable = update ? Presence.NULLABLE : Presence.OPTIONAL;
    RuleInput in = new RuleInput();
    for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
      in.sent.add(it.next());
    }
    in.sent.retainAll(
        Arrays.asList(
            "name", "hostPattern", "pathPattern", "method", "action", "enabled", "agentId", "rateLimit",
            "rateLimitWindow", "conditions"));
    String name = Zod.string(o, "name", required);
    in.name = name == null ? null : Zod.length(Zod.trim(name), 1, 255);
    String host = Zod.string(o, "hostPattern", required);
    in.hostPattern = host == null ? null : Zod.length(host, 1, 1000);
    String path = Zod.string(o, "pathPattern", clearable);
    in.pathPattern = path == null ? null : Zod.length(path, 0, 1000);
    in.method = Zod.oneOf(o, "method", clearable, METHODS);
    in.action = Zod.oneOf(o, "action", required, ACTIONS);
    in.enabled = Zod.bool(o, "enabled", required);
    in.agentId = Zod.string(o, "agentId", clearable);
    in.rateLimit = Zod.integer(o, "rateLimit", clearable, 1, 1_000_000);
    in.rateLimitWindow = Zod.oneOf(o, "rateLimitWindow", clearable, WINDOWS);
    List<JsonNode> items = Zod.array(o, "conditions", clearable, 10);
    in.conditions = items == null ? null : conditions(items);
    return in;
  }

  private static List<RuleCondition> conditions(List<JsonNode> items) {
    List<RuleCondition> out = new ArrayList<>();
    for (JsonNode item : items) {
      ObjectNode c = Zod.object(item);
      String target = Zod.oneOf(c, "target", Presence.REQUIRED, "body");
      String operator = Zod.oneOf(c, "operator", Presence.REQUIRED, "contains");
      String value = Zod.length(Zod.string(c, "value", Presence.REQUIRED), 1, 1000);
      String key = Zod.string(c, "key", Presence.OPTIONAL);
      if (key != null) {
        Zod.length(key, 0, 500);
      }
      out.add(
          RuleCondition.builder()
              .target(RuleCondition.TargetEnum.of(target))
              .operator(RuleCondition.OperatorEnum.of(operator))
              .value(value)
              .key(key)
              .build());
    }
    return out;
  }
}
