package dev.onecli4j.core;

import dev.onecli4j.internal.text.HeaderValues;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

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
   * @param b the builder
   */
  protected RequestOptions(Builder b) {
    this.timeout = b.timeout;
    this.callTimeout = b.callTimeout;
    this.maxRetries = b.maxRetries;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
    this.queryParams = Collections.unmodifiableMap(new LinkedHashMap<>(b.queryParams));
    this.tags = b.tags.isEmpty() ? Collections.<String, String>emptyMap() : Collections.unmodifiableMap(new LinkedHashMap<>(b.tags));
  }

  /** No overrides: the client's options apply. */
  public static RequestOptions none() {
    return NONE;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts with these options. */
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

  /** The per-attempt timeout, or {@code null} for the client's. */
  public Duration timeout() {
    return timeout;
  }

  /** The overall deadline across attempts and waits, or {@code null} for the client's. */
  public Duration callTimeout() {
    return callTimeout;
  }

  /** The maximum number of retries, or {@code null} for the client's. */
  public Integer maxRetries() {
    return maxRetries;
  }

  /** Extra headers; they replace client headers of the same name. */
  public Map<String, String> headers() {
    return headers;
  }

  /** Extra query parameters. */
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

  /** Whether these options override nothing. */
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

    /** Sets the per-attempt timeout. */
    public Builder timeout(Duration timeout) {
      this.timeout = ClientOptions.requirePositive("timeout", timeout);
      return this;
    }

    /** Sets the overall deadline across all attempts and waits. */
    public Builder callTimeout(Duration callTimeout) {
      this.callTimeout = ClientOptions.requirePositive("callTimeout", callTimeout);
      return this;
    }

    /** Sets the maximum number of retries (0 disables retries). */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries must be >= 0, was " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /** Adds or replaces a header. */
    public Builder header(String name, String value) {
      Objects.requireNonNull(name, "name");
      headers.put(name, HeaderValues.check(name, Objects.requireNonNull(value, "value")));
      return this;
    }

    /** Adds or replaces a query parameter. */
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

    /** Builds the options. */
    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
