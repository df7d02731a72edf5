package dev.onecli4j.param;

import dev.onecli4j.generated.onecli.model.Injection;
import dev.onecli4j.generated.onecli.model.OnePasswordDisplay;
import dev.onecli4j.generated.onecli.model.ValueSource;
import dev.onecli4j.validation.Problems;

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

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The new name, or {@code null} to keep it. */
  public String name() {
    return name;
  }

  /** The new inline value (a rotation), or {@code null} to keep it. */
  public SecretValue value() {
    return value;
  }

  /** The new value source, or {@code null} to keep it. */
  public ValueSource valueSource() {
    return valueSource;
  }

  /** The new 1Password reference, or {@code null} to keep it. */
  public String opRef() {
    return opRef;
  }

  /** The new 1Password display labels, or {@code null} to keep them. */
  public OnePasswordDisplay opDisplay() {
    return opDisplay;
  }

  /** The new host pattern, or {@code null} to keep it. */
  public String hostPattern() {
    return hostPattern;
  }

  /** The new path pattern; {@code null} with {@link #pathPatternSet()} clears it. */
  public String pathPattern() {
    return pathPattern;
  }

  /** Whether the path pattern is sent (possibly as null). */
  public boolean pathPatternSet() {
    return pathPatternSet;
  }

  /** The new injection; {@code null} with {@link #injectionSet()} removes it. */
  public Injection injection() {
    return injection;
  }

  /** Whether the injection is sent (possibly as null). */
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

    /** Renames the secret. */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** Replaces the inline value (rotates the secret). */
    public Builder value(String value) {
      this.value = value == null ? null : SecretValue.of(value);
      return this;
    }

    /** Replaces the inline value (rotates the secret). */
    public Builder value(SecretValue value) {
      this.value = value;
      return this;
    }

    /** Switches the value to a 1Password reference. */
    public Builder onePassword(String opRef) {
      this.valueSource = ValueSource.ONEPASSWORD;
      this.opRef = opRef;
      return this;
    }

    /** Sets where the value lives explicitly. */
    public Builder valueSource(ValueSource valueSource) {
      this.valueSource = valueSource;
      return this;
    }

    /** Sets the display labels of the 1Password item. */
    public Builder opDisplay(OnePasswordDisplay opDisplay) {
      this.opDisplay = opDisplay;
      return this;
    }

    /** Changes the host pattern. */
    public Builder hostPattern(String hostPattern) {
      this.hostPattern = hostPattern;
      return this;
    }

    /** Changes the path pattern. */
    public Builder pathPattern(String pathPattern) {
      this.pathPattern = pathPattern;
      this.pathPatternSet = true;
      return this;
    }

    /** Removes the path pattern: the secret then applies to every path. */
    public Builder clearPathPattern() {
      this.pathPattern = null;
      this.pathPatternSet = true;
      return this;
    }

    /** Changes how a generic secret is injected. */
    public Builder injection(Injection injection) {
      this.injection = injection;
      this.injectionSet = true;
      return this;
    }

    /** Removes the injection config. */
    public Builder clearInjection() {
      this.injection = null;
      this.injectionSet = true;
      return this;
    }

    /**
     * Builds the params.
     *
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
