package dev.onecli4j.param;

import dev.onecli4j.validation.Problems;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Credentials that connect an app without OAuth, in a workspace or for the whole organization.
 * Immutable; the credential values are masked when printed.
 *
 * <pre>{@code
 * AppConnectParams.builder()
 *     .field("apiKey", System.getenv("LINEAR_API_KEY"))
 *     .label("Linear (ops)")
 *     .build();
 * }</pre>
 */
public final class AppConnectParams extends BodyParams {
  private final Map<String, SecretValue> fields;
  private final String connectionId;
  private final String label;
  private final String method;

  private AppConnectParams(Builder b, Map<String, SecretValue> fields) {
    super(b);
    this.fields = fields;
    this.connectionId = b.connectionId;
    this.label = b.label;
    this.method = b.method;
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder that starts with these params} */
  public Builder newBuilder() {
    Builder b = new Builder();
    b.fieldsSet = true;
    for (Map.Entry<String, SecretValue> e : fields.entrySet()) {
      b.fields.put(e.getKey(), e.getValue().reveal());
    }
    b.connectionId = connectionId;
    b.label = label;
    b.method = method;
    b.additionalBodyProperties(additionalBodyProperties());
    return b;
  }

  /** {@return the credential fields the app asks for, in insertion order} */
  public Map<String, SecretValue> fields() {
    return fields;
  }

  /** {@return the existing connection to reconnect, or {@code null} to add a new one} */
  public @Nullable String connectionId() {
    return connectionId;
  }

  /**
   * {@return the display label, or {@code null} to let the server derive one from the credentials}
   */
  public @Nullable String label() {
    return label;
  }

  /**
   * {@return the connection method for apps that offer several, or {@code null} for the default}
   */
  public @Nullable String method() {
    return method;
  }

  @Override
  public String toString() {
    return "AppConnectParams{fields="
        + fields
        + ", connectionId="
        + connectionId
        + ", label="
        + label
        + ", method="
        + method
        + "}";
  }

  /** Builds {@link AppConnectParams}; {@link #build()} checks the required fields. */
  public static final class Builder extends BodyParams.Builder<Builder> {
    private final Map<String, String> fields = new LinkedHashMap<>();
    private boolean fieldsSet;
    private String connectionId;
    private String label;
    private String method;

    private Builder() {}

    /**
     * Replaces the credential fields (required), e.g. {@code {"apiKey": "..."}}.
     *
     * @param fields the credential fields the app asks for
     * @return this builder
     */
    public Builder fields(@Nullable Map<String, String> fields) {
      this.fields.clear();
      this.fieldsSet = fields != null;
      if (fields != null) {
        this.fields.putAll(fields);
      }
      return this;
    }

    /**
     * Adds one credential field.
     *
     * @param name the credential field's name, as the app asks for it
     * @param value the credential field's value
     * @return this builder
     */
    public Builder field(String name, String value) {
      this.fields.put(name, value);
      this.fieldsSet = true;
      return this;
    }

    /**
     * Reconnects this existing connection instead of adding one.
     *
     * @param connectionId reconnects this existing connection instead of adding one
     * @return this builder
     */
    public Builder connectionId(String connectionId) {
      this.connectionId = connectionId;
      return this;
    }

    /**
     * Sets the display label.
     *
     * @param label the display label
     * @return this builder
     */
    public Builder label(String label) {
      this.label = label;
      return this;
    }

    /**
     * Picks the connection method, for apps that offer several.
     *
     * @param method picks the connection method, for apps that offer several
     * @return this builder
     */
    public Builder method(String method) {
      this.method = method;
      return this;
    }

    /**
     * Builds the params.
     *
     * @return the params
     * @throws dev.onecli4j.validation.ValidationException listing every missing field
     */
    public AppConnectParams build() {
      Problems problems = Problems.of("AppConnectParams").check(fieldsSet, "fields", "is required");
      Map<String, SecretValue> values = new LinkedHashMap<>();
      for (Map.Entry<String, String> e : fields.entrySet()) {
        problems.check(e.getKey() != null, "fields", "must not have a null name");
        problems.required("fields." + e.getKey(), e.getValue());
        if (e.getKey() != null && e.getValue() != null) {
          values.put(e.getKey(), SecretValue.of(e.getValue()));
        }
      }
      problems.throwIfAny();
      return new AppConnectParams(this, Collections.unmodifiableMap(values));
    }
  }
}
