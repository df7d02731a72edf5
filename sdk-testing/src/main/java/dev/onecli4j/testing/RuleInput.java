package dev.onecli4j.testing;

import dev.onecli4j.generated.onecli.model.RuleCondition;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A rule create or update body after validation; {@link #sent} names the fields given. */
final class RuleInput {
  final Set<String> sent = new TreeSet<>();
  String name;
  String hostPattern;
  String pathPattern;
  String method;
  String action;
  Boolean enabled;
  String agentId;
  Integer rateLimit;
  String rateLimitWindow;
  List<RuleCondition> conditions;
}
