package dev.onecli4j.param;

/** Optional query of an app's OAuth start in a workspace: reconnect a connection, link an agent. */
public final class AppAuthorizeParams {
  private final String connectionId;
  private final String agentName;

  private AppAuthorizeParams(Builder b) {
    this.connectionId = b.connectionId;
    this.agentName = b.agentName;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts with these params. */
  public Builder newBuilder() {
    return new Builder().connectionId(connectionId).agentName(agentName);
  }

  /** The connection to reconnect, or {@code null} to add one. */
  public String connectionId() {
    return connectionId;
  }

  /** The agent to link the new connection with, or {@code null}. */
  public String agentName() {
    return agentName;
  }

  @Override
  public String toString() {
    return "AppAuthorizeParams{connectionId=" + connectionId + ", agentName=" + agentName + "}";
  }

  /** Builds {@link AppAuthorizeParams}; every field is optional. */
  public static final class Builder {
    private String connectionId;
    private String agentName;

    private Builder() {}

    /** Reconnects this connection rather than adding one. */
    public Builder connectionId(String connectionId) {
      this.connectionId = connectionId;
      return this;
    }

    /** Links the new connection with the agent of this name. */
    public Builder agentName(String agentName) {
      this.agentName = agentName;
      return this;
    }

    /** Builds the params. */
    public AppAuthorizeParams build() {
      return new AppAuthorizeParams(this);
    }
  }
}
