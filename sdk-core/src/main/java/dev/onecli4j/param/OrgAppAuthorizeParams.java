package dev.onecli4j.param;

/** Optional query of an app's OAuth start for the organization: reconnect, pick the organization. */
public final class OrgAppAuthorizeParams {
  private final String connectionId;
  private final String org;

  private OrgAppAuthorizeParams(Builder b) {
    this.connectionId = b.connectionId;
    this.org = b.org;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts with these params. */
  public Builder newBuilder() {
    return new Builder().connectionId(connectionId).org(org);
  }

  /** The organization connection to reconnect, or {@code null} to add one. */
  public String connectionId() {
    return connectionId;
  }

  /** The organization to use when the caller belongs to several, or {@code null}. */
  public String org() {
    return org;
  }

  @Override
  public String toString() {
    return "OrgAppAuthorizeParams{connectionId=" + connectionId + ", org=" + org + "}";
  }

  /** Builds {@link OrgAppAuthorizeParams}; every field is optional. */
  public static final class Builder {
    private String connectionId;
    private String org;

    private Builder() {}

    /** Reconnects this organization connection rather than adding one. */
    public Builder connectionId(String connectionId) {
      this.connectionId = connectionId;
      return this;
    }

    /** Picks the organization, for callers that belong to several. */
    public Builder org(String org) {
      this.org = org;
      return this;
    }

    /** Builds the params. */
    public OrgAppAuthorizeParams build() {
      return new OrgAppAuthorizeParams(this);
    }
  }
}
