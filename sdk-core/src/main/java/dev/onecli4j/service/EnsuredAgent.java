package dev.onecli4j.service;

import dev.onecli4j.generated.onecli.model.Agent;
import dev.onecli4j.generated.onecli.model.AgentCreated;
import dev.onecli4j.generated.onecli.model.AgentKind;
import java.util.Collections;
import java.util.List;

/**
 * The agent {@code agents().ensure(params)} created, or the one with that identifier that
 * existed already. Immutable.
 */
public final class EnsuredAgent {
  private final String id;
  private final String name;
  private final String identifier;
  private final AgentKind kind;
  private final boolean created;
  private final List<String> llmKeys;

  private EnsuredAgent(String id, String name, String identifier, AgentKind kind, boolean created, List<String> llmKeys) {
    this.id = id;
    this.name = name;
    this.identifier = identifier;
    this.kind = kind;
    this.created = created;
    this.llmKeys = Collections.unmodifiableList(llmKeys);
  }

  static EnsuredAgent created(AgentCreated a) {
    return new EnsuredAgent(a.id(), a.name(), a.identifier(), a.kind(), true, ExactSecrets.orEmpty(a.llmKeys()));
  }

  /** The agent of {@code agents} with {@code identifier}, or {@code null}. */
  static EnsuredAgent existing(List<Agent> agents, String identifier) {
    for (Agent a : agents) {
      if (identifier.equals(a.identifier())) {
        return new EnsuredAgent(a.id(), a.name(), a.identifier(), a.kind(), false, List.of());
      }
    }
    return null;
  }

  /**
   * The agent's ID.
   *
   * @return the ID
   */
  public String id() {
    return id;
  }

  /**
   * The agent's display name (the existing agent keeps its own).
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The agent's identifier.
   *
   * @return the identifier
   */
  public String identifier() {
    return identifier;
  }

  /**
   * Who runs the agent, when the server said.
   *
   * @return the kind, or {@code null}
   */
  public AgentKind kind() {
    return kind;
  }

  /**
   * Whether this call created the agent.
   *
   * @return true if created now, false if it existed
   */
  public boolean created() {
    return created;
  }

  /**
   * The LLM keys the server granted the new agent automatically; empty when the agent existed.
   *
   * @return an unmodifiable list of secret IDs
   */
  public List<String> llmKeys() {
    return llmKeys;
  }

  @Override
  public String toString() {
    return "EnsuredAgent{id=" + id + ", identifier=" + identifier + ", created=" + created + "}";
  }
}
