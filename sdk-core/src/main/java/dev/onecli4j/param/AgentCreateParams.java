package dev.onecli4j.param;

import dev.onecli4j.validation.Problems;

/**
 * An agent to create. Immutable.
 *
 * <pre>{@code
 * AgentCreateParams.builder()
 *     .name("Claude Assistant")
 *     .identifier("claude-assistant")
 *     .build();
 * }</pre>
 */
public final class AgentCreateParams {
  private final String name;
  private final String identifier;
  private final String parentIdentifier;

  private AgentCreateParams(Builder b) {
    this.name = b.name;
    this.identifier = b.identifier;
    this.parentIdentifier = b.parentIdentifier;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts with these params. */
  public Builder newBuilder() {
    Builder b = new Builder();
    b.name = name;
    b.identifier = identifier;
    b.parentIdentifier = parentIdentifier;
    return b;
  }

  /** The display name. */
  public String name() {
    return name;
  }

  /** The unique lowercase identifier, e.g. {@code claude-assistant}. */
  public String identifier() {
    return identifier;
  }

  /** The identifier of the agent whose secret mode and assignments are copied, or {@code null}. */
  public String parentIdentifier() {
    return parentIdentifier;
  }

  @Override
  public String toString() {
    return "AgentCreateParams{name="
        + name
        + ", identifier="
        + identifier
        + ", parentIdentifier="
        + parentIdentifier
        + "}";
  }

  /** Builds {@link AgentCreateParams}; {@link #build()} checks the required fields. */
  public static final class Builder {
    private String name;
    private String identifier;
    private String parentIdentifier;

    private Builder() {}

    /** Sets the display name (required; 1 to 255 characters). */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** Sets the identifier (required; lowercase letters, digits and hyphens, up to 50 characters). */
    public Builder identifier(String identifier) {
      this.identifier = identifier;
      return this;
    }

    /** Copies the secret mode and assignments of the agent with this identifier. */
    public Builder parentIdentifier(String parentIdentifier) {
      this.parentIdentifier = parentIdentifier;
      return this;
    }

    /**
     * Builds the params.
     *
     * @throws dev.onecli4j.validation.ValidationException listing every missing field
     */
    public AgentCreateParams build() {
      Problems.of("AgentCreateParams")
          .requiredText("name", name)
          .requiredText("identifier", identifier)
          .throwIfAny();
      return new AgentCreateParams(this);
    }
  }
}
