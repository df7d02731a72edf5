package dev.onecli4j;

import dev.onecli4j.core.ClientOptions;
import dev.onecli4j.internal.http.HttpTransport;
import dev.onecli4j.service.OneCliServices;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Client of the OneCLI API v1, the credential gateway for AI agents.
 *
 * <pre>{@code
 * try (OneCli client = OneCli.fromEnv()) {
 *   List<Secret> secrets = client.secrets().list();
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe; share one instance. Copies from {@link #withOptions} share its
 * connection pool. {@link #close()} releases the pool only if the SDK created it. The service
 * accessors ({@code secrets()}, {@code org()}, ...) are generated from the API description.
 */
public final class OneCli extends OneCliServices implements AutoCloseable {
  /** Environment variable of the API key. */
  public static final String ENV_API_KEY = "ONECLI_API_KEY";
  /** Environment variable of the base URL. */
  public static final String ENV_BASE_URL = "ONECLI_BASE_URL";
  /** Environment variable of the project id (legacy name of a workspace). */
  public static final String ENV_PROJECT_ID = "ONECLI_PROJECT_ID";
  /** Environment variable of the workspace id. */
  public static final String ENV_WORKSPACE_ID = "ONECLI_WORKSPACE_ID";

  private final HttpTransport transport;
  private final OneCliAsync async;

  private OneCli(HttpTransport transport) {
    super(transport);
    this.transport = transport;
    this.async = new OneCliAsync(transport);
  }

  /** {@return a builder with the defaults: the cloud base URL, 2 retries, 60 s per attempt} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client configured from {@code ONECLI_API_KEY} (required), {@code ONECLI_BASE_URL},
   * {@code ONECLI_PROJECT_ID} and {@code ONECLI_WORKSPACE_ID}.
   *
   * @return a client configured from {@code ONECLI_API_KEY} (required), {@code ONECLI_BASE_URL},
   *     {@code ONECLI_PROJECT_ID} and {@code ONECLI_WORKSPACE_ID}
   * @throws IllegalStateException if {@code ONECLI_API_KEY} is not set
   */
  public static OneCli fromEnv() {
    return fromEnv(System.getenv());
  }

  static OneCli fromEnv(Map<String, String> env) {
    return builder().fromEnv(env).buildWithKey();
  }

  /** {@return the same client with calls that return futures} */
  public OneCliAsync async() {
    return async;
  }

  /** {@return the options this client applies} */
  public ClientOptions options() {
    return transport.options();
  }

  /**
   * A copy with modified options that shares this client's connection pool.
   *
   * @param modifier changes the copied options
   * @return a copy with modified options that shares this client's connection pool
   */
  public OneCli withOptions(Consumer<ClientOptions.Builder> modifier) {
    ClientOptions.Builder b = transport.options().newBuilder();
    modifier.accept(b);
    return new OneCli(transport.withOptions(b.build()));
  }

  /**
   * Runs one call and returns its raw answer (status, headers, request id) with the parsed body:
   * {@code client.withRawResponse(c -> c.secrets().create(params))}.
   *
   * @param <T> the result type of {@code call}
   * @param call the call to make on the client passed in
   * @return the answer's status, headers, request id and attempts, with the parsed body
   */
  public <T> RawResponse<T> withRawResponse(Function<? super OneCli, T> call) {
    return RawCapture.sync(transport, OneCli::new, call);
  }

  /**
   * Sends a request to a route the SDK does not model yet, through the same transport as every
   * call: credentials, retries (a POST the server may have acted on is never repeated), error
   * answers thrown as the SDK's exceptions, masking, logging and the listener.
   *
   * @param request what to send
   * @return the success answer with its raw body
   * @throws dev.onecli4j.error.OneCliException if the call fails, as for any call
   */
  public RawHttpResponse rawRequest(RawRequest request) {
    return rawRequest(request, dev.onecli4j.core.RequestOptions.none());
  }

  /**
   * {@link #rawRequest(RawRequest)} with per-call options.
   *
   * @param request what to send
   * @param options per-call options: headers, query parameters, timeouts, retries, tags
   * @return the success answer with its raw body
   */
  public RawHttpResponse rawRequest(RawRequest request, dev.onecli4j.core.RequestOptions options) {
    return RawCalls.send(transport, request, options);
  }

  /**
   * {@link #rawRequest(RawRequest)} in one line: {@code client.rawRequest("POST", "/agents/a_1/pause",
   * Map.of("reason", "maintenance"), RequestOptions.none())}; query parameters and headers go in
   * {@code options}.
   *
   * @param method the HTTP method
   * @param path the path relative to the base URL, starting with {@code /}, already encoded
   * @param body the JSON body (a map, a list, a {@code JsonNode}, a model), or {@code null}
   * @param options per-call options: headers, query parameters, timeouts, retries, tags
   * @return the success answer with its raw body
   */
  public RawHttpResponse rawRequest(String method, String path, Object body, dev.onecli4j.core.RequestOptions options) {
    return rawRequest(RawRequest.builder(method, path).body(body).build(), options);
  }

  /** Releases the connection pool and threads, if the SDK created them. */
  @Override
  public void close() {
    transport.close();
  }

  @Override
  public String toString() {
    return "OneCli{" + transport.options().baseUrl() + "}";
  }

  /** Builds {@link OneCli} clients. */
  public static final class Builder extends ClientOptions.AbstractBuilder<Builder> {
    private Builder() {}

    /**
     * Reads the {@code ONECLI_*} environment variables; unset ones leave the option as it is.
     *
     * @return this builder
     */
    public Builder fromEnv() {
      return fromEnv(System.getenv());
    }

    Builder fromEnv(Map<String, String> env) {
      setIfPresent(env.get(ENV_API_KEY), this::apiKey);
      setIfPresent(env.get(ENV_BASE_URL), this::baseUrl);
      setIfPresent(env.get(ENV_PROJECT_ID), this::projectId);
      setIfPresent(env.get(ENV_WORKSPACE_ID), this::workspaceId);
      return this;
    }

    private static void setIfPresent(String value, Consumer<String> setter) {
      if (value != null && !value.isEmpty()) {
        setter.accept(value);
      }
    }

    /**
     * Builds the client. Without an API key it serves only the operations that need none (such
     * as {@code utility().health()}); any other call fails before anything is sent with {@link
     * dev.onecli4j.error.MissingApiKeyException}.
     *
     * @return the client
     */
    public OneCli build() {
      return new OneCli(HttpTransport.create(options()));
    }

    /** Builds the client, refusing to do so without an API key (what {@link OneCli#fromEnv()} promises). */
    private OneCli buildWithKey() {
      ClientOptions options = options();
      if (options.apiKey() == null) {
        throw new IllegalStateException(
            "OneCli needs an API key: call apiKey(...) or set " + ENV_API_KEY);
      }
      return new OneCli(HttpTransport.create(options));
    }
  }
}
