package dev.onecli4j;

import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.internal.http.HttpTransport;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The raw-request calls both clients share, blocking and not: one place for their checks. */
final class RawCalls {
  private RawCalls() {}

  /** Sends {@code request} through {@code transport} and returns the success answer. */
  static RawHttpResponse send(HttpTransport transport, RawRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(options, "options");
    return RawHttpResponse.of(transport.executeRaw(request.toApiRequest(), request.withHeaders(options)));
  }

  /** Sends {@code request} through {@code transport} without blocking. */
  static CompletableFuture<RawHttpResponse> sendAsync(HttpTransport transport, RawRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(options, "options");
    return transport.executeRawAsync(request.toApiRequest(), request.withHeaders(options)).thenApply(RawHttpResponse::of);
  }

  /** Builds the request and sends it without blocking; a bad method or path fails the future. */
  static CompletableFuture<RawHttpResponse> sendAsync(
      HttpTransport transport, String method, String path, Object body, RequestOptions options) {
    RawRequest request;
    try {
      request = RawRequest.builder(method, path).body(body).build();
    } catch (RuntimeException e) {
      CompletableFuture<RawHttpResponse> failed = new CompletableFuture<>();
      failed.completeExceptionally(e);
      return failed;
    }
    return sendAsync(transport, request, options);
  }
}
