package dev.onecli4j.generated.onecli.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.onecli4j.generated.runtime.ModelReader;
import java.io.IOException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An agent a new secret was attached to. Servers send either the agent's id as a plain string
 * (self-hosted 2.0.1) or an object with {@code id} and {@code name}; both read into this class.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonDeserialize(using = AttachedAgent.JsonReader.class)
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

  private AttachedAgent(String id, String name) {
    this.id = id;
    this.name = name;
  }

  /**
   * An agent known by id only, as a server that sends plain ids describes it.
   *
   * @param id the agent's id
   * @return an agent known by id only, as a server that sends plain ids describes it
   */
  public static AttachedAgent ofId(String id) {
    return new AttachedAgent(id, null);
  }

  /**
   * An agent with its id and name.
   *
   * @param id the agent's id
   * @param name the agent's name
   * @return an agent with its id and name
   */
  public static AttachedAgent of(String id, String name) {
    return new AttachedAgent(id, name);
  }

  /** {@return the agent's id} */
  public String id() {
    return id;
  }

  /** {@return the agent's name, or {@code null} when the server sent only the id} */
  public @Nullable String name() {
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

  /**
   * Reads either form in one pass (see {@link ModelReader}): a string is the id; an object's
   * {@code id} and {@code name} are read, other fields are unknown properties; anything else is
   * refused.
   */
  static final class JsonReader extends ModelReader<AttachedAgent> {
    private static final long serialVersionUID = 1L;

    JsonReader() {
      super(AttachedAgent.class, "id", "name");
    }

    @Override
    public AttachedAgent deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.hasToken(JsonToken.VALUE_STRING)) {
        return ofId(p.getText());
      }
      if (!isObject(p)) {
        return notAnObject(p, ctxt);
      }
      String id = null;
      String name = null;
      for (int field = firstPosition(p); field != 0; field = nextPosition(p, field)) {
        p.nextToken();
        switch (field) {
          case 1: // id
            id = string(1, p, ctxt);
            break;
          case 2: // name
            name = string(2, p, ctxt);
            break;
          default:
            handleUnknownProperty(p, ctxt, AttachedAgent.class, p.currentName());
            break;
        }
      }
      return new AttachedAgent(id, name);
    }
  }
}
