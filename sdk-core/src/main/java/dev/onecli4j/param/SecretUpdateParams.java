package dev.onecli4j.param;

import dev.onecli4j.generated.onecli.model.Injection;
import dev.onecli4j.generated.onecli.model.OnePasswordDisplay;
import dev.onecli4j.generated.onecli.model.ValueSource;
import dev.onecli4j.validation.Problems;
import org.jspecify.annotations.Nullable;

/**
 * Changes to an existing secret: only the fields set are sent, and at least one must be.
 * {@link Builder#clearPathPattern()} and {@link Builder#clearInjection()} send an explicit
 * {@code null}. Immutable; the value is masked when printed.
 */
public final class SecretUpdateParams extends BodyParams {
  private final String name;
  private final SecretValue value;
  private final ValueSource valueSource;
  private final String opRef;
  private final OnePasswordDisplay opDisplay;
  private final String hostPattern;
  private final String pathPattern;
  private final boolean pathPatternSet;
  private final Injection injection;
  private final boolean injectionSet;

  private SecretUpdateParams(Builder b) {
    super(b);
    this.name = b.name;
    this.value = b.value;
    this.valueSource = b.valueSource;
    this.opRef = b.opRef;
    this.opDisplay = b.opDisplay;
    this.hostPattern = b.hostPattern;
    this.pathPattern = b.pathPattern;
    this.pathPatternSet = b.pathPatternSet;
    this.injection = b.injection;
    this.injectionSet = b.injectionSet;
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the new name, or {@code null} to keep it} */
  public @Nullable String name() {
    return name;
  }

  /** {@return the new inline value (a rotation), or {@code null} to keep it} */
  public @Nullable SecretValue value() {
    return value;
  }

  /** {@return the new value source, or {@code null} to keep it} */
  public @Nullable ValueSource valueSource() {
    return valueSource;
  }

  /** {@return the new 1Password reference, or {@code null} to keep it} */
  public @Nullable String opRef() {
    return opRef;
  }

  /** {@return the new 1Password display labels, or {@code null} to keep them} */
  public @Nullable OnePasswordDisplay opDisplay() {
    return opDisplay;
  }

  /** {@return the new host pattern, or {@code null} to keep it} */
  public @Nullable String hostPattern() {
    return hostPattern;
  }

  /** {@return the new path pattern; {@code null} with {@link #pathPatternSet()} clears it} */
  public @Nullable String pathPattern() {
    return pathPattern;
  }

  /** {@return whether the path pattern is sent (possibly as null)} */
  public boolean pathPatternSet() {
    return pathPatternSet;
  }

  /** {@return the new injection; {@code null} with {@link #injectionSet()} removes it} */
  public @Nullable Injection injection() {
    return injection;
  }

  /** {@return whether the injection is sent (possibly as null)} */
  public boolean injectionSet() {
    return injectionSet;
  }

  @Override
  public String toString() {
    return "SecretUpdateParams{name="
        + name
        + ", value="
        + value
        + ", valueSource="
        + valueSource
        + ", hostPattern="
        + hostPattern
        + ", pathPattern="
        + (pathPatternSet ? pathPattern : "<unchanged>")
        + ", injection="
        + (injectionSet ? injection : "<unchanged>")
        + "}";
  }

  /** Builds {@link SecretUpdateParams}; {@link #build()} needs at least one change. */
  public static final class Builder extends BodyParams.Builder<Builder> {
    private String name;
    private SecretValue value;
    private ValueSource valueSource;
    private String opRef;
    private OnePasswordDisplay opDisplay;
    private String hostPattern;
    private String pathPattern;
    private boolean pathPatternSet;
    private Injection injection;
    private boolean injectionSet;

    private Builder() {}

    /**
     * Renames the secret.
     *
     * @param name renames the secret
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * Replaces the inline value (rotates the secret).
     *
     * @param value replaces the inline value (rotates the secret)
     * @return this builder
     */
    public Builder value(@Nullable String value) {
      this.value = value == null ? null : SecretValue.of(value);
      return this;
    }

    /**
     * Replaces the inline value (rotates the secret).
     *
     * @param value replaces the inline value (rotates the secret)
     * @return this builder
     */
    public Builder value(SecretValue value) {
      this.value = value;
      return this;
    }

    /**
     * Switches the value to a 1Password reference.
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
     * Changes the host pattern.
     *
     * @param hostPattern changes the host pattern
     * @return this builder
     */
    public Builder hostPattern(String hostPattern) {
      this.hostPattern = hostPattern;
      return this;
    }

    /**
     * Changes the path pattern.
     *
     * @param pathPattern changes the path pattern
     * @return this builder
     */
    public Builder pathPattern(String pathPattern) {
      this.pathPattern = pathPattern;
      this.pathPatternSet = true;
      return this;
    }

    /**
     * Removes the path pattern: the secret then applies to every path.
     *
     * @return this builder
     */
    public Builder clearPathPattern() {
      this.pathPattern = null;
      this.pathPatternSet = true;
      return this;
    }

    /**
     * Changes how a generic secret is injected.
     *
     * @param injection changes how a generic secret is injected
     * @return this builder
     */
    public Builder injection(Injection injection) {
      this.injection = injection;
      this.injectionSet = true;
      return this;
    }

    /**
     * Removes the injection config.
     *
     * @return this builder
     */
    public Builder clearInjection() {
      this.injection = null;
      this.injectionSet = true;
      return this;
    }

    /**
     * Builds the params.
     *
     * @return the params
     * @throws dev.onecli4j.validation.ValidationException if nothing would change
     */
    public SecretUpdateParams build() {
      boolean any =
          name != null
              || value != null
              || valueSource != null
              || opRef != null
              || opDisplay != null
              || hostPattern != null
              || pathPatternSet
              || injectionSet;
      Problems.of("SecretUpdateParams").check(any, "(any)", "set at least one field to change").throwIfAny();
      return new SecretUpdateParams(this);
    }
  }
}
