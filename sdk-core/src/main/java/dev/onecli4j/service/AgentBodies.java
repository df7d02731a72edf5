package dev.onecli4j.service;

import dev.onecli4j.generated.onecli.model.AgentConnectionAssignmentInput;
import dev.onecli4j.generated.onecli.model.AgentConnectionsUpdateRequest;
import dev.onecli4j.generated.onecli.model.AgentRenameRequest;
import dev.onecli4j.generated.onecli.model.AgentSecretsUpdateRequest;
import dev.onecli4j.param.AgentUpdateParams;
import dev.onecli4j.validation.Problems;
import java.util.List;

/**
 * Builds the bodies of agent changes: an update with the fields set (explicit nulls included),
 * and the retired assignment lists, checked element by element with every problem reported at
 * once. The generated services call these after their own argument checks.
 */
final class AgentBodies {
  private AgentBodies() {}

  static AgentRenameRequest update(AgentUpdateParams p) {
    return Bodies.as(AgentRenameRequest.class, p.changes());
  }

  static AgentSecretsUpdateRequest secrets(List<String> secretIds) {
    Problems problems = Problems.of("updateSecrets");
    for (int i = 0; i < secretIds.size(); i++) {
      problems.required("secretIds[" + i + "]", secretIds.get(i));
    }
    problems.throwIfAny();
    return AgentSecretsUpdateRequest.builder().secretIds(secretIds).build();
  }

  static AgentConnectionsUpdateRequest connections(List<AgentConnectionAssignmentInput> connections) {
    Problems problems = Problems.of("updateConnections");
    for (int i = 0; i < connections.size(); i++) {
      AgentConnectionAssignmentInput c = connections.get(i);
      if (c == null) {
        problems.add("connections[" + i + "]", "is required");
      } else {
        problems.requiredText("connections[" + i + "].appConnectionId", c.appConnectionId());
      }
    }
    problems.throwIfAny();
    return AgentConnectionsUpdateRequest.builder().connections(connections).build();
  }
}
