package dev.onecli4j.core;

import dev.onecli4j.internal.text.HeaderValues;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Options for one call that override the client's: timeouts, retries, extra headers and query
 * parameters. Immutable; {@link #newBuilder()} copies.
 *
 * <p>Not final only so that the deprecated {@code dev.onecli4j.RequestOptions} can extend it for
 * one release; do not subclass it.
 */
public class RequestOptions {
  private static final RequestOptions NONE = new Builder().build();

  private final Duration timeout;
  private final Duration callTimeout;
  private final Integer maxRetries;
  private final Map<String, String> headers;
  private final Map<String, String> queryParams;
  private final Map<String, String> tags;

  /**
   * Creates the options a builder holds.
   *
   * @param b the builder to fill
   */
  protected RequestOptions(Builder b) {
    this.timeout = b.timeout;
    this.callTimeout = b.callTimeout;
    this.maxRetries = b.maxRetries;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
    this.queryParams = Collections.unmodifiableMap(new LinkedHashMap<>(b.queryParams));
    this.tags = b.tags.isEmpty() ? Collections.<String, String>emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(b.tags));
  }

  /** {@return no overrides: the client's options apply} */
  public static RequestOptions none() {
    return NONE;
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder that starts with these options} */
  public Builder newBuilder() {
    Builder b = new Builder();
    b.timeout = timeout;
    b.callTimeout = callTimeout;
    b.maxRetries = maxRetries;
    b.headers.putAll(headers);
    b.queryParams.putAll(queryParams);
    b.tags.putAll(tags);
    return b;
  }

  /** {@return the per-attempt timeout, or {@code null} for the client's} */
  public @Nullable Duration timeout() {
    return timeout;
  }

  /** {@return the overall deadline across attempts and waits, or {@code null} for the client's} */
  public @Nullable Duration callTimeout() {
    return callTimeout;
  }

  /** {@return the maximum number of retries, or {@code null} for the client's} */
  public @Nullable Integer maxRetries() {
    return maxRetries;
  }

  /** {@return extra headers; they replace client headers of the same name} */
  public Map<String, String> headers() {
    return headers;
  }

  /** {@return extra query parameters} */
  public Map<String, String> queryParams() {
    return queryParams;
  }

  /**
   * The caller's tags of the call, never sent: interceptors read them from the {@link
   * dev.onecli4j.http.CallContext} tag of each OkHttp request.
   *
   * @return the tags by name, unmodifiable
   */
  public Map<String, String> tags() {
    return tags;
  }

  /** {@return whether these options override nothing} */
  public boolean isEmpty() {
    return timeout == null
        && callTimeout == null
        && maxRetries == null
        && headers.isEmpty()
        && queryParams.isEmpty()
        && tags.isEmpty();
  }

  @Override
  public String toString() {
    // Header values may be credentials, so only their names are shown.
    return "RequestOptions{timeout="
        + timeout
        + ", callTimeout="
        + callTimeout
        + ", maxRetries="
        + maxRetries
        + ", headers="
        + headers.keySet()
        + ", queryParams="
        + queryParams.keySet()
        + ", tags="
        + tags.keySet()
        + "}";
  }

  /** Builds {@link RequestOptions}. */
  public static class Builder {
    private Duration timeout;
    private Duration callTimeout;
    private Integer maxRetries;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, String> queryParams = new LinkedHashMap<>();
    private final Map<String, String> tags = new LinkedHashMap<>();

    /** An empty builder; use {@link RequestOptions#builder()}. */
    protected Builder() {}

    /**
     * Sets the per-attempt timeout.
     *
     * @param timeout the per-attempt timeout
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      this.timeout = ClientOptions.requirePositive("timeout", timeout);
      return this;
    }

    /**
     * Sets the overall deadline across all attempts and waits.
     *
     * @param callTimeout the overall deadline across all attempts and waits
     * @return this builder
     */
    public Builder callTimeout(Duration callTimeout) {
      this.callTimeout = ClientOptions.requirePositive("callTimeout", callTimeout);
      return this;
    }

    /**
     * Sets the maximum number of retries (0 disables retries).
     *
     * @param maxRetries the maximum number of retries (0 disables retries)
     * @return this builder
     */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries must be >= 0, was " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /**
     * Adds or replaces a header.
     *
     * @param name the name
     * @param value the value, sent as given
     * @return this builder
     */
    public Builder header(String name, String value) {
      Objects.requireNonNull(name, "name");
      headers.put(name, HeaderValues.check(name, Objects.requireNonNull(value, "value")));
      return this;
    }

    /**
     * Names the workspace of this call ({@code X-Workspace-Id}), e.g. for a client with an
     * organization API key.
     *
     * @param workspaceId the workspace ID
     * @return this builder
     */
    public Builder workspaceId(String workspaceId) {
      return header("X-Workspace-Id", workspaceId);
    }

    /**
     * Adds or replaces a query parameter.
     *
     * @param name the name
     * @param value the value, sent as given
     * @return this builder
     */
    public Builder queryParam(String name, String value) {
      queryParams.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Adds or replaces a tag of the call: never sent, handed to interceptors and call factories
     * in the {@link dev.onecli4j.http.CallContext} of each attempt (e.g. a tenant or a job name
     * for a span or a metric).
     *
     * @param name the tag's name
     * @param value its value
     * @return this builder
     */
    public Builder tag(String name, String value) {
      tags.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
