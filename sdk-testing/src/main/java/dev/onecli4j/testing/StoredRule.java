package dev.onecli4j.testing;

import dev.onecli4j.generated.onecli.model.HttpMethod;
import dev.onecli4j.generated.onecli.model.PolicyRule;
import dev.onecli4j.generated.onecli.model.RateLimitWindow;
import dev.onecli4j.generated.onecli.model.ResourceScope;
import dev.onecli4j.generated.onecli.model.RuleAction;
import dev.onecli4j.generated.onecli.model.RuleCondition;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** One policy rule in the emulator's memory. Guarded by the emulator's state lock. */
final class StoredRule {
  final String id;
  final OffsetDateTime createdAt;
  String name;
  String hostPattern;
  String pathPattern;
  String method;
  String action;
  boolean enabled;
  String agentId;
  Integer rateLimit;
  String rateLimitWindow;
  List<RuleCondition> conditions = new ArrayList<>();

  StoredRule(String id, OffsetDateTime createdAt) {
    this.id = id;
    this.createdAt = createdAt;
  }

  /** The rule as the API answers it, nullable fields as explicit nulls. */
  PolicyRule toRule() {
    return PolicyRule.builder()
        .id(id)
        .name(name)
        .hostPattern(hostPattern)
        .pathPattern(pathPattern)
        .method(method == null ? null : HttpMethod.of(method))
        .action(RuleAction.of(action))
        .enabled(enabled)
        .agentId(agentId)
        .rateLimit(rateLimit)
        .rateLimitWindow(rateLimitWindow == null ? null : RateLimitWindow.of(rateLimitWindow))
        .scope(ResourceScope.WORKSPACE)
        .metadata(null)
        .conditions(new ArrayList<>(conditions))
        .createdAt(createdAt)
        .build();
  }
}
