package dev.onecli4j.service;

import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.generated.onecli.model.AgentGrants;
import dev.onecli4j.generated.onecli.model.AgentSecretGrant;
import dev.onecli4j.validation.Problems;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/** The steps of {@code grantExactly}: which secret grants to add and which to remove. */
final class GrantPlan {
  private GrantPlan() {}

  /** The secrets asked for, each once; refuses a missing argument by name. */
  static List<String> requested(String agentId, Collection<String> secretIds, RequestOptions options) {
    Problems problems = Problems.of("grantExactly").requiredId("agentId", agentId).required("secretIds", secretIds);
    if (secretIds != null) {
      int i = 0;
      for (String id : secretIds) {
        problems.requiredId("secretIds[" + i++ + "]", id);
      }
    }
    problems.required("options", options).throwIfAny();
    return new ArrayList<>(new LinkedHashSet<>(secretIds));
  }

  /** The requested secrets the agent does not hold yet. */
  static List<String> toGrant(List<String> requested, AgentGrants current) {
    List<String> held = held(current);
    List<String> out = new ArrayList<>();
    for (String id : requested) {
      if (!held.contains(id)) {
        out.add(id);
      }
    }
    return out;
  }

  /** The secrets the agent holds but was not asked to. */
  static List<String> toRevoke(List<String> requested, AgentGrants current) {
    List<String> out = new ArrayList<>();
    for (String id : held(current)) {
      if (!requested.contains(id)) {
        out.add(id);
      }
    }
    return out;
  }

  private static List<String> held(AgentGrants current) {
    List<String> held = new ArrayList<>();
    for (AgentSecretGrant g : ExactSecrets.orEmpty(current.secrets())) {
      held.add(g.secretId());
    }
    return held;
  }
}
