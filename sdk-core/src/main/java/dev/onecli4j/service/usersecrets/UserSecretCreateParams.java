package dev.onecli4j.service.usersecrets;

import dev.onecli4j.generated.usersecrets.model.UserSecretCreateRequest;
import dev.onecli4j.param.SecretValue;
import dev.onecli4j.validation.Problems;

/** A secret to store under a chosen environment variable name. Immutable. */
public final class UserSecretCreateParams {
  private final String name;
  private final SecretValue value;
  private final String provider;

  private UserSecretCreateParams(Builder b) {
    this.name = b.name;
    this.value = b.value;
    this.provider = b.provider;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The environment variable name. */
  public String name() {
    return name;
  }

  /** The value, masked when printed. */
  public SecretValue value() {
    return value;
  }

  /** The optional provider id. */
  public String provider() {
    return provider;
  }

  UserSecretCreateRequest toRequest() {
    return UserSecretCreateRequest.builder().name(name).value(value.reveal()).provider(provider).build();
  }

  @Override
  public String toString() {
    return "UserSecretCreateParams{name=" + name + ", value=" + value + ", provider=" + provider + "}";
  }

  /** Builds {@link UserSecretCreateParams}; {@link #build()} checks the required fields. */
  public static final class Builder {
    private String name;
    private SecretValue value;
    private String provider;

    private Builder() {}

    /** Sets the environment variable name (required). */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** Sets the value (required). */
    public Builder value(String value) {
      this.value = value == null ? null : SecretValue.of(value);
      return this;
    }

    /** Sets the provider id to tag the secret with. */
    public Builder provider(String provider) {
      this.provider = provider;
      return this;
    }

    /**
     * Builds the params.
     *
     * @throws dev.onecli4j.validation.ValidationException listing every missing or blank field
     */
    public UserSecretCreateParams build() {
      Problems.of("UserSecretCreateParams")
          .requiredText("name", name)
          .check(value != null && value.length() > 0, "value", "is required and must not be empty")
          .throwIfAny();
      return new UserSecretCreateParams(this);
    }
  }
}
