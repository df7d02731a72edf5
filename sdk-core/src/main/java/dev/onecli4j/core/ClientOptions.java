package dev.onecli4j.core;

import dev.onecli4j.http.Clock;
import dev.onecli4j.internal.text.HeaderValues;
import dev.onecli4j.http.RequestListener;
import dev.onecli4j.http.RetryBudget;
import dev.onecli4j.http.RetryPolicy;
import dev.onecli4j.http.Sleeper;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Everything a client is configured with. Immutable; {@link #newBuilder()} copies. Clients made
 * from options that share an {@link OkHttpClient} share its connection pool.
 */
public final class ClientOptions {
  /** The OneCLI cloud API. */
  public static final String DEFAULT_BASE_URL = "https://api.onecli.sh/v1";
  /** Default per-attempt timeout. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
  /** Default overall deadline across attempts and waits. */
  public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofMinutes(3);
  /** Default cap on how much of an error body is read. */
  public static final int DEFAULT_MAX_ERROR_BODY_BYTES = 64 * 1024;
  /** Default cap on the (decoded) size of a success body: 256 MiB. */
  public static final long DEFAULT_MAX_RESPONSE_BODY_BYTES = 256L * 1024 * 1024;

  private final HttpUrl baseUrl;
  private final String apiKey;
  private final String projectId;
  private final String workspaceId;
  private final RetryPolicy retryPolicy;
  private final RetryBudget retryBudget;
  private final Duration timeout;
  private final Duration callTimeout;
  private final OkHttpClient okHttpClient;
  private final Map<String, String> headers;
  private final Map<String, String> queryParams;
  private final Clock clock;
  private final Sleeper sleeper;
  private final DoubleSupplier random;
  private final RequestListener listener;
  private final boolean validation;
  private final boolean logBodies;
  private final boolean allowInsecureHttp;
  private final int maxErrorBodyBytes;
  private final long maxResponseBodyBytes;

  private ClientOptions(AbstractBuilder<?> b) {
    this.apiKey = b.apiKey;
    this.projectId = b.projectId;
    this.workspaceId = b.workspaceId;
    this.retryPolicy = b.retryPolicy;
    this.retryBudget = b.retryBudget;
    this.timeout = b.timeout;
    this.callTimeout = b.callTimeout;
    this.okHttpClient = b.okHttpClient;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
    this.queryParams = Collections.unmodifiableMap(new LinkedHashMap<>(b.queryParams));
    this.clock = b.clock;
    this.sleeper = b.sleeper;
    this.random = b.random;
    this.listener = b.listener;
    this.validation = b.validation;
    this.logBodies = b.logBodies;
    this.allowInsecureHttp = b.allowInsecureHttp;
    this.maxErrorBodyBytes = b.maxErrorBodyBytes;
    this.maxResponseBodyBytes = b.maxResponseBodyBytes;
    this.baseUrl = parseBaseUrl(b.baseUrl, b.allowInsecureHttp);
  }

  /** A builder with every default set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts with these options. */
  public Builder newBuilder() {
    Builder b = new Builder();
    b.copyFrom(this);
    return b;
  }

  /** The base URL every path is resolved against, e.g. {@code https://api.onecli.sh/v1}. */
  public HttpUrl baseUrl() {
    return baseUrl;
  }

  /** The bearer credential (OneCLI API key or user token), or {@code null}. */
  public String apiKey() {
    return apiKey;
  }

  /** The project sent as {@code X-Project-Id}, or {@code null}. */
  public String projectId() {
    return projectId;
  }

  /** The workspace sent as {@code X-Workspace-Id}, or {@code null}. */
  public String workspaceId() {
    return workspaceId;
  }

  /** Which failures are retried and how long to wait. */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /** The token bucket that caps retries across all calls of a client. */
  public RetryBudget retryBudget() {
    return retryBudget;
  }

  /** The per-attempt timeout. */
  public Duration timeout() {
    return timeout;
  }

  /** The overall deadline across attempts and waits. */
  public Duration callTimeout() {
    return callTimeout;
  }

  /** The caller's own OkHttp client, or {@code null} when the SDK creates one. */
  public OkHttpClient okHttpClient() {
    return okHttpClient;
  }

  /** Headers added to every request. */
  public Map<String, String> headers() {
    return headers;
  }

  /** Query parameters added to every request. */
  public Map<String, String> queryParams() {
    return queryParams;
  }

  /** The time source of deadlines and HTTP-date {@code Retry-After}. */
  public Clock clock() {
    return clock;
  }

  /** How the SDK waits between attempts. */
  public Sleeper sleeper() {
    return sleeper;
  }

  /** The source of backoff jitter, in [0, 1). */
  public DoubleSupplier random() {
    return random;
  }

  /** Observes request start, retries and end. */
  public RequestListener listener() {
    return listener;
  }

  /** Whether parameters are checked locally before a request is sent. */
  public boolean validation() {
    return validation;
  }

  /** Whether request and response bodies are logged (redacted) at trace level. */
  public boolean logBodies() {
    return logBodies;
  }

  /** Whether a plain {@code http://} base URL that is not loopback is allowed. */
  public boolean allowInsecureHttp() {
    return allowInsecureHttp;
  }

  /** How many bytes of an error body are read at most; also the most of a body a trace log shows. */
  public int maxErrorBodyBytes() {
    return maxErrorBodyBytes;
  }

  /** The largest success body, in bytes after any gzip decoding, that a call reads. */
  public long maxResponseBodyBytes() {
    return maxResponseBodyBytes;
  }

  @Override
  public String toString() {
    return "ClientOptions{baseUrl="
        + baseUrl
        + ", apiKey="
        + (apiKey == null ? "null" : "****")
        + ", projectId="
        + projectId
        + ", workspaceId="
        + workspaceId
        + ", timeout="
        + timeout
        + ", callTimeout="
        + callTimeout
        + ", retryPolicy="
        + retryPolicy
        + ", headers="
        + headers.keySet()
        + ", validation="
        + validation
        + "}";
  }

  static Duration requirePositive(String name, Duration value) {
    Objects.requireNonNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
    return value;
  }

  private static HttpUrl parseBaseUrl(String raw, boolean allowInsecureHttp) {
    Objects.requireNonNull(raw, "baseUrl");
    HttpUrl url = HttpUrl.parse(raw);
    // The messages below never repeat the raw text: a key pasted into the wrong setter, or a
    // credential in a query or user-info part, would otherwise end up in a log.
    if (url == null) {
      throw new IllegalArgumentException(
          "baseUrl is not an absolute http(s) URL (" + raw.length() + " characters); expected e.g. " + DEFAULT_BASE_URL);
    }
    if (!url.username().isEmpty() || !url.password().isEmpty()) {
      throw new IllegalArgumentException(
          "baseUrl must not carry a user name or password; pass the credential with apiKey (or token)");
    }
    if (!url.isHttps() && !allowInsecureHttp && !isLoopback(url.host())) {
      throw new IllegalArgumentException(
          "baseUrl uses plain http to a host that is not loopback: "
              + url.host()
              + "; use https, or allowInsecureHttp(true) to accept the risk");
    }
    if (url.query() != null || url.fragment() != null) {
      throw new IllegalArgumentException(
          "baseUrl must not have a query or fragment: "
              + url.scheme() + "://" + url.host() + ":" + url.port() + url.encodedPath()
              + (url.query() != null ? "?..." : "")
              + (url.fragment() != null ? "#..." : ""));
    }
    return url;
  }

  private static boolean isLoopback(String host) {
    return host.equals("localhost")
        || host.endsWith(".localhost")
        || isLoopbackIpv4(host)
        || host.equals("::1")
        || host.equals("0:0:0:0:0:0:0:1");
  }

  private static boolean allDigits(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code host} is an IPv4 literal in 127.0.0.0/8, not a name such as {@code 127.0.0.1.example.com}. */
  private static boolean isLoopbackIpv4(String host) {
    String[] parts = host.split("\\.", -1);
    if (parts.length != 4 || !parts[0].equals("127")) {
      return false;
    }
    for (String part : parts) {
      if (part.isEmpty()
          || part.length() > 3
          || !allDigits(part)
          || Integer.parseInt(part) > 255) {
        return false;
      }
    }
    return true;
  }

  /**
   * The setters shared by every client builder.
   *
   * @param <B> the concrete builder type, returned by each setter
   */
  public abstract static class AbstractBuilder<B extends AbstractBuilder<B>> {
    private String baseUrl = DEFAULT_BASE_URL;
    private String apiKey;
    private String projectId;
    private String workspaceId;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private RetryBudget retryBudget = RetryBudget.defaults();
    private Duration timeout = DEFAULT_TIMEOUT;
    private Duration callTimeout = DEFAULT_CALL_TIMEOUT;
    private OkHttpClient okHttpClient;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, String> queryParams = new LinkedHashMap<>();
    private Clock clock = Clock.system();
    private Sleeper sleeper = Sleeper.system();
    private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();
    private RequestListener listener = RequestListener.NONE;
    private boolean validation = true;
    private boolean logBodies;
    private boolean allowInsecureHttp;
    private int maxErrorBodyBytes = DEFAULT_MAX_ERROR_BODY_BYTES;
    private long maxResponseBodyBytes = DEFAULT_MAX_RESPONSE_BODY_BYTES;

    /** Creates a builder with every default set. */
    protected AbstractBuilder() {}

    @SuppressWarnings("unchecked")
    private B self() {
      return (B) this;
    }

    /** Copies every option from {@code options}. */
    public B copyFrom(ClientOptions options) {
      this.baseUrl = options.baseUrl.toString();
      this.apiKey = options.apiKey;
      this.projectId = options.projectId;
      this.workspaceId = options.workspaceId;
      this.retryPolicy = options.retryPolicy;
      this.retryBudget = options.retryBudget;
      this.timeout = options.timeout;
      this.callTimeout = options.callTimeout;
      this.okHttpClient = options.okHttpClient;
      this.headers.clear();
      this.headers.putAll(options.headers);
      this.queryParams.clear();
      this.queryParams.putAll(options.queryParams);
      this.clock = options.clock;
      this.sleeper = options.sleeper;
      this.random = options.random;
      this.listener = options.listener;
      this.validation = options.validation;
      this.logBodies = options.logBodies;
      this.allowInsecureHttp = options.allowInsecureHttp;
      this.maxErrorBodyBytes = options.maxErrorBodyBytes;
      this.maxResponseBodyBytes = options.maxResponseBodyBytes;
      return self();
    }

    /** Sets the base URL, e.g. {@code http://localhost:10254/v1}. */
    public B baseUrl(String baseUrl) {
      this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
      return self();
    }

    /**
     * Sets the bearer credential sent as {@code Authorization: Bearer ...}.
     *
     * @throws IllegalArgumentException if it is empty or only whitespace, or holds a character a
     *     header cannot carry
     */
    public B apiKey(String apiKey) {
      Objects.requireNonNull(apiKey, "apiKey");
      if (apiKey.trim().isEmpty()) {
        throw new IllegalArgumentException(
            "apiKey is " + (apiKey.isEmpty() ? "empty" : "only whitespace") + "; pass the API key (or token) itself");
      }
      this.apiKey = HeaderValues.check("Authorization", apiKey);
      return self();
    }

    /** Sets the project sent as {@code X-Project-Id} (the legacy name of a workspace). */
    public B projectId(String projectId) {
      this.projectId = projectId == null ? null : HeaderValues.check("X-Project-Id", projectId);
      return self();
    }

    /** Sets the workspace sent as {@code X-Workspace-Id}. */
    public B workspaceId(String workspaceId) {
      this.workspaceId = workspaceId == null ? null : HeaderValues.check("X-Workspace-Id", workspaceId);
      return self();
    }

    /** Sets the maximum number of retries (default 2; 0 disables retries). */
    public B maxRetries(int maxRetries) {
      this.retryPolicy = retryPolicy.newBuilder().maxRetries(maxRetries).build();
      return self();
    }

    /** Sets the whole retry policy. */
    public B retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return self();
    }

    /** Sets the retry budget shared by all calls of the client. */
    public B retryBudget(RetryBudget retryBudget) {
      this.retryBudget = Objects.requireNonNull(retryBudget, "retryBudget");
      return self();
    }

    /** Sets the per-attempt timeout (default 60 s). */
    public B timeout(Duration timeout) {
      this.timeout = requirePositive("timeout", timeout);
      return self();
    }

    /** Sets the overall deadline across attempts and waits (default 3 min). */
    public B callTimeout(Duration callTimeout) {
      this.callTimeout = requirePositive("callTimeout", callTimeout);
      return self();
    }

    /** Uses the caller's OkHttp client: its interceptors, proxy, TLS and pool apply. */
    public B okHttpClient(OkHttpClient okHttpClient) {
      this.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient");
      return self();
    }

    /** Adds or replaces a header sent with every request. */
    public B header(String name, String value) {
      Objects.requireNonNull(name, "name");
      headers.put(name, HeaderValues.check(name, Objects.requireNonNull(value, "value")));
      return self();
    }

    /** Adds or replaces a query parameter sent with every request. */
    public B queryParam(String name, String value) {
      queryParams.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return self();
    }

    /** Sets the time source (tests use a fake). */
    public B clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return self();
    }

    /** Sets how the SDK waits between attempts (tests use a fake). */
    public B sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return self();
    }

    /** Sets the source of backoff jitter, values in [0, 1). */
    public B random(DoubleSupplier random) {
      this.random = Objects.requireNonNull(random, "random");
      return self();
    }

    /** Sets the observer of request start, retries and end. */
    public B listener(RequestListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return self();
    }

    /** Turns local parameter checks on (default) or off, for servers with other rules. */
    public B validation(boolean validation) {
      this.validation = validation;
      return self();
    }

    /** Logs redacted request and response bodies at trace level (default off). */
    public B logBodies(boolean logBodies) {
      this.logBodies = logBodies;
      return self();
    }

    /** Allows a plain-http base URL to a host that is not loopback (default off). */
    public B allowInsecureHttp(boolean allowInsecureHttp) {
      this.allowInsecureHttp = allowInsecureHttp;
      return self();
    }

    /** Sets how many bytes of an error body are read at most (default 64 KiB). */
    public B maxErrorBodyBytes(int maxErrorBodyBytes) {
      if (maxErrorBodyBytes < 256) {
        throw new IllegalArgumentException("maxErrorBodyBytes must be >= 256, was " + maxErrorBodyBytes);
      }
      this.maxErrorBodyBytes = maxErrorBodyBytes;
      return self();
    }

    /**
     * Sets the largest success body a call reads, counted after any gzip decoding (default 256
     * MiB); a larger one ends the call with {@link dev.onecli4j.error.ResponseTooLargeException}
     * instead of filling the heap.
     *
     * @throws IllegalArgumentException if less than 1024
     */
    public B maxResponseBodyBytes(long maxResponseBodyBytes) {
      if (maxResponseBodyBytes < 1024) {
        throw new IllegalArgumentException("maxResponseBodyBytes must be >= 1024, was " + maxResponseBodyBytes);
      }
      this.maxResponseBodyBytes = maxResponseBodyBytes;
      return self();
    }

    /** The options set so far. */
    protected ClientOptions options() {
      return new ClientOptions(this);
    }
  }

  /** Builds {@link ClientOptions}. */
  public static final class Builder extends AbstractBuilder<Builder> {
    private Builder() {}

    /** Builds the options. */
    public ClientOptions build() {
      return options();
    }
  }
}
