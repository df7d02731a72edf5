package dev.onecli4j;

import dev.onecli4j.core.ClientOptions;
import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.internal.http.HttpTransport;
import dev.onecli4j.service.usersecrets.UserSecretsServices;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Client of the user-secrets API: a per-user library of secrets with provider presets.
 *
 * <pre>{@code
 * UserSecrets us = UserSecrets.builder().baseUrl("https://example.com/api/v1").token(token).build();
 * UserSecret s = us.secrets().createFromPreset("openai", key);
 * }</pre>
 *
 * <p>Immutable and thread-safe; share one instance. {@link #close()} releases the connection
 * pool if the SDK created it. The service accessors are generated from the API description.
 */
public final class UserSecrets extends UserSecretsServices implements AutoCloseable {
  private final HttpTransport transport;
  private final UserSecretsAsync async;

  private UserSecrets(HttpTransport transport) {
    super(transport);
    this.transport = transport;
    this.async = new UserSecretsAsync(transport);
  }

  /** {@return a builder; {@code baseUrl} and {@code token} are required} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the same client with calls that return futures} */
  public UserSecretsAsync async() {
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
  public UserSecrets withOptions(Consumer<ClientOptions.Builder> modifier) {
    ClientOptions.Builder b = transport.options().newBuilder();
    modifier.accept(b);
    return new UserSecrets(transport.withOptions(b.build()));
  }

  /**
   * Runs one call and returns its raw answer (status, headers, request id) with the parsed body:
   * {@code us.withRawResponse(c -> c.secrets().list())}.
   *
   * @param <T> the result type of {@code call}
   * @param call the call to make on the client passed in
   * @return the answer's status, headers, request id and attempts, with the parsed body
   */
  public <T> RawResponse<T> withRawResponse(Function<? super UserSecrets, T> call) {
    return RawCapture.sync(transport, UserSecrets::new, call);
  }

  /**
   * Sends a request to a route the SDK does not model yet, through the same transport as every
   * call: the token, retries (a POST the server may have acted on is never repeated), error
   * answers thrown as the SDK's exceptions, masking, logging and the listener.
   *
   * @param request what to send
   * @return the success answer with its raw body
   * @throws dev.onecli4j.error.OneCliException if the call fails, as for any call
   */
  public RawHttpResponse rawRequest(RawRequest request) {
    return rawRequest(request, RequestOptions.none());
  }

  /**
   * {@link #rawRequest(RawRequest)} with per-call options.
   *
   * @param request what to send
   * @param options per-call options: headers, query parameters, timeouts, retries, tags
   * @return the success answer with its raw body
   */
  public RawHttpResponse rawRequest(RawRequest request, RequestOptions options) {
    return RawCalls.send(transport, request, options);
  }

  /**
   * {@link #rawRequest(RawRequest)} in one line: {@code us.rawRequest("GET", "/user/things",
   * null, RequestOptions.none())}; query parameters and headers go in {@code options}.
   *
   * @param method the HTTP method
   * @param path the path relative to the base URL, starting with {@code /}, already encoded
   * @param body the JSON body (a map, a list, a {@code JsonNode}, a model), or {@code null}
   * @param options per-call options: headers, query parameters, timeouts, retries, tags
   * @return the success answer with its raw body
   */
  public RawHttpResponse rawRequest(String method, String path, Object body, RequestOptions options) {
    return rawRequest(RawRequest.builder(method, path).body(body).build(), options);
  }

  /** Releases the connection pool and threads, if the SDK created them. */
  @Override
  public void close() {
    transport.close();
  }

  @Override
  public String toString() {
    return "UserSecrets{" + transport.options().baseUrl() + "}";
  }

  /** Builds {@link UserSecrets} clients. */
  public static final class Builder extends ClientOptions.AbstractBuilder<Builder> {
    private boolean baseUrlSet;

    private Builder() {}

    /** Sets the API's base URL, e.g. {@code https://example.com/api/v1} (required). */
    @Override
    public Builder baseUrl(String baseUrl) {
      baseUrlSet = true;
      return super.baseUrl(baseUrl);
    }

    /**
     * Sets the user's bearer token (required); the same as {@link #apiKey}.
     *
     * @param token the user's bearer token (required); the same as {@link #apiKey}
     * @return this builder
     */
    public Builder token(String token) {
      return apiKey(token);
    }

    /**
     * Builds the client.
     *
     * @return the client
     */
    public UserSecrets build() {
      ClientOptions options = options();
      if (!baseUrlSet) {
        throw new IllegalStateException("UserSecrets needs baseUrl: the user-secrets API has no default host");
      }
      Objects.requireNonNull(options.apiKey(), "token is required");
      return new UserSecrets(HttpTransport.create(options));
    }
  }
}
