package dev.onecli4j.generated.onecli.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * An agent a new secret was attached to. Servers send either the agent's id as a plain string
 * (self-hosted 2.0.1) or an object with {@code id} and {@code name}; both read into this class.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(
    fieldVisibility = JsonAutoDetect.Visibility.NONE,
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE,
    setterVisibility = JsonAutoDetect.Visibility.NONE)
public final class AttachedAgent {
  @JsonProperty("id")
  private final String id;

  @JsonProperty("name")
  private final String name;

  @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
  private AttachedAgent(@JsonProperty("id") String id, @JsonProperty("name") String name) {
    this.id = id;
    this.name = name;
  }

  /** An agent known by id only, as a server that sends plain ids describes it. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static AttachedAgent ofId(String id) {
    return new AttachedAgent(id, null);
  }

  /** An agent with its id and name. */
  public static AttachedAgent of(String id, String name) {
    return new AttachedAgent(id, name);
  }

  /** The agent's id. */
  public String id() {
    return id;
  }

  /** The agent's name, or {@code null} when the server sent only the id. */
  public String name() {
    return name;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AttachedAgent
        && Objects.equals(id, ((AttachedAgent) o).id)
        && Objects.equals(name, ((AttachedAgent) o).name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name);
  }

  @Override
  public String toString() {
    // Tokens and URL passwords a value may embed print masked, as in every generated model.
    return dev.onecli4j.generated.runtime.Credentials.maskTokens(describe());
  }

  private String describe() {
    return "AttachedAgent{id=" + id + ", name=" + name + "}";
  }
}
