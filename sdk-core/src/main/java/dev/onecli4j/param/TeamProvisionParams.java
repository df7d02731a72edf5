package dev.onecli4j.param;

import dev.onecli4j.generated.onecli.model.MemberRole;

/**
 * Options of a team member to provision; every field is optional and the server's defaults apply
 * to the fields left unset. Immutable.
 */
public final class TeamProvisionParams {
  private final MemberRole role;
  private final Boolean skipOnboarding;

  private TeamProvisionParams(Builder b) {
    this.role = b.role;
    this.skipOnboarding = b.skipOnboarding;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts with these params. */
  public Builder newBuilder() {
    Builder b = new Builder();
    b.role = role;
    b.skipOnboarding = skipOnboarding;
    return b;
  }

  /** The role of the new member, or {@code null} for the server's default. */
  public MemberRole role() {
    return role;
  }

  /** Whether the onboarding wizard is skipped after the claim, or {@code null} for the default (skip). */
  public Boolean skipOnboarding() {
    return skipOnboarding;
  }

  @Override
  public String toString() {
    return "TeamProvisionParams{role=" + role + ", skipOnboarding=" + skipOnboarding + "}";
  }

  /** Builds {@link TeamProvisionParams}; nothing is required. */
  public static final class Builder {
    private MemberRole role;
    private Boolean skipOnboarding;

    private Builder() {}

    /** Sets the role of the new member. */
    public Builder role(MemberRole role) {
      this.role = role;
      return this;
    }

    /** Sets whether the onboarding wizard is skipped after the claim. */
    public Builder skipOnboarding(boolean skipOnboarding) {
      this.skipOnboarding = skipOnboarding;
      return this;
    }

    /** Builds the params. */
    public TeamProvisionParams build() {
      return new TeamProvisionParams(this);
    }
  }
}
