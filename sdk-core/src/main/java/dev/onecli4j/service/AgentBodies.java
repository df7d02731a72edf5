package dev.onecli4j.service;

import dev.onecli4j.generated.onecli.model.AgentConnectionAssignmentInput;
import dev.onecli4j.generated.onecli.model.AgentConnectionsUpdateRequest;
import dev.onecli4j.generated.onecli.model.AgentCreateRequest;
import dev.onecli4j.generated.onecli.model.AgentRenameRequest;
import dev.onecli4j.generated.onecli.model.AgentSecretModeUpdateRequest;
import dev.onecli4j.generated.onecli.model.AgentSecretsUpdateRequest;
import dev.onecli4j.generated.onecli.model.SecretMode;
import dev.onecli4j.param.AgentCreateParams;
import dev.onecli4j.validation.Problems;
import java.util.List;

/** Checks the arguments of agent calls, reporting every problem at once, and builds their bodies. */
final class AgentBodies {
  private AgentBodies() {}

  static AgentCreateRequest create(AgentCreateParams p) {
    Args.required("create", "params", p);
    return AgentCreateRequest.builder()
        .name(p.name())
        .identifier(p.identifier())
        .parentIdentifier(p.parentIdentifier())
        .build();
  }

  static AgentRenameRequest rename(String agentId, String name) {
    Problems.of("rename").requiredId("agentId", agentId).requiredText("name", name).throwIfAny();
    return AgentRenameRequest.builder().name(name).build();
  }

  static AgentSecretModeUpdateRequest secretMode(String agentId, SecretMode mode) {
    Problems.of("updateSecretMode").requiredId("agentId", agentId).required("mode", mode).throwIfAny();
    return AgentSecretModeUpdateRequest.builder().mode(mode).build();
  }

  static AgentSecretsUpdateRequest secrets(String agentId, List<String> secretIds) {
    Problems problems = Problems.of("updateSecrets").requiredId("agentId", agentId).required("secretIds", secretIds);
    if (secretIds != null) {
      for (int i = 0; i < secretIds.size(); i++) {
        problems.required("secretIds[" + i + "]", secretIds.get(i));
      }
    }
    problems.throwIfAny();
    return AgentSecretsUpdateRequest.builder().secretIds(secretIds).build();
  }

  static AgentConnectionsUpdateRequest connections(
      String agentId, List<AgentConnectionAssignmentInput> connections) {
    Problems problems =
        Problems.of("updateConnections").requiredId("agentId", agentId).required("connections", connections);
    if (connections != null) {
      for (int i = 0; i < connections.size(); i++) {
        AgentConnectionAssignmentInput c = connections.get(i);
        if (c == null) {
          problems.add("connections[" + i + "]", "is required");
        } else {
          problems.requiredText("connections[" + i + "].appConnectionId", c.appConnectionId());
        }
      }
    }
    problems.throwIfAny();
    return AgentConnectionsUpdateRequest.builder().connections(connections).build();
  }
}
