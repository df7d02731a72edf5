package dev.onecli4j.testing;

import dev.onecli4j.generated.onecli.model.Agent;
import dev.onecli4j.generated.onecli.model.AgentCounts;
import dev.onecli4j.generated.onecli.model.AgentDetail;
import dev.onecli4j.generated.onecli.model.AgentKind;
import dev.onecli4j.generated.onecli.model.SecretMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** One agent in the emulator's memory. Guarded by the emulator's state lock. */
final class StoredAgent {
  final String id;
  final String identifier;
  final OffsetDateTime createdAt;
  String name;
  String accessToken;
  boolean isDefault;
  String secretMode;
  final Set<String> secretIds = new LinkedHashSet<>();

  StoredAgent(String id, String identifier, OffsetDateTime createdAt) {
    this.id = id;
    this.identifier = identifier;
    this.createdAt = createdAt;
  }

  /** The agent as lists answer it, token included. */
  Agent toAgent() {
    return Agent.builder()
        .id(id)
        .name(name)
        .identifier(identifier)
        .accessToken(accessToken)
        .isDefault(isDefault)
        .secretMode(SecretMode.of(secretMode))
        .createdAt(createdAt)
        .count(AgentCounts.builder().agentSecrets(secretIds.size()).agentAppConnections(0).build())
        .build();
  }

  /**
   * The agent as {@code GET /agents/{agentId}} answers it: no token; an agent of the emulator is
   * one you run yourself, without channels, picture or recent traffic, and the server's nulls stay.
   */
  AgentDetail toDetail() {
    return AgentDetail.builder()
        .id(id)
        .name(name)
        .identifier(identifier)
        .kind(AgentKind.BYO)
        .harness(null)
        .model(null)
        .instructions(null)
        .createdAt(createdAt)
        .channels(new ArrayList<>())
        .imageUrl(null)
        .recentRequestAt(null)
        .workingInBackground(false)
        .build();
  }

  List<String> assignedSecretIds() {
    return new ArrayList<>(secretIds);
  }
}
