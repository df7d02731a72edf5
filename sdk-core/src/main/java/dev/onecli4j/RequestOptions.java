package dev.onecli4j;

import java.time.Duration;

/**
 * The former name of {@link dev.onecli4j.core.RequestOptions}, kept so that code written against
 * it still compiles.
 *
 * @deprecated use {@link dev.onecli4j.core.RequestOptions}; this alias will be removed in the next
 *     release
 */
@Deprecated
public final class RequestOptions extends dev.onecli4j.core.RequestOptions {
  private static final RequestOptions NONE = new Builder().build();

  private RequestOptions(Builder b) {
    super(b);
  }

  /**
   * No overrides: the client's options apply.
   *
   * @return the empty options
   */
  public static RequestOptions none() {
    return NONE;
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
   * Builds the deprecated {@link RequestOptions}.
   *
   * @deprecated use {@link dev.onecli4j.core.RequestOptions.Builder}
   */
  @Deprecated
  public static final class Builder extends dev.onecli4j.core.RequestOptions.Builder {
    private Builder() {}

    @Override
    public Builder timeout(Duration timeout) {
      super.timeout(timeout);
      return this;
    }

    @Override
    public Builder callTimeout(Duration callTimeout) {
      super.callTimeout(callTimeout);
      return this;
    }

    @Override
    public Builder maxRetries(int maxRetries) {
      super.maxRetries(maxRetries);
      return this;
    }

    @Override
    public Builder header(String name, String value) {
      super.header(name, value);
      return this;
    }

    @Override
    public Builder queryParam(String name, String value) {
      super.queryParam(name, value);
      return this;
    }

    @Override
    public Builder tag(String name, String value) {
      super.tag(name, value);
      return this;
    }

    @Override
    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
