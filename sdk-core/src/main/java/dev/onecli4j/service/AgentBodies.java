package dev.onecli4j.service;

import dev.onecli4j.generated.onecli.model.AgentConnectionAssignmentInput;
import dev.onecli4j.generated.onecli.model.AgentConnectionsUpdateRequest;
import dev.onecli4j.generated.onecli.model.AgentCreateRequest;
import dev.onecli4j.generated.onecli.model.AgentSecretsUpdateRequest;
import dev.onecli4j.param.AgentCreateParams;
import dev.onecli4j.validation.Problems;
import java.util.List;

/**
 * Builds the bodies of agent calls (the generated services call these after their own argument
 * checks); the list bodies are checked element by element, every problem reported at once.
 */
final class AgentBodies {
  private AgentBodies() {}

  static AgentCreateRequest create(AgentCreateParams p) {
    return AgentCreateRequest.builder()
        .name(p.name())
        .identifier(p.identifier())
        .parentIdentifier(p.parentIdentifier())
        .build();
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
