package dev.onecli4j;

import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.internal.http.HttpTransport;
import dev.onecli4j.service.usersecrets.UserSecretsServicesAsync;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The asynchronous view of {@link UserSecrets}: every call returns a {@link CompletableFuture}. The
 * service accessors are generated from the API description.
 */
public final class UserSecretsAsync extends UserSecretsServicesAsync {
  private final HttpTransport transport;

  UserSecretsAsync(HttpTransport transport) {
    super(transport);
    this.transport = transport;
  }

  /**
   * Runs one call and completes with its raw answer and parsed body.
   *
   * @param <T> the result type of the future {@code call} returns
   * @param call the call to make on the client passed in
   * @return a future of the answer's status, headers, request id and attempts, with the parsed body
   */
  public <T> CompletableFuture<RawResponse<T>> withRawResponse(
      Function<? super UserSecretsAsync, CompletableFuture<T>> call) {
    return RawCapture.async(transport, UserSecretsAsync::new, call);
  }

  /**
   * Sends a request to a route the SDK does not model yet without blocking; see {@link
   * UserSecrets#rawRequest(RawRequest)}.
   *
   * @param request what to send
   * @return the success answer with its raw body, or the SDK's exception
   */
  public CompletableFuture<RawHttpResponse> rawRequest(RawRequest request) {
    return rawRequest(request, RequestOptions.none());
  }

  /**
   * {@link #rawRequest(RawRequest)} with per-call options.
   *
   * @param request what to send
   * @param options per-call options: headers, query parameters, timeouts, retries, tags
   * @return the success answer with its raw body, or the SDK's exception
   */
  public CompletableFuture<RawHttpResponse> rawRequest(RawRequest request, RequestOptions options) {
    return RawCalls.sendAsync(transport, request, options);
  }

  /**
   * {@link #rawRequest(RawRequest)} in one line; query parameters and headers go in {@code options}.
   *
   * @param method the HTTP method
   * @param path the path relative to the base URL, starting with {@code /}, already encoded
   * @param body the JSON body, or {@code null}
   * @param options per-call options: headers, query parameters, timeouts, retries, tags
   * @return the success answer with its raw body, or the SDK's exception; a bad method or path
   *     fails the future with a {@code ValidationException}
   */
  public CompletableFuture<RawHttpResponse> rawRequest(String method, String path, Object body, RequestOptions options) {
    return RawCalls.sendAsync(transport, method, path, body, options);
  }
}
