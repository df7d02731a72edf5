package dev.onecli4j.param;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The base of every params class of an operation with a JSON body: besides the fields the SDK
 * knows, it carries additional body properties, for fields the server takes that this version of
 * the SDK does not model yet. They are merged into the JSON body that is sent, a property of the
 * same name as a known field replacing it; every string in them is masked as a credential
 * wherever the call could echo it.
 *
 * <pre>{@code
 * AgentCreateParams.builder().name("Bot").putAdditionalBodyProperty("color", "teal").build();
 * }</pre>
 */
public abstract class BodyParams {
  private final Map<String, Object> additionalBodyProperties;

  /**
   * Takes the additional body properties of {@code builder}.
   *
   * @param builder the builder of the concrete params
   */
  protected BodyParams(Builder<?> builder) {
    this.additionalBodyProperties =
        builder.additionalBodyProperties.isEmpty()
            ? Collections.<String, Object>emptyMap()
            : Collections.unmodifiableMap(new LinkedHashMap<>(builder.additionalBodyProperties));
  }

  /**
   * Takes {@code properties} as the additional body properties: for params made by factories and
   * {@code withX} copies rather than a builder.
   *
   * @param properties the properties by JSON field name
   */
  protected BodyParams(Map<String, ?> properties) {
    this.additionalBodyProperties =
        properties.isEmpty()
            ? Collections.<String, Object>emptyMap()
            : Collections.unmodifiableMap(new LinkedHashMap<>(properties));
  }

  /**
   * The properties merged into the JSON body besides the known fields. Unmodifiable.
   *
   * @return the properties by name, empty when none were put
   */
  public final Map<String, Object> additionalBodyProperties() {
    return additionalBodyProperties;
  }

  /**
   * The setters of additional body properties, shared by every params builder with a body.
   *
   * @param <B> the concrete builder, returned by each setter
   */
  public abstract static class Builder<B extends Builder<B>> {
    private final Map<String, Object> additionalBodyProperties = new LinkedHashMap<>();

    /** Creates a builder with no additional properties. */
    protected Builder() {}

    @SuppressWarnings("unchecked")
    private B self() {
      return (B) this;
    }

    /**
     * Adds or replaces a body property the SDK does not model: any value Jackson writes as JSON
     * ({@code null} sends an explicit JSON null). Strings in it are masked as credentials.
     *
     * @param name the JSON field name
     * @param value the value
     * @return this builder
     */
    public final B putAdditionalBodyProperty(String name, Object value) {
      additionalBodyProperties.put(Objects.requireNonNull(name, "name"), value);
      return self();
    }

    /**
     * Replaces every additional body property with {@code properties}.
     *
     * @param properties the properties by JSON field name
     * @return this builder
     */
    public final B additionalBodyProperties(Map<String, ?> properties) {
      Objects.requireNonNull(properties, "properties");
      additionalBodyProperties.clear();
      for (Map.Entry<String, ?> e : properties.entrySet()) {
        putAdditionalBodyProperty(e.getKey(), e.getValue());
      }
      return self();
    }

    /**
     * Removes an additional body property.
     *
     * @param name the JSON field name
     * @return this builder
     */
    public final B removeAdditionalBodyProperty(String name) {
      additionalBodyProperties.remove(name);
      return self();
    }
  }
}
