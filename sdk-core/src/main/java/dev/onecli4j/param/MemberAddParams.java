package dev.onecli4j.param;

import dev.onecli4j.generated.onecli.model.MemberRole;
import dev.onecli4j.validation.Problems;

/**
 * A person to invite to the partner portal. Immutable.
 *
 * <pre>{@code
 * MemberAddParams.builder().email("teammate@acme.com").role(MemberRole.ADMIN).build();
 * }</pre>
 */
public final class MemberAddParams {
  private final String email;
  private final MemberRole role;

  private MemberAddParams(Builder b) {
    this.email = b.email;
    this.role = b.role;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts with these params. */
  public Builder newBuilder() {
    Builder b = new Builder();
    b.email = email;
    b.role = role;
    return b;
  }

  /** The email address of the person. */
  public String email() {
    return email;
  }

  /** The role the person gets. */
  public MemberRole role() {
    return role;
  }

  @Override
  public String toString() {
    return "MemberAddParams{email=" + email + ", role=" + role + "}";
  }

  /** Builds {@link MemberAddParams}; {@link #build()} checks the required fields. */
  public static final class Builder {
    private String email;
    private MemberRole role;

    private Builder() {}

    /** Sets the email address (required; at most 255 characters). */
    public Builder email(String email) {
      this.email = email;
      return this;
    }

    /** Sets the role, {@code admin} or {@code member} (required). */
    public Builder role(MemberRole role) {
      this.role = role;
      return this;
    }

    /**
     * Builds the params.
     *
     * @throws dev.onecli4j.validation.ValidationException listing every missing field
     */
    public MemberAddParams build() {
      Problems.of("MemberAddParams").requiredText("email", email).required("role", role).throwIfAny();
      return new MemberAddParams(this);
    }
  }
}
