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
import java.util.function.Function;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

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
  private final HttpUrl gatewayUrl;
  private final String apiKey;
  private final String projectId;
  private final String workspaceId;
  private final RetryPolicy retryPolicy;
  private final RetryBudget retryBudget;
  private final Duration timeout;
  private final Duration callTimeout;
  private final OkHttpClient okHttpClient;
  private final Function<? super OkHttpClient, ? extends Call.Factory> callFactory;
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
    this.callFactory = b.callFactory;
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
    this.baseUrl = parseBaseUrl("baseUrl", b.baseUrl, b.allowInsecureHttp);
    this.gatewayUrl = b.gatewayUrl == null ? null : parseBaseUrl("gatewayUrl", b.gatewayUrl, b.allowInsecureHttp);
  }

  /** {@return a builder with every default set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder that starts with these options} */
  public Builder newBuilder() {
    Builder b = new Builder();
    b.copyFrom(this);
    return b;
  }

  /**
   * {@return the base URL every path is resolved against, e.g. {@code https://api.onecli.sh/v1}}
   */
  public HttpUrl baseUrl() {
    return baseUrl;
  }

  /**
   * The gateway's address given with {@link AbstractBuilder#gatewayUrl}, or {@code null}: then
   * the calls the gateway serves (approvals) go to the address the server names at {@code GET
   * /gateway-url}, asked once per client.
   *
   * @return the gateway's address, or {@code null} when the server names it
   */
  public @Nullable HttpUrl gatewayUrl() {
    return gatewayUrl;
  }

  /** {@return the bearer credential (OneCLI API key or user token), or {@code null}} */
  public @Nullable String apiKey() {
    return apiKey;
  }

  /** {@return the project sent as {@code X-Project-Id}, or {@code null}} */
  public @Nullable String projectId() {
    return projectId;
  }

  /** {@return the workspace sent as {@code X-Workspace-Id}, or {@code null}} */
  public @Nullable String workspaceId() {
    return workspaceId;
  }

  /** {@return which failures are retried and how long to wait} */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /** {@return the token bucket that caps retries across all calls of a client} */
  public RetryBudget retryBudget() {
    return retryBudget;
  }

  /** {@return the per-attempt timeout} */
  public Duration timeout() {
    return timeout;
  }

  /** {@return the overall deadline across attempts and waits} */
  public Duration callTimeout() {
    return callTimeout;
  }

  /** {@return the caller's own OkHttp client, or {@code null} when the SDK creates one} */
  public @Nullable OkHttpClient okHttpClient() {
    return okHttpClient;
  }

  /**
   * What wraps the SDK's OkHttp client into the {@link Call.Factory} every attempt is made with
   * (e.g. OpenTelemetry's instrumentation), or {@code null} for the client itself.
   *
   * @return the wrapper, or {@code null}
   */
  public @Nullable Function<? super OkHttpClient, ? extends Call.Factory> callFactory() {
    return callFactory;
  }

  /** {@return headers added to every request} */
  public Map<String, String> headers() {
    return headers;
  }

  /** {@return query parameters added to every request} */
  public Map<String, String> queryParams() {
    return queryParams;
  }

  /** {@return the time source of deadlines and HTTP-date {@code Retry-After}} */
  public Clock clock() {
    return clock;
  }

  /** {@return how the SDK waits between attempts} */
  public Sleeper sleeper() {
    return sleeper;
  }

  /** {@return the source of backoff jitter, in [0, 1)} */
  public DoubleSupplier random() {
    return random;
  }

  /**
   * Observes request start, retries and end.
   *
   * @return the request listener (a no-op one unless set)
   */
  public RequestListener listener() {
    return listener;
  }

  /** {@return whether parameters are checked locally before a request is sent} */
  public boolean validation() {
    return validation;
  }

  /** {@return whether request and response bodies are logged (redacted) at trace level} */
  public boolean logBodies() {
    return logBodies;
  }

  /** {@return whether a plain {@code http://} base URL that is not loopback is allowed} */
  public boolean allowInsecureHttp() {
    return allowInsecureHttp;
  }

  /**
   * {@return how many bytes of an error body are read at most; also the most of a body a trace log
   * shows}
   */
  public int maxErrorBodyBytes() {
    return maxErrorBodyBytes;
  }

  /** {@return the largest success body, in bytes after any gzip decoding, that a call reads} */
  public long maxResponseBodyBytes() {
    return maxResponseBodyBytes;
  }

  @Override
  public String toString() {
    return "ClientOptions{baseUrl="
        + baseUrl
        + (gatewayUrl == null ? "" : ", gatewayUrl=" + gatewayUrl)
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

  /**
   * {@code raw} as an absolute http(s) URL under the base URL's rules: no user info, query or
   * fragment; https, or http to loopback unless {@code allowInsecureHttp}.
   *
   * @param name what the URL is, for the message
   * @param raw the URL
   * @param allowInsecureHttp whether plain http to another host is accepted
   * @return the parsed URL
   * @throws IllegalArgumentException if it breaks a rule; the message never repeats the URL
   */
  public static HttpUrl checkedUrl(String name, String raw, boolean allowInsecureHttp) {
    return parseBaseUrl(name, raw, allowInsecureHttp);
  }

  static Duration requirePositive(String name, Duration value) {
    Objects.requireNonNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
    return value;
  }

  private static HttpUrl parseBaseUrl(String name, String raw, boolean allowInsecureHttp) {
    Objects.requireNonNull(raw, name);
    HttpUrl url = HttpUrl.parse(raw);
    // The messages below never repeat the raw text: a key pasted into the wrong setter, or a
    // credential in a query or user-info part, would otherwise end up in a log.
    if (url == null) {
      throw new IllegalArgumentException(
          name + " is not an absolute http(s) URL (" + raw.length() + " characters); expected e.g. " + DEFAULT_BASE_URL);
    }
    if (!url.username().isEmpty() || !url.password().isEmpty()) {
      throw new IllegalArgumentException(
          name + " must not carry a user name or password; pass the credential with apiKey (or token)");
    }
    if (!url.isHttps() && !allowInsecureHttp && !isLoopback(url.host())) {
      throw new IllegalArgumentException(
          name + " uses plain http to a host that is not loopback: "
              + url.host()
              + "; use https, or allowInsecureHttp(true) to accept the risk");
    }
    if (url.query() != null || url.fragment() != null) {
      throw new IllegalArgumentException(
          name + " must not have a query or fragment: "
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
    private String gatewayUrl;
    private String apiKey;
    private String projectId;
    private String workspaceId;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private RetryBudget retryBudget = RetryBudget.defaults();
    private Duration timeout = DEFAULT_TIMEOUT;
    private Duration callTimeout = DEFAULT_CALL_TIMEOUT;
    private OkHttpClient okHttpClient;
    private Function<? super OkHttpClient, ? extends Call.Factory> callFactory;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, String> queryParams = new LinkedHashMap<>();
    private Clock clock = Clock.system();
    private Sleeper sleeper = Sleeper.system();
    private DoubleSupplier random = ThreadLocalJitter.INSTANCE;
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

    /**
     * Copies every option from {@code options}.
     *
     * @param options the options to copy
     * @return this builder
     */
    public B copyFrom(ClientOptions options) {
      this.baseUrl = options.baseUrl.toString();
      this.gatewayUrl = options.gatewayUrl == null ? null : options.gatewayUrl.toString();
      this.apiKey = options.apiKey;
      this.projectId = options.projectId;
      this.workspaceId = options.workspaceId;
      this.retryPolicy = options.retryPolicy;
      this.retryBudget = options.retryBudget;
      this.timeout = options.timeout;
      this.callTimeout = options.callTimeout;
      this.okHttpClient = options.okHttpClient;
      this.callFactory = options.callFactory;
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

    /**
     * Sets the base URL, e.g. {@code http://localhost:10254/v1}.
     *
     * @param baseUrl the base URL, e.g. {@code http://localhost:10254/v1}
     * @return this builder
     */
    public B baseUrl(String baseUrl) {
      this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
      return self();
    }

    /**
     * Sets the gateway's address, e.g. {@code http://localhost:10255}, as {@code GET
     * /gateway-url} answers it; the calls the gateway serves (approvals) go to its {@code /v1}.
     * Unset (the default), the SDK asks the server once per client. The same rules as for the
     * base URL apply (https, or http to loopback unless {@link #allowInsecureHttp}).
     *
     * @param gatewayUrl the gateway's address, or {@code null} to ask the server
     * @return this builder
     */
    public B gatewayUrl(String gatewayUrl) {
      this.gatewayUrl = gatewayUrl;
      return self();
    }

    /**
     * Sets the bearer credential sent as {@code Authorization: Bearer ...}.
     *
     * @param apiKey the bearer credential sent as {@code Authorization: Bearer ...}
     * @return this builder
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

    /**
     * Sets the project sent as {@code X-Project-Id} (the legacy name of a workspace).
     *
     * @param projectId the project sent as {@code X-Project-Id} (the legacy name of a workspace)
     * @return this builder
     */
    public B projectId(@Nullable String projectId) {
      this.projectId = projectId == null ? null : HeaderValues.check("X-Project-Id", projectId);
      return self();
    }

    /**
     * Sets the workspace sent as {@code X-Workspace-Id}.
     *
     * @param workspaceId the workspace sent as {@code X-Workspace-Id}
     * @return this builder
     */
    public B workspaceId(@Nullable String workspaceId) {
      this.workspaceId = workspaceId == null ? null : HeaderValues.check("X-Workspace-Id", workspaceId);
      return self();
    }

    /**
     * Sets the maximum number of retries (default 2; 0 disables retries).
     *
     * @param maxRetries the maximum number of retries (default 2; 0 disables retries)
     * @return this builder
     */
    public B maxRetries(int maxRetries) {
      this.retryPolicy = retryPolicy.newBuilder().maxRetries(maxRetries).build();
      return self();
    }

    /**
     * Sets the whole retry policy.
     *
     * @param retryPolicy the whole retry policy
     * @return this builder
     */
    public B retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return self();
    }

    /**
     * Sets the retry budget shared by all calls of the client.
     *
     * @param retryBudget the retry budget shared by all calls of the client
     * @return this builder
     */
    public B retryBudget(RetryBudget retryBudget) {
      this.retryBudget = Objects.requireNonNull(retryBudget, "retryBudget");
      return self();
    }

    /**
     * Sets the per-attempt timeout (default 60 s).
     *
     * @param timeout the per-attempt timeout (default 60 s)
     * @return this builder
     */
    public B timeout(Duration timeout) {
      this.timeout = requirePositive("timeout", timeout);
      return self();
    }

    /**
     * Sets the overall deadline across attempts and waits (default 3 min).
     *
     * @param callTimeout the overall deadline across attempts and waits (default 3 min)
     * @return this builder
     */
    public B callTimeout(Duration callTimeout) {
      this.callTimeout = requirePositive("callTimeout", callTimeout);
      return self();
    }

    /**
     * Uses the caller's OkHttp client: its interceptors, proxy, TLS and pool apply.
     *
     * @param okHttpClient uses the caller's OkHttp client: its interceptors, proxy, TLS and pool
     *     apply
     * @return this builder
     */
    public B okHttpClient(OkHttpClient okHttpClient) {
      this.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient");
      return self();
    }

    /**
     * Sends every attempt through the {@link Call.Factory} that {@code wrapper} makes of the SDK's
     * OkHttp client, e.g. {@code callFactory(OkHttpTelemetry.create(openTelemetry)::createCallFactory)}
     * for OpenTelemetry tracing. The client handed over is the one the SDK sends with (the
     * caller's {@link #okHttpClient} if set), with its guards in place: the factory must send
     * through it, or a client built from it with {@code newBuilder()}, and its calls must honour
     * {@code timeout()} and {@code cancel()}. A call is refused when they do not, so retries,
     * timeouts, cancellation, redaction and the body limit stay the SDK's. Each request carries
     * a {@link dev.onecli4j.http.CallContext} tag.
     *
     * @param wrapper makes the call factory from the SDK's OkHttp client; called once per client
     * @return this builder
     */
    public B callFactory(Function<? super OkHttpClient, ? extends Call.Factory> wrapper) {
      this.callFactory = Objects.requireNonNull(wrapper, "wrapper");
      return self();
    }

    /**
     * Adds or replaces a header sent with every request.
     *
     * @param name the name
     * @param value the value, sent as given
     * @return this builder
     */
    public B header(String name, String value) {
      Objects.requireNonNull(name, "name");
      headers.put(name, HeaderValues.check(name, Objects.requireNonNull(value, "value")));
      return self();
    }

    /**
     * Adds or replaces a query parameter sent with every request.
     *
     * @param name the name
     * @param value the value, sent as given
     * @return this builder
     */
    public B queryParam(String name, String value) {
      queryParams.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return self();
    }

    /**
     * Sets the time source (tests use a fake).
     *
     * @param clock the time source (tests use a fake)
     * @return this builder
     */
    public B clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return self();
    }

    /**
     * Sets how the SDK waits between attempts (tests use a fake).
     *
     * @param sleeper how the SDK waits between attempts (tests use a fake)
     * @return this builder
     */
    public B sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return self();
    }

    /**
     * Sets the source of backoff jitter, values in [0, 1).
     *
     * @param random the source of backoff jitter, values in [0, 1)
     * @return this builder
     */
    public B random(DoubleSupplier random) {
      this.random = Objects.requireNonNull(random, "random");
      return self();
    }

    /**
     * Sets the observer of request start, retries and end.
     *
     * @param listener the observer of request start, retries and end
     * @return this builder
     */
    public B listener(RequestListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return self();
    }

    /**
     * Turns local parameter checks on (default) or off, for servers with other rules.
     *
     * @param validation turns local parameter checks on (default) or off, for servers with other
     *     rules
     * @return this builder
     */
    public B validation(boolean validation) {
      this.validation = validation;
      return self();
    }

    /**
     * Logs redacted request and response bodies at trace level (default off).
     *
     * @param logBodies logs redacted request and response bodies at trace level (default off)
     * @return this builder
     */
    public B logBodies(boolean logBodies) {
      this.logBodies = logBodies;
      return self();
    }

    /**
     * Allows a plain-http base URL to a host that is not loopback (default off).
     *
     * @param allowInsecureHttp allows a plain-http base URL to a host that is not loopback (default
     *     off)
     * @return this builder
     */
    public B allowInsecureHttp(boolean allowInsecureHttp) {
      this.allowInsecureHttp = allowInsecureHttp;
      return self();
    }

    /**
     * Sets how many bytes of an error body are read at most (default 64 KiB).
     *
     * @param maxErrorBodyBytes how many bytes of an error body are read at most (default 64 KiB)
     * @return this builder
     */
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
     * @param maxResponseBodyBytes the largest success body a call reads, counted after any gzip
     *     decoding (default 256 MiB); a larger one ends the call with {@link
     *     dev.onecli4j.error.ResponseTooLargeException} instead of filling the heap
     * @return this builder
     * @throws IllegalArgumentException if less than 1024
     */
    public B maxResponseBodyBytes(long maxResponseBodyBytes) {
      if (maxResponseBodyBytes < 1024) {
        throw new IllegalArgumentException("maxResponseBodyBytes must be >= 1024, was " + maxResponseBodyBytes);
      }
      this.maxResponseBodyBytes = maxResponseBodyBytes;
      return self();
    }

    /** {@return the options set so far} */
    protected ClientOptions options() {
      return new ClientOptions(this);
    }
  }

  /** Builds {@link ClientOptions}. */
  public static final class Builder extends AbstractBuilder<Builder> {
    private Builder() {}

    /**
     * Builds the options.
     *
     * @return the options
     */
    public ClientOptions build() {
      return options();
    }
  }

  /** The default jitter source: {@link ThreadLocalRandom}; a class rather than a lambda, so a builder spins none. */
  private static final class ThreadLocalJitter implements DoubleSupplier {
    static final ThreadLocalJitter INSTANCE = new ThreadLocalJitter();

    @Override
    public double getAsDouble() {
      return ThreadLocalRandom.current().nextDouble();
    }
  }
}
