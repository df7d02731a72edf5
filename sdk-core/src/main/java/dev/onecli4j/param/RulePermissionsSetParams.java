package dev.onecli4j.param;

import dev.onecli4j.generated.onecli.model.Permission;
import dev.onecli4j.generated.onecli.model.ProjectPermissionChange;
import dev.onecli4j.generated.onecli.model.RuleCondition;
import dev.onecli4j.validation.Problems;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * New tool permissions of one app, for a project or an organization. Organization permissions have
 * no agent layers, so {@code agentId} and {@link Builder#inherit(String)} are refused for them.
 * Immutable.
 *
 * <pre>{@code
 * RulePermissionsSetParams.builder()
 *     .change("send_email", Permission.MANUAL_APPROVAL)
 *     .change("delete_email", Permission.BLOCK)
 *     .build();
 * }</pre>
 */
public final class RulePermissionsSetParams extends BodyParams {
  private final List<ProjectPermissionChange> changes;
  private final List<RuleCondition> conditions;
  private final String agentId;

  private RulePermissionsSetParams(Builder b) {
    super(b);
    this.changes = Collections.unmodifiableList(new ArrayList<>(b.changes));
    this.conditions = b.conditions == null ? null : Collections.unmodifiableList(new ArrayList<>(b.conditions));
    this.agentId = b.agentId;
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the changes, in the order added; unmodifiable} */
  public List<ProjectPermissionChange> changes() {
    return changes;
  }

  /**
   * {@return conditions on the request body attached to the changed tools, or {@code null};
   * unmodifiable}
   */
  public @Nullable List<RuleCondition> conditions() {
    return conditions;
  }

  /** {@return the agent whose own layer is written, or {@code null} for the layer of all agents} */
  public @Nullable String agentId() {
    return agentId;
  }

  @Override
  public String toString() {
    return "RulePermissionsSetParams{changes="
        + changes
        + ", conditions="
        + conditions
        + ", agentId="
        + agentId
        + "}";
  }

  /** Builds {@link RulePermissionsSetParams}; {@link #build()} needs at least one change. */
  public static final class Builder extends BodyParams.Builder<Builder> {
    private final List<ProjectPermissionChange> changes = new ArrayList<>();
    private List<RuleCondition> conditions;
    private String agentId;

    private Builder() {}

    /**
     * Sets the permission of one tool, e.g. {@code change("send_email", Permission.BLOCK)}.
     *
     * @param toolId the tool's id
     * @param permission the tool's new permission, or {@code null} for the default
     * @return this builder
     */
    public Builder change(String toolId, @Nullable Permission permission) {
      changes.add(
          ProjectPermissionChange.builder()
              .toolId(toolId)
              .permission(permission == null ? null : ProjectPermissionChange.PermissionEnum.of(permission.value()))
              .build());
      return this;
    }

    /**
     * Drops the agent's own permission of one tool, so the all-agents one applies (needs an agent).
     *
     * @param toolId the tool's id
     * @return this builder
     */
    public Builder inherit(String toolId) {
      changes.add(
          ProjectPermissionChange.builder()
              .toolId(toolId)
              .permission(ProjectPermissionChange.PermissionEnum.INHERIT)
              .build());
      return this;
    }

    /**
     * Sets the conditions on the request body attached to the changed tools.
     *
     * @param conditions the conditions on the request body attached to the changed tools
     * @return this builder
     */
    public Builder conditions(@Nullable List<RuleCondition> conditions) {
      this.conditions = conditions == null ? null : new ArrayList<>(conditions);
      return this;
    }

    /**
     * Writes the layer of this one agent instead of the layer of all agents (projects only).
     *
     * @param agentId writes the layer of this one agent instead of the layer of all agents
     *     (projects only)
     * @return this builder
     */
    public Builder agentId(String agentId) {
      this.agentId = agentId;
      return this;
    }

    /**
     * Builds the params.
     *
     * @return the params
     * @throws dev.onecli4j.validation.ValidationException listing every missing field
     */
    public RulePermissionsSetParams build() {
      Problems problems =
          Problems.of("RulePermissionsSetParams").check(!changes.isEmpty(), "changes", "add at least one change");
      for (int i = 0; i < changes.size(); i++) {
        problems
            .requiredText("changes[" + i + "].toolId", changes.get(i).toolId())
            .required("changes[" + i + "].permission", changes.get(i).permission());
      }
      if (conditions != null) {
        for (int i = 0; i < conditions.size(); i++) {
          problems.required("conditions[" + i + "]", conditions.get(i));
        }
      }
      problems.throwIfAny();
      return new RulePermissionsSetParams(this);
    }
  }
}
