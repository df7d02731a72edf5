package dev.onecli4j.preset;

import dev.onecli4j.core.RequestOptions;
import org.jspecify.annotations.Nullable;

/**
 * Choices when creating a OneCLI secret from a preset: the secret's name, a path pattern, and
 * the workspace or project to create it in. Immutable.
 */
public final class PresetOptions {
  private static final PresetOptions DEFAULTS = new Builder().build();

  private final String name;
  private final String pathPattern;
  private final String workspaceId;
  private final String projectId;
  private final RequestOptions requestOptions;

  private PresetOptions(Builder b) {
    this.name = b.name;
    this.pathPattern = b.pathPattern;
    this.workspaceId = b.workspaceId;
    this.projectId = b.projectId;
    this.requestOptions = b.requestOptions;
  }

  /** {@return no choices: the preset's display name, every path, the client's workspace} */
  public static PresetOptions defaults() {
    return DEFAULTS;
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the secret's name, or {@code null} for the preset's display name} */
  public @Nullable String name() {
    return name;
  }

  /** {@return the path pattern, or {@code null} for every path} */
  public @Nullable String pathPattern() {
    return pathPattern;
  }

  /** {@return the per-call options, with the workspace or project header added when set} */
  public RequestOptions requestOptions() {
    RequestOptions.Builder b = requestOptions.newBuilder();
    if (workspaceId != null) {
      b.header("X-Workspace-Id", workspaceId);
    }
    if (projectId != null) {
      b.header("X-Project-Id", projectId);
    }
    return b.build();
  }

  @Override
  public String toString() {
    return "PresetOptions{name=" + name + ", pathPattern=" + pathPattern + ", workspaceId=" + workspaceId
        + ", projectId=" + projectId + "}";
  }

  /** Builds {@link PresetOptions}. */
  public static final class Builder {
    private String name;
    private String pathPattern;
    private String workspaceId;
    private String projectId;
    private RequestOptions requestOptions = RequestOptions.none();

    private Builder() {}

    /**
     * Names the secret (default: the preset's display name).
     *
     * @param name names the secret (default: the preset's display name)
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * Limits the secret to matching paths.
     *
     * @param pathPattern limits the secret to matching paths
     * @return this builder
     */
    public Builder pathPattern(String pathPattern) {
      this.pathPattern = pathPattern;
      return this;
    }

    /**
     * Creates the secret in this workspace instead of the client's.
     *
     * @param workspaceId creates the secret in this workspace instead of the client's
     * @return this builder
     */
    public Builder workspaceId(String workspaceId) {
      this.workspaceId = workspaceId;
      return this;
    }

    /**
     * Creates the secret in this project (the legacy name of a workspace).
     *
     * @param projectId creates the secret in this project (the legacy name of a workspace)
     * @return this builder
     */
    public Builder projectId(String projectId) {
      this.projectId = projectId;
      return this;
    }

    /**
     * Sets other per-call options (timeouts, retries, headers).
     *
     * @param requestOptions other per-call options (timeouts, retries, headers)
     * @return this builder
     */
    public Builder requestOptions(RequestOptions requestOptions) {
      this.requestOptions = requestOptions;
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public PresetOptions build() {
      return new PresetOptions(this);
    }
  }
}
