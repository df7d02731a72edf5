package dev.onecli4j.internal.http;

import dev.onecli4j.core.ClientOptions;
import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.error.InvalidResponseException;
import dev.onecli4j.generated.onecli.model.GatewayUrl;
import dev.onecli4j.generated.runtime.ApiRequest;
import dev.onecli4j.generated.runtime.ResponseType;
import java.util.concurrent.CompletableFuture;
import okhttp3.HttpUrl;

/**
 * Where the calls the gateway serves go (operations with the attribute {@code host=gateway}):
 * {@code <gateway>/v1}, the gateway being the client's {@code gatewayUrl} option or, unset, the
 * address the server names at {@code GET /gateway-url}, asked once and kept for the client and
 * its copies to the same server. The question is an ordinary call of the client: retried,
 * logged, redacted and counted like any other.
 */
final class GatewayLocator {
  /** The attribute of operations the gateway serves, and its value. */
  static final String HOST = "host";

  static final String GATEWAY = "gateway";

  private static final ResponseType<GatewayUrl> ANSWER = ResponseType.of(GatewayUrl.class);

  private volatile HttpUrl found;

  /** Whether {@code request} goes to the gateway. */
  static boolean isFor(ApiRequest<?> request) {
    return GATEWAY.equals(request.attribute(HOST));
  }

  /** The base URL of the gateway's calls, known without asking the server; {@code null} if it must ask. */
  HttpUrl known(ClientOptions options) {
    return options.gatewayUrl() != null ? v1(options.gatewayUrl()) : found;
  }

  /** The base URL of the gateway's calls, asking the server if needed. */
  HttpUrl base(HttpTransport transport, RequestOptions ro) {
    HttpUrl known = known(transport.options());
    return known != null ? known : remember(transport, transport.executeRaw(question(), ro));
  }

  /** The base URL of the gateway's calls, asking the server without blocking if needed. */
  CompletableFuture<HttpUrl> baseAsync(HttpTransport transport, RequestOptions ro) {
    HttpUrl known = known(transport.options());
    return known != null
        ? CompletableFuture.completedFuture(known)
        : transport.executeRawAsync(question(), ro).thenApply(answer -> remember(transport, answer));
  }

  private HttpUrl remember(HttpTransport transport, Answer<GatewayUrl> answer) {
    GatewayUrl body = answer.body();
    String url = body == null ? null : body.url();
    if (url == null || url.trim().isEmpty()) {
      throw new InvalidResponseException("GET /gateway-url named no gateway", answer.status(), answer.requestId());
    }
    HttpUrl parsed;
    try {
      parsed = ClientOptions.checkedUrl("the gateway URL the server named", url.trim(), transport.options().allowInsecureHttp());
    } catch (IllegalArgumentException e) {
      throw new InvalidResponseException(e.getMessage() + "; set gatewayUrl on the client", answer.status(), answer.requestId());
    }
    HttpUrl base = v1(parsed);
    found = base;
    return base;
  }

  private static HttpUrl v1(HttpUrl gateway) {
    return gateway.newBuilder().addPathSegment("v1").build();
  }

  /** {@code GET /gateway-url}, sent with the headers a request to the API gets; it needs no key. */
  private static ApiRequest<GatewayUrl> question() {
    return ApiRequest.builder("getGatewayUrl", "GET", "/gateway-url", ANSWER).header("Accept", "application/json").build();
  }
}
