package dev.onecli4j.param;

import dev.onecli4j.generated.onecli.model.Injection;
import dev.onecli4j.generated.onecli.model.OnePasswordDisplay;
import dev.onecli4j.generated.onecli.model.SecretType;
import dev.onecli4j.generated.onecli.model.ValueSource;
import dev.onecli4j.validation.Problems;
import org.jspecify.annotations.Nullable;

/**
 * A secret to create, in a project, an organization or a partner account. Immutable; the value
 * is masked when printed.
 *
 * <pre>{@code
 * SecretCreateParams.builder()
 *     .name("Stripe")
 *     .type(SecretType.GENERIC)
 *     .value(System.getenv("STRIPE_KEY"))
 *     .hostPattern("api.stripe.com")
 *     .injection(Injection.header("Authorization", "Bearer {value}"))
 *     .build();
 * }</pre>
 */
public final class SecretCreateParams extends BodyParams {
  private final String name;
  private final SecretType type;
  private final SecretValue value;
  private final ValueSource valueSource;
  private final String opRef;
  private final OnePasswordDisplay opDisplay;
  private final String hostPattern;
  private final String pathPattern;
  private final Injection injection;

  private SecretCreateParams(Builder b) {
    super(b);
    this.name = b.name;
    this.type = b.type;
    this.value = b.value;
    this.valueSource = b.valueSource;
    this.opRef = b.opRef;
    this.opDisplay = b.opDisplay;
    this.hostPattern = b.hostPattern;
    this.pathPattern = b.pathPattern;
    this.injection = b.injection;
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder that starts with these params} */
  public Builder newBuilder() {
    Builder b = new Builder();
    b.name = name;
    b.type = type;
    b.value = value;
    b.valueSource = valueSource;
    b.opRef = opRef;
    b.opDisplay = opDisplay;
    b.hostPattern = hostPattern;
    b.pathPattern = pathPattern;
    b.injection = injection;
    b.additionalBodyProperties(additionalBodyProperties());
    return b;
  }

  /** {@return the display name} */
  public String name() {
    return name;
  }

  /** {@return the kind of credential} */
  public SecretType type() {
    return type;
  }

  /** {@return the inline value, or {@code null} for a 1Password reference} */
  public @Nullable SecretValue value() {
    return value;
  }

  /** {@return where the value lives; {@code null} means inline} */
  public @Nullable ValueSource valueSource() {
    return valueSource;
  }

  /** {@return the 1Password reference ({@code op://vault/item/field}), or {@code null}} */
  public @Nullable String opRef() {
    return opRef;
  }

  /** {@return display labels of the 1Password item, or {@code null}} */
  public @Nullable OnePasswordDisplay opDisplay() {
    return opDisplay;
  }

  /**
   * {@return the host the secret is injected for, e.g. {@code api.openai.com} or {@code
   * *.example.com}}
   */
  public String hostPattern() {
    return hostPattern;
  }

  /** {@return the path pattern requests must match, or {@code null} for any path} */
  public @Nullable String pathPattern() {
    return pathPattern;
  }

  /** {@return how a generic secret is injected, or {@code null}} */
  public @Nullable Injection injection() {
    return injection;
  }

  @Override
  public String toString() {
    return "SecretCreateParams{name="
        + name
        + ", type="
        + type
        + ", value="
        + value
        + ", valueSource="
        + valueSource
        + ", hostPattern="
        + hostPattern
        + ", pathPattern="
        + pathPattern
        + ", injection="
        + injection
        + "}";
  }

  /** Builds {@link SecretCreateParams}; {@link #build()} checks the required fields. */
  public static final class Builder extends BodyParams.Builder<Builder> {
    private String name;
    private SecretType type;
    private SecretValue value;
    private ValueSource valueSource;
    private String opRef;
    private OnePasswordDisplay opDisplay;
    private String hostPattern;
    private String pathPattern;
    private Injection injection;

    private Builder() {}

    /**
     * Sets the display name (required; 1 to 255 characters after trimming).
     *
     * @param name the display name (required; 1 to 255 characters after trimming)
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets the kind of credential (required).
     *
     * @param type the kind of credential (required)
     * @return this builder
     */
    public Builder type(SecretType type) {
      this.type = type;
      return this;
    }

    /**
     * Sets the inline value (required unless the value comes from 1Password).
     *
     * @param value the inline value (required unless the value comes from 1Password)
     * @return this builder
     */
    public Builder value(@Nullable String value) {
      this.value = value == null ? null : SecretValue.of(value);
      return this;
    }

    /**
     * Sets the inline value.
     *
     * @param value the inline value
     * @return this builder
     */
    public Builder value(SecretValue value) {
      this.value = value;
      return this;
    }

    /**
     * Reads the value from 1Password at request time instead of storing it.
     *
     * @param opRef the 1Password reference, e.g. {@code op://vault/item/field}
     * @return this builder
     */
    public Builder onePassword(String opRef) {
      this.valueSource = ValueSource.ONEPASSWORD;
      this.opRef = opRef;
      return this;
    }

    /**
     * Sets where the value lives explicitly.
     *
     * @param valueSource where the value lives explicitly
     * @return this builder
     */
    public Builder valueSource(ValueSource valueSource) {
      this.valueSource = valueSource;
      return this;
    }

    /**
     * Sets the display labels of the 1Password item.
     *
     * @param opDisplay the display labels of the 1Password item
     * @return this builder
     */
    public Builder opDisplay(OnePasswordDisplay opDisplay) {
      this.opDisplay = opDisplay;
      return this;
    }

    /**
     * Sets the host the secret is injected for (required).
     *
     * @param hostPattern the host the secret is injected for (required)
     * @return this builder
     */
    public Builder hostPattern(String hostPattern) {
      this.hostPattern = hostPattern;
      return this;
    }

    /**
     * Sets the path pattern requests must match.
     *
     * @param pathPattern the path pattern requests must match
     * @return this builder
     */
    public Builder pathPattern(String pathPattern) {
      this.pathPattern = pathPattern;
      return this;
    }

    /**
     * Sets how a generic secret is injected, e.g. {@code Injection.header("X-Api-Key")}.
     *
     * @param injection how a generic secret is injected, e.g. {@code Injection.header("X-Api-Key")}
     * @return this builder
     */
    public Builder injection(Injection injection) {
      this.injection = injection;
      return this;
    }

    /**
     * Builds the params.
     *
     * <p>Checks only that required fields are present; their content is checked with every
     * other rule when the params are sent, so that all problems are reported together.
     *
     * @return the params
     * @throws dev.onecli4j.validation.ValidationException listing every missing field
     */
    public SecretCreateParams build() {
      boolean onePassword = ValueSource.ONEPASSWORD.equals(valueSource);
      Problems.of("SecretCreateParams")
          .required("name", name)
          .required("type", type)
          .required("hostPattern", hostPattern)
          .check(onePassword || value != null, "value", "is required unless the value comes from 1Password")
          .check(!onePassword || opRef != null, "opRef", "is required when valueSource is onepassword")
          .throwIfAny();
      return new SecretCreateParams(this);
    }
  }
}
