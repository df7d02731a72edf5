package dev.onecli4j;

import dev.onecli4j.internal.http.HttpTransport;
import dev.onecli4j.service.OneCliServicesAsync;
import dev.onecli4j.core.RequestOptions;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The asynchronous view of {@link OneCli}: every call returns a {@link CompletableFuture}. The
 * service accessors are generated from the API description.
 */
public final class OneCliAsync extends OneCliServicesAsync {
  private final HttpTransport transport;

  OneCliAsync(HttpTransport transport) {
    super(transport);
    this.transport = transport;
  }

  /**
   * Runs one call and completes with its raw answer and parsed body:
   * {@code client.async().withRawResponse(c -> c.secrets().list())}.
   *
   * @param <T> the result type of the future {@code call} returns
   * @param call the call to make on the client passed in
   * @return a future of the answer's status, headers, request id and attempts, with the parsed body
   */
  public <T> CompletableFuture<RawResponse<T>> withRawResponse(
      Function<? super OneCliAsync, CompletableFuture<T>> call) {
    return RawCapture.async(transport, OneCliAsync::new, call);
  }

  /**
   * Sends a request to a route the SDK does not model yet without blocking; see {@link
   * OneCli#rawRequest(RawRequest)}.
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
