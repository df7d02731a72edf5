package dev.onecli4j.param;

import dev.onecli4j.generated.onecli.model.HttpMethod;
import dev.onecli4j.generated.onecli.model.RateLimitWindow;
import dev.onecli4j.generated.onecli.model.RuleAction;
import dev.onecli4j.generated.onecli.model.RuleCondition;
import dev.onecli4j.validation.Problems;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Changes to an existing project or organization rule: only the fields set are sent, and at least
 * one must be. The {@code clearX()} methods send an explicit {@code null}. Organization rules
 * refuse {@code agentId}. Immutable.
 */
public final class RuleUpdateParams extends BodyParams {
  private final String name;
  private final String hostPattern;
  private final String pathPattern;
  private final boolean pathPatternSet;
  private final HttpMethod method;
  private final boolean methodSet;
  private final RuleAction action;
  private final Boolean enabled;
  private final String agentId;
  private final boolean agentIdSet;
  private final Integer rateLimit;
  private final boolean rateLimitSet;
  private final RateLimitWindow rateLimitWindow;
  private final boolean rateLimitWindowSet;
  private final List<RuleCondition> conditions;
  private final boolean conditionsSet;

  private RuleUpdateParams(Builder b) {
    super(b);
    this.name = b.name;
    this.hostPattern = b.hostPattern;
    this.pathPattern = b.pathPattern;
    this.pathPatternSet = b.pathPatternSet;
    this.method = b.method;
    this.methodSet = b.methodSet;
    this.action = b.action;
    this.enabled = b.enabled;
    this.agentId = b.agentId;
    this.agentIdSet = b.agentIdSet;
    this.rateLimit = b.rateLimit;
    this.rateLimitSet = b.rateLimitSet;
    this.rateLimitWindow = b.rateLimitWindow;
    this.rateLimitWindowSet = b.rateLimitWindowSet;
    this.conditions = b.conditions == null ? null : Collections.unmodifiableList(new ArrayList<>(b.conditions));
    this.conditionsSet = b.conditionsSet;
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the new name, or {@code null} to keep it} */
  public @Nullable String name() {
    return name;
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

  /** {@return the new HTTP method; {@code null} with {@link #methodSet()} matches any method} */
  public @Nullable HttpMethod method() {
    return method;
  }

  /** {@return whether the method is sent (possibly as null)} */
  public boolean methodSet() {
    return methodSet;
  }

  /** {@return the new action, or {@code null} to keep it} */
  public @Nullable RuleAction action() {
    return action;
  }

  /** {@return the new enabled state, or {@code null} to keep it} */
  public @Nullable Boolean enabled() {
    return enabled;
  }

  /**
   * {@return the new agent; {@code null} with {@link #agentIdSet()} makes the rule cover every
   * agent}
   */
  public @Nullable String agentId() {
    return agentId;
  }

  /** {@return whether the agent is sent (possibly as null)} */
  public boolean agentIdSet() {
    return agentIdSet;
  }

  /** {@return the new rate limit; {@code null} with {@link #rateLimitSet()} removes it} */
  public @Nullable Integer rateLimit() {
    return rateLimit;
  }

  /** {@return whether the rate limit is sent (possibly as null)} */
  public boolean rateLimitSet() {
    return rateLimitSet;
  }

  /**
   * {@return the new rate limit window; {@code null} with {@link #rateLimitWindowSet()} removes it}
   */
  public @Nullable RateLimitWindow rateLimitWindow() {
    return rateLimitWindow;
  }

  /** {@return whether the rate limit window is sent (possibly as null)} */
  public boolean rateLimitWindowSet() {
    return rateLimitWindowSet;
  }

  /**
   * {@return the new conditions; {@code null} with {@link #conditionsSet()} removes them;
   * unmodifiable}
   */
  public @Nullable List<RuleCondition> conditions() {
    return conditions;
  }

  /** {@return whether the conditions are sent (possibly as null)} */
  public boolean conditionsSet() {
    return conditionsSet;
  }

  @Override
  public String toString() {
    return "RuleUpdateParams{name="
        + name
        + ", hostPattern="
        + hostPattern
        + ", pathPattern="
        + (pathPatternSet ? pathPattern : "<unchanged>")
        + ", method="
        + (methodSet ? method : "<unchanged>")
        + ", action="
        + action
        + ", enabled="
        + enabled
        + ", agentId="
        + (agentIdSet ? agentId : "<unchanged>")
        + ", rateLimit="
        + (rateLimitSet ? rateLimit : "<unchanged>")
        + ", rateLimitWindow="
        + (rateLimitWindowSet ? rateLimitWindow : "<unchanged>")
        + ", conditions="
        + (conditionsSet ? conditions : "<unchanged>")
        + "}";
  }

  /** Builds {@link RuleUpdateParams}; {@link #build()} needs at least one change. */
  public static final class Builder extends BodyParams.Builder<Builder> {
    private String name;
    private String hostPattern;
    private String pathPattern;
    private boolean pathPatternSet;
    private HttpMethod method;
    private boolean methodSet;
    private RuleAction action;
    private Boolean enabled;
    private String agentId;
    private boolean agentIdSet;
    private Integer rateLimit;
    private boolean rateLimitSet;
    private RateLimitWindow rateLimitWindow;
    private boolean rateLimitWindowSet;
    private List<RuleCondition> conditions;
    private boolean conditionsSet;

    private Builder() {}

    /**
     * Renames the rule.
     *
     * @param name renames the rule
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
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
     * Removes the path pattern: the rule then matches every path.
     *
     * @return this builder
     */
    public Builder clearPathPattern() {
      this.pathPattern = null;
      this.pathPatternSet = true;
      return this;
    }

    /**
     * Changes the HTTP method.
     *
     * @param method changes the HTTP method
     * @return this builder
     */
    public Builder method(HttpMethod method) {
      this.method = method;
      this.methodSet = true;
      return this;
    }

    /**
     * Removes the method: the rule then matches every method.
     *
     * @return this builder
     */
    public Builder clearMethod() {
      this.method = null;
      this.methodSet = true;
      return this;
    }

    /**
     * Changes what the rule does.
     *
     * @param action changes what the rule does
     * @return this builder
     */
    public Builder action(RuleAction action) {
      this.action = action;
      return this;
    }

    /**
     * Turns the rule on or off.
     *
     * @param enabled turns the rule on or off
     * @return this builder
     */
    public Builder enabled(boolean enabled) {
      this.enabled = enabled;
      return this;
    }

    /**
     * Limits the rule to one agent (project rules only).
     *
     * @param agentId limits the rule to one agent (project rules only)
     * @return this builder
     */
    public Builder agentId(String agentId) {
      this.agentId = agentId;
      this.agentIdSet = true;
      return this;
    }

    /**
     * Removes the agent limit: the rule then covers every agent (project rules only).
     *
     * @return this builder
     */
    public Builder clearAgentId() {
      this.agentId = null;
      this.agentIdSet = true;
      return this;
    }

    /**
     * Changes the rate limit.
     *
     * @param rateLimit changes the rate limit
     * @return this builder
     */
    public Builder rateLimit(int rateLimit) {
      this.rateLimit = rateLimit;
      this.rateLimitSet = true;
      return this;
    }

    /**
     * Removes the rate limit.
     *
     * @return this builder
     */
    public Builder clearRateLimit() {
      this.rateLimit = null;
      this.rateLimitSet = true;
      return this;
    }

    /**
     * Changes the rate limit window.
     *
     * @param rateLimitWindow changes the rate limit window
     * @return this builder
     */
    public Builder rateLimitWindow(RateLimitWindow rateLimitWindow) {
      this.rateLimitWindow = rateLimitWindow;
      this.rateLimitWindowSet = true;
      return this;
    }

    /**
     * Removes the rate limit window.
     *
     * @return this builder
     */
    public Builder clearRateLimitWindow() {
      this.rateLimitWindow = null;
      this.rateLimitWindowSet = true;
      return this;
    }

    /**
     * Replaces the conditions on the request body.
     *
     * @param conditions replaces the conditions on the request body
     * @return this builder
     */
    public Builder conditions(@Nullable List<RuleCondition> conditions) {
      this.conditions = conditions == null ? null : new ArrayList<>(conditions);
      this.conditionsSet = true;
      return this;
    }

    /**
     * Removes every condition.
     *
     * @return this builder
     */
    public Builder clearConditions() {
      this.conditions = null;
      this.conditionsSet = true;
      return this;
    }

    /**
     * Builds the params.
     *
     * @return the params
     * @throws dev.onecli4j.validation.ValidationException if nothing would change
     */
    public RuleUpdateParams build() {
      boolean any =
          name != null
              || hostPattern != null
              || pathPatternSet
              || methodSet
              || action != null
              || enabled != null
              || agentIdSet
              || rateLimitSet
              || rateLimitWindowSet
              || conditionsSet;
      Problems problems = Problems.of("RuleUpdateParams").check(any, "(any)", "set at least one field to change");
      if (conditions != null) {
        for (int i = 0; i < conditions.size(); i++) {
          problems.required("conditions[" + i + "]", conditions.get(i));
        }
      }
      problems.throwIfAny();
      return new RuleUpdateParams(this);
    }
  }
}
