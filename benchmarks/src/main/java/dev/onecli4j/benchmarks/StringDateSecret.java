package dev.onecli4j.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.onecli4j.generated.onecli.model.ResourceScope;
import dev.onecli4j.generated.onecli.model.SecretType;
import dev.onecli4j.generated.onecli.model.ValueSource;
import java.util.Map;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Objects;

/**
 * Benchmark-only copy of the generated {@code dev.onecli4j.generated.onecli.model.Secret} with
 * {@code createdAt} kept as a {@code String}: the "raw with string dates" baseline. Same builder,
 * same copies in the constructor, same annotations; only the date's type differs.
 *
 * <p>Original description: a stored secret as lists return it; the value itself is never sent.
 *
 * <p>Immutable; build one with {@link #builder()}, copy one with {@link #newBuilder()}. Fields the
 * server sends that this version does not model are kept in {@link #additionalProperties()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(
    fieldVisibility = JsonAutoDetect.Visibility.NONE,
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE,
    setterVisibility = JsonAutoDetect.Visibility.NONE,
    creatorVisibility = JsonAutoDetect.Visibility.NONE)
@JsonDeserialize(builder = StringDateSecret.Builder.class)
@JsonPropertyOrder({ "id", "name", "type", "valueSource", "opRef", "hostPattern", "pathPattern", "injectionConfig", "metadata", "scope", "typeLabel", "createdAt" })
public final class StringDateSecret {

  @JsonProperty("id")
  private final String id;

  @JsonProperty("name")
  private final String name;

  @JsonProperty("type")
  private final SecretType type;

  @JsonProperty("valueSource")
  private final ValueSource valueSource;

  @JsonProperty("opRef")
  private final String opRef;
  private final boolean opRefSet;

  @JsonProperty("hostPattern")
  private final String hostPattern;

  @JsonProperty("pathPattern")
  private final String pathPattern;
  private final boolean pathPatternSet;

  @JsonProperty("injectionConfig")
  private final dev.onecli4j.generated.onecli.model.Injection injectionConfig;
  private final boolean injectionConfigSet;

  @JsonProperty("metadata")
  private final Map<String, Object> metadata;
  private final boolean metadataSet;

  @JsonProperty("scope")
  private final ResourceScope scope;

  @JsonProperty("typeLabel")
  private final String typeLabel;

  @JsonProperty("createdAt")
  private final String createdAt;
  private final Map<String, Object> additionalProperties;

  private StringDateSecret(Builder b) {
    this.id = b.id;
    this.name = b.name;
    this.type = b.type;
    this.valueSource = b.valueSource;
    this.opRef = b.opRef;
    this.opRefSet = b.opRefSet;
    this.hostPattern = b.hostPattern;
    this.pathPattern = b.pathPattern;
    this.pathPatternSet = b.pathPatternSet;
    this.injectionConfig = b.injectionConfig;
    this.injectionConfigSet = b.injectionConfigSet;
    this.metadata = b.metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(b.metadata));
    this.metadataSet = b.metadataSet;
    this.scope = b.scope;
    this.typeLabel = b.typeLabel;
    this.createdAt = b.createdAt;
    this.additionalProperties =
        b.additionalProperties == null
            ? Collections.emptyMap()
            : Collections.unmodifiableMap(new LinkedHashMap<>(b.additionalProperties));
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts with this object's fields. */
  public Builder newBuilder() {
    return new Builder(this);
  }

  /**
   * The {@code id} field.
   *
   * @return the value, or {@code null} when absent
   */
  public String id() {
    return id;
  }

  /**
   * The {@code name} field.
   *
   * @return the value, or {@code null} when absent
   */
  public String name() {
    return name;
  }

  /**
   * The {@code type} field.
   *
   * @return the value, or {@code null} when absent
   */
  public SecretType type() {
    return type;
  }

  /**
   * The {@code valueSource} field.
   *
   * @return the value, or {@code null} when absent
   */
  public ValueSource valueSource() {
    return valueSource;
  }

  /**
   * 1Password reference (`op://vault/item/field`) for 1Password-backed secrets.
   *
   * @return the value, or {@code null} when absent or null
   */
  public String opRef() {
    return opRef;
  }

  /**
   * The {@code hostPattern} field.
   *
   * @return the value, or {@code null} when absent
   */
  public String hostPattern() {
    return hostPattern;
  }

  /**
   * The {@code pathPattern} field.
   *
   * @return the value, or {@code null} when absent or null
   */
  public String pathPattern() {
    return pathPattern;
  }

  /**
   * The {@code injectionConfig} field.
   *
   * @return the value, or {@code null} when absent or null
   */
  public dev.onecli4j.generated.onecli.model.Injection injectionConfig() {
    return injectionConfig;
  }

  /**
   * Extra data that depends on the type, e.g. `authMode` or 1Password labels.
   *
   * @return the value, or {@code null} when absent or null
   */
  public Map<String, Object> metadata() {
    return metadata;
  }

  /**
   * The {@code scope} field.
   *
   * @return the value, or {@code null} when absent
   */
  public ResourceScope scope() {
    return scope;
  }

  /**
   * Readable name of the type.
   *
   * @return the value, or {@code null} when absent
   */
  public String typeLabel() {
    return typeLabel;
  }

  /**
   * The {@code createdAt} field.
   *
   * @return the value, or {@code null} when absent
   */
  public String createdAt() {
    return createdAt;
  }

  /** JSON fields this SDK version does not model, by name; never {@code null}. */
  public Map<String, Object> additionalProperties() {
    return additionalProperties;
  }

  @JsonAnyGetter
  private Map<String, Object> jsonExtras() {
    Map<String, Object> extras = null;
    if (opRefSet && opRef == null) {
      extras = extras == null ? new LinkedHashMap<>() : extras;
      extras.put("opRef", null);
    }
    if (pathPatternSet && pathPattern == null) {
      extras = extras == null ? new LinkedHashMap<>() : extras;
      extras.put("pathPattern", null);
    }
    if (injectionConfigSet && injectionConfig == null) {
      extras = extras == null ? new LinkedHashMap<>() : extras;
      extras.put("injectionConfig", null);
    }
    if (metadataSet && metadata == null) {
      extras = extras == null ? new LinkedHashMap<>() : extras;
      extras.put("metadata", null);
    }
    if (extras == null) {
      return additionalProperties;
    }
    extras.putAll(additionalProperties);
    return extras;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof StringDateSecret)) {
      return false;
    }
    StringDateSecret other = (StringDateSecret) o;
    return Objects.equals(id, other.id)
        && Objects.equals(name, other.name)
        && Objects.equals(type, other.type)
        && Objects.equals(valueSource, other.valueSource)
        && Objects.equals(opRef, other.opRef)
        && opRefSet == other.opRefSet
        && Objects.equals(hostPattern, other.hostPattern)
        && Objects.equals(pathPattern, other.pathPattern)
        && pathPatternSet == other.pathPatternSet
        && Objects.equals(injectionConfig, other.injectionConfig)
        && injectionConfigSet == other.injectionConfigSet
        && Objects.equals(metadata, other.metadata)
        && metadataSet == other.metadataSet
        && Objects.equals(scope, other.scope)
        && Objects.equals(typeLabel, other.typeLabel)
        && Objects.equals(createdAt, other.createdAt)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, type, valueSource, opRef, hostPattern, pathPattern, injectionConfig, metadata, scope, typeLabel, createdAt, additionalProperties);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("StringDateSecret{");
    sb.append("id=").append(id);
    sb.append(", name=").append(name);
    sb.append(", type=").append(type);
    sb.append(", valueSource=").append(valueSource);
    sb.append(", opRef=").append(opRef);
    sb.append(", hostPattern=").append(hostPattern);
    sb.append(", pathPattern=").append(pathPattern);
    sb.append(", injectionConfig=").append(injectionConfig);
    sb.append(", metadata=").append(metadata);
    sb.append(", scope=").append(scope);
    sb.append(", typeLabel=").append(typeLabel);
    sb.append(", createdAt=").append(createdAt);
    if (!additionalProperties.isEmpty()) {
      // Names only: an unmodelled field could carry a secret.
      sb.append(", additionalProperties=").append(additionalProperties.keySet());
    }
    return sb.append('}').toString();
  }

  /** Builds {@link StringDateSecret} objects; also the JSON reader's entry point. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String id;
    private String name;
    private SecretType type;
    private ValueSource valueSource;
    private String opRef;
    private boolean opRefSet;
    private String hostPattern;
    private String pathPattern;
    private boolean pathPatternSet;
    private dev.onecli4j.generated.onecli.model.Injection injectionConfig;
    private boolean injectionConfigSet;
    private Map<String, Object> metadata;
    private boolean metadataSet;
    private ResourceScope scope;
    private String typeLabel;
    private String createdAt;
    private Map<String, Object> additionalProperties;

    private Builder() {}

    private Builder(StringDateSecret o) {
      this.id = o.id;
      this.name = o.name;
      this.type = o.type;
      this.valueSource = o.valueSource;
      this.opRef = o.opRef;
      this.opRefSet = o.opRefSet;
      this.hostPattern = o.hostPattern;
      this.pathPattern = o.pathPattern;
      this.pathPatternSet = o.pathPatternSet;
      this.injectionConfig = o.injectionConfig;
      this.injectionConfigSet = o.injectionConfigSet;
      this.metadata = o.metadata;
      this.metadataSet = o.metadataSet;
      this.scope = o.scope;
      this.typeLabel = o.typeLabel;
      this.createdAt = o.createdAt;
      this.additionalProperties =
          o.additionalProperties.isEmpty() ? null : new LinkedHashMap<>(o.additionalProperties);
    }

    /**
     * Sets {@code id}.
     *
     * @return this builder
     */
    @JsonProperty("id")
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets {@code name}.
     *
     * @return this builder
     */
    @JsonProperty("name")
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets {@code type}.
     *
     * @return this builder
     */
    @JsonProperty("type")
    public Builder type(SecretType type) {
      this.type = type;
      return this;
    }

    /**
     * Sets {@code valueSource}.
     *
     * @return this builder
     */
    @JsonProperty("valueSource")
    public Builder valueSource(ValueSource valueSource) {
      this.valueSource = valueSource;
      return this;
    }

    /**
     * Sets {@code opRef}; an explicit {@code null} is sent as JSON null.
     *
     * @return this builder
     */
    @JsonProperty("opRef")
    public Builder opRef(String opRef) {
      this.opRef = opRef;
      this.opRefSet = true;
      return this;
    }

    /**
     * Sets {@code hostPattern}.
     *
     * @return this builder
     */
    @JsonProperty("hostPattern")
    public Builder hostPattern(String hostPattern) {
      this.hostPattern = hostPattern;
      return this;
    }

    /**
     * Sets {@code pathPattern}; an explicit {@code null} is sent as JSON null.
     *
     * @return this builder
     */
    @JsonProperty("pathPattern")
    public Builder pathPattern(String pathPattern) {
      this.pathPattern = pathPattern;
      this.pathPatternSet = true;
      return this;
    }

    /**
     * Sets {@code injectionConfig}; an explicit {@code null} is sent as JSON null.
     *
     * @return this builder
     */
    @JsonProperty("injectionConfig")
    public Builder injectionConfig(dev.onecli4j.generated.onecli.model.Injection injectionConfig) {
      this.injectionConfig = injectionConfig;
      this.injectionConfigSet = true;
      return this;
    }

    /**
     * Sets {@code metadata}; an explicit {@code null} is sent as JSON null.
     *
     * @return this builder
     */
    @JsonProperty("metadata")
    public Builder metadata(Map<String, Object> metadata) {
      this.metadata = metadata;
      this.metadataSet = true;
      return this;
    }

    /**
     * Sets {@code scope}.
     *
     * @return this builder
     */
    @JsonProperty("scope")
    public Builder scope(ResourceScope scope) {
      this.scope = scope;
      return this;
    }

    /**
     * Sets {@code typeLabel}.
     *
     * @return this builder
     */
    @JsonProperty("typeLabel")
    public Builder typeLabel(String typeLabel) {
      this.typeLabel = typeLabel;
      return this;
    }

    /**
     * Sets {@code createdAt}.
     *
     * @return this builder
     */
    @JsonProperty("createdAt")
    public Builder createdAt(String createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    /**
     * Adds a JSON field this SDK version does not model.
     *
     * @return this builder
     */
    @JsonAnySetter
    public Builder putAdditionalProperty(String name, Object value) {
      if (additionalProperties == null) {
        additionalProperties = new LinkedHashMap<>();
      }
      additionalProperties.put(name, value);
      return this;
    }

    /** Builds the immutable object. */
    public StringDateSecret build() {
      return new StringDateSecret(this);
    }
  }
}
