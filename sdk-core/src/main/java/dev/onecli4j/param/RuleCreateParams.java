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
 * A policy rule to create, in a project or an organization. Organization rules cover every agent,
 * so {@code agentId} is refused for them. Immutable.
 *
 * <pre>{@code
 * RuleCreateParams.builder()
 *     .name("Block repository deletion")
 *     .hostPattern("api.github.com")
 *     .pathPattern("/repos/*")
 *     .method(HttpMethod.DELETE)
 *     .action(RuleAction.BLOCK)
 *     .enabled(true)
 *     .build();
 * }</pre>
 */
public final class RuleCreateParams extends BodyParams {
  private final String name;
  private final String hostPattern;
  private final String pathPattern;
  private final HttpMethod method;
  private final RuleAction action;
  private final Boolean enabled;
  private final String agentId;
  private final Integer rateLimit;
  private final RateLimitWindow rateLimitWindow;
  private final List<RuleCondition> conditions;

  private RuleCreateParams(Builder b) {
    super(b);
    this.name = b.name;
    this.hostPattern = b.hostPattern;
    this.pathPattern = b.pathPattern;
    this.method = b.method;
    this.action = b.action;
    this.enabled = b.enabled;
    this.agentId = b.agentId;
    this.rateLimit = b.rateLimit;
    this.rateLimitWindow = b.rateLimitWindow;
    this.conditions = b.conditions == null ? null : Collections.unmodifiableList(new ArrayList<>(b.conditions));
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder that starts with these params} */
  public Builder newBuilder() {
    Builder b = new Builder();
    b.name = name;
    b.hostPattern = hostPattern;
    b.pathPattern = pathPattern;
    b.method = method;
    b.action = action;
    b.enabled = enabled;
    b.agentId = agentId;
    b.rateLimit = rateLimit;
    b.rateLimitWindow = rateLimitWindow;
    b.conditions = conditions == null ? null : new ArrayList<>(conditions);
    b.additionalBodyProperties(additionalBodyProperties());
    return b;
  }

  /** {@return the display name} */
  public String name() {
    return name;
  }

  /** {@return the host the rule matches, e.g. {@code api.github.com}} */
  public String hostPattern() {
    return hostPattern;
  }

  /** {@return the path pattern requests must match, or {@code null} for any path} */
  public @Nullable String pathPattern() {
    return pathPattern;
  }

  /** {@return the HTTP method requests must use, or {@code null} for any method} */
  public @Nullable HttpMethod method() {
    return method;
  }

  /** {@return what the rule does to a matching request} */
  public RuleAction action() {
    return action;
  }

  /** {@return whether the rule is active} */
  public Boolean enabled() {
    return enabled;
  }

  /** {@return the one agent the rule is limited to, or {@code null} for every agent} */
  public @Nullable String agentId() {
    return agentId;
  }

  /** {@return how many requests a rate limit lets through per window, or {@code null}} */
  public @Nullable Integer rateLimit() {
    return rateLimit;
  }

  /** {@return the window a rate limit counts requests in, or {@code null}} */
  public @Nullable RateLimitWindow rateLimitWindow() {
    return rateLimitWindow;
  }

  /** {@return extra tests on the request body, or {@code null} for none; unmodifiable} */
  public @Nullable List<RuleCondition> conditions() {
    return conditions;
  }

  @Override
  public String toString() {
    return "RuleCreateParams{name="
        + name
        + ", hostPattern="
        + hostPattern
        + ", pathPattern="
        + pathPattern
        + ", method="
        + method
        + ", action="
        + action
        + ", enabled="
        + enabled
        + ", agentId="
        + agentId
        + ", rateLimit="
        + rateLimit
        + ", rateLimitWindow="
        + rateLimitWindow
        + ", conditions="
        + conditions
        + "}";
  }

  /** Builds {@link RuleCreateParams}; {@link #build()} checks the required fields. */
  public static final class Builder extends BodyParams.Builder<Builder> {
    private String name;
    private String hostPattern;
    private String pathPattern;
    private HttpMethod method;
    private RuleAction action;
    private Boolean enabled;
    private String agentId;
    private Integer rateLimit;
    private RateLimitWindow rateLimitWindow;
    private List<RuleCondition> conditions;

    private Builder() {}

    /**
     * Sets the display name (required; 1 to 255 characters).
     *
     * @param name the display name (required; 1 to 255 characters)
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets the host the rule matches (required).
     *
     * @param hostPattern the host the rule matches (required)
     * @return this builder
     */
    public Builder hostPattern(String hostPattern) {
      this.hostPattern = hostPattern;
      return this;
    }

    /**
     * Sets the path pattern requests must match, e.g. {@code /repos/*}.
     *
     * @param pathPattern the path pattern requests must match, e.g. {@code /repos/*}
     * @return this builder
     */
    public Builder pathPattern(String pathPattern) {
      this.pathPattern = pathPattern;
      return this;
    }

    /**
     * Sets the HTTP method requests must use.
     *
     * @param method the HTTP method requests must use
     * @return this builder
     */
    public Builder method(HttpMethod method) {
      this.method = method;
      return this;
    }

    /**
     * Sets what the rule does to a matching request (required).
     *
     * @param action what the rule does to a matching request (required)
     * @return this builder
     */
    public Builder action(RuleAction action) {
      this.action = action;
      return this;
    }

    /**
     * Sets whether the rule is active (required).
     *
     * @param enabled whether the rule is active (required)
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
      return this;
    }

    /**
     * Sets how many requests a rate limit lets through per window.
     *
     * @param rateLimit how many requests a rate limit lets through per window
     * @return this builder
     */
    public Builder rateLimit(int rateLimit) {
      this.rateLimit = rateLimit;
      return this;
    }

    /**
     * Sets the window a rate limit counts requests in.
     *
     * @param rateLimitWindow the window a rate limit counts requests in
     * @return this builder
     */
    public Builder rateLimitWindow(RateLimitWindow rateLimitWindow) {
      this.rateLimitWindow = rateLimitWindow;
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
      return this;
    }

    /**
     * Adds a condition on the request body.
     *
     * @param condition a test on the request body
     * @return this builder
     */
    public Builder addCondition(RuleCondition condition) {
      if (conditions == null) {
        conditions = new ArrayList<>();
      }
      conditions.add(condition);
      return this;
    }

    /**
     * Builds the params.
     *
     * @return the params
     * @throws dev.onecli4j.validation.ValidationException listing every missing field
     */
    public RuleCreateParams build() {
      Problems problems =
          Problems.of("RuleCreateParams")
              .requiredText("name", name)
              .requiredNonEmpty("hostPattern", hostPattern)
              .required("action", action)
              .required("enabled", enabled);
      if (conditions != null) {
        for (int i = 0; i < conditions.size(); i++) {
          problems.required("conditions[" + i + "]", conditions.get(i));
        }
      }
      problems.throwIfAny();
      return new RuleCreateParams(this);
    }
  }
}
