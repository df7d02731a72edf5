package dev.onecli4j.param;

import dev.onecli4j.generated.onecli.model.AgentEffort;
import dev.onecli4j.validation.Problems;
import java.util.Map;

/**
 * Changes to an agent: its name and, for a hosted agent, its instructions, model and thinking
 * effort. Only the fields set are sent, and at least one must be; the {@code clearX()} methods
 * send an explicit {@code null}, which returns that setting to the default. Servers of version 2
 * refuse instructions, model and effort (even a clearing null) for agents you run yourself
 * ({@code byo}). Immutable.
 */
public final class AgentUpdateParams extends BodyParams {
  private final Map<String, Object> changes;

  private AgentUpdateParams(Builder b, FieldChanges changes) {
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

  /**
   * The new name.
   *
   * @return the name, or {@code null} to keep it
   */
  public String name() {
    return (String) changes.get("name");
  }

  @Override
  public String toString() {
    return "AgentUpdateParams" + changes;
  }

  /** Builds {@link AgentUpdateParams}; {@link #build()} needs at least one change. */
  public static final class Builder extends BodyParams.Builder<Builder> {
    private final FieldChanges changes = new FieldChanges();

    private Builder() {}

    /**
     * Renames the agent (surrounding spaces are trimmed by the server).
     *
     * @param name the new display name, 1 to 255 characters
     * @return this builder
     */
    public Builder name(String name) {
      changes.put("name", name);
      return this;
    }

    /**
     * Sets the standing instructions of a hosted agent.
     *
     * @param instructions up to 20,000 characters; {@code null} clears them
     * @return this builder
     */
    public Builder instructions(String instructions) {
      changes.put("instructions", instructions);
      return this;
    }

    /**
     * Removes the standing instructions of a hosted agent (sends {@code null}).
     *
     * @return this builder
     */
    public Builder clearInstructions() {
      changes.put("instructions", null);
      return this;
    }

    /**
     * Chooses the model of a hosted agent; the agent must hold a key that can run it.
     *
     * @param model the model id, 1 to 200 characters; {@code null} clears it
     * @return this builder
     */
    public Builder model(String model) {
      changes.put("model", model);
      return this;
    }

    /**
     * Returns a hosted agent to its provider's default model (sends {@code null}).
     *
     * @return this builder
     */
    public Builder clearModel() {
      changes.put("model", null);
      return this;
    }

    /**
     * Sets the thinking effort of a hosted agent's model.
     *
     * @param effort e.g. {@link AgentEffort#HIGH}; {@code null} clears it
     * @return this builder
     */
    public Builder effort(AgentEffort effort) {
      changes.put("effort", effort);
      return this;
    }

    /**
     * Returns a hosted agent to its provider's default effort (sends {@code null}).
     *
     * @return this builder
     */
    public Builder clearEffort() {
      changes.put("effort", null);
      return this;
    }

    /**
     * Builds the params.
     *
     * @return the params
     * @throws dev.onecli4j.validation.ValidationException if nothing was set, or the name was
     *     given as {@code null} (a name cannot be cleared)
     */
    public AgentUpdateParams build() {
      Problems.of("AgentUpdateParams")
          .check(!changes.snapshot().isEmpty(), "", "at least one field to change is required")
          .check(!changes.has("name") || changes.get("name") != null, "name", "must not be null")
          .throwIfAny();
      return new AgentUpdateParams(this, changes);
    }
  }
}
