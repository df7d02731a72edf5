package dev.onecli4j.param;

import dev.onecli4j.generated.onecli.model.OrgPolicyAction;
import dev.onecli4j.generated.onecli.model.OrgPolicyIdentity;
import dev.onecli4j.generated.onecli.model.OrgPolicyTarget;
import dev.onecli4j.generated.onecli.model.RateLimitWindow;
import dev.onecli4j.generated.onecli.model.ResourceSelection;
import dev.onecli4j.generated.onecli.model.RuleCondition;
import dev.onecli4j.validation.Problems;
import java.util.List;
import java.util.Map;

/**
 * Changes to a draft rule of the organization policy. Only the fields set are sent, and at least
 * one must be; the {@code clearX()} methods send an explicit {@code null}. The rule keeps its
 * position; nothing changes at the gateway until the draft is published. Immutable.
 */
public final class OrgPolicyRuleUpdateParams extends BodyParams {
  private final Map<String, Object> changes;

  private OrgPolicyRuleUpdateParams(Builder b, FieldChanges changes) {
    super(b);
    this.changes = changes.snapshot();
  }

  /**
   * A new, empty builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The fields sent, in the order set; a {@code null} value clears that field.
   *
   * @return an unmodifiable map from JSON field name to value
   */
  public Map<String, Object> changes() {
    return changes;
  }

  @Override
  public String toString() {
    return "OrgPolicyRuleUpdateParams" + changes;
  }

  /** Builds {@link OrgPolicyRuleUpdateParams}; {@link #build()} needs at least one change. */
  public static final class Builder extends BodyParams.Builder<Builder> {
    private final FieldChanges changes = new FieldChanges();

    private Builder() {}

    /**
     * Renames the rule.
     *
     * @param name 1 to 255 characters after trimming
     * @return this builder
     */
    public Builder name(String name) {
      changes.put("name", name);
      return this;
    }

    /**
     * Sets the description.
     *
     * @param description up to 1,000 characters; {@code null} removes it
     * @return this builder
     */
    public Builder description(String description) {
      changes.put("description", description);
      return this;
    }

    /**
     * Switches the rule on or off.
     *
     * @param enabled whether the rule applies
     * @return this builder
     */
    public Builder enabled(boolean enabled) {
      changes.put("enabled", enabled);
      return this;
    }

    /**
     * Changes what the rule does; rate limits and approval need {@code allow}.
     *
     * @param action allow or block
     * @return this builder
     */
    public Builder action(OrgPolicyAction action) {
      changes.put("action", action);
      return this;
    }

    /**
     * Limits matching requests (an allow rule only); the server needs a limit and its window
     * together.
     *
     * @param rateLimit requests per window, 1 to 1,000,000
     * @param window the window
     * @return this builder
     */
    public Builder rateLimit(int rateLimit, RateLimitWindow window) {
      changes.put("rateLimit", rateLimit);
      changes.put("rateLimitWindow", window);
      return this;
    }

    /**
     * Removes the rate limit and its window (sends both as {@code null}).
     *
     * @return this builder
     */
    public Builder clearRateLimit() {
      changes.put("rateLimit", null);
      changes.put("rateLimitWindow", null);
      return this;
    }

    /**
     * Holds matching requests for approval (an allow rule only).
     *
     * @param requireApproval whether an approval is needed
     * @return this builder
     */
    public Builder requireApproval(boolean requireApproval) {
      changes.put("requireApproval", requireApproval);
      return this;
    }

    /**
     * Replaces the conditions with up to ten request-body conditions.
     *
     * @param conditions the conditions; {@code null} removes them
     * @return this builder
     */
    public Builder conditions(List<RuleCondition> conditions) {
      changes.put("conditions", PolicyConditions.of(conditions));
      return this;
    }

    /**
     * Limits the connection a rule names to repositories or folders (resource scoping; needs a
     * connection target and an Enterprise licence on self-hosted servers).
     *
     * @param resources the repositories or folders; {@code null} removes the scoping
     * @return this builder
     */
    public Builder resources(ResourceSelection resources) {
      changes.put("conditions", PolicyConditions.resources(resources));
      return this;
    }

    /**
     * Removes the conditions or resource scoping (sends {@code null}).
     *
     * @return this builder
     */
    public Builder clearConditions() {
      changes.put("conditions", null);
      return this;
    }

    /**
     * Replaces who the rule applies to; empty applies to everyone. Organization rules name users
     * or groups, never agents.
     *
     * @param identities up to 100 identities
     * @return this builder
     */
    public Builder identities(List<OrgPolicyIdentity> identities) {
      changes.put("identities", identities);
      return this;
    }

    /**
     * Replaces what the rule matches; at least one target.
     *
     * @param targets up to 100 targets
     * @return this builder
     */
    public Builder targets(List<OrgPolicyTarget> targets) {
      changes.put("targets", targets);
      return this;
    }

    /**
     * Builds the params.
     *
     * @return the params
     * @throws dev.onecli4j.validation.ValidationException if nothing was set, or a field that
     *     cannot be cleared (name, action, identities, targets) was {@code null}
     */
    public OrgPolicyRuleUpdateParams build() {
      Problems problems =
          Problems.of("OrgPolicyRuleUpdateParams").check(!changes.snapshot().isEmpty(), "", "at least one field to change is required");
      for (String field : new String[] {"name", "action", "identities", "targets"}) {
        problems.check(!changes.has(field) || changes.get(field) != null, field, "must not be null");
      }
      problems.throwIfAny();
      return new OrgPolicyRuleUpdateParams(this, changes);
    }
  }
}
