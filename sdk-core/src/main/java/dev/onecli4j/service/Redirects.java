package dev.onecli4j.service;

import dev.onecli4j.error.InvalidResponseException;
import dev.onecli4j.generated.runtime.ApiRequest;
import dev.onecli4j.internal.http.Answer;
import dev.onecli4j.internal.http.HttpTransport;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * The target of a redirect answer: what the generated services return for an operation whose
 * success answer is a 3xx (the authorize endpoints), instead of following it.
 */
final class Redirects {
  private Redirects() {}

  /**
   * The {@code Location} of {@code raw}, resolved against the request URL when relative.
   *
   * @throws InvalidResponseException if the answer has no usable {@code Location} header
   */
  static URI location(HttpTransport transport, ApiRequest<?> request, Answer<?> raw) {
    String location = raw.headers().get("Location");
    if (location == null || location.trim().isEmpty()) {
      throw new InvalidResponseException(
          request.operationId() + " answered without a Location header", raw.status(), raw.requestId());
    }
    URI target;
    try {
      target = new URI(location.trim());
    } catch (URISyntaxException e) {
      throw new InvalidResponseException(
          request.operationId() + " answered with a Location header that is not a URI", raw.status(), raw.requestId());
    }
    if (target.isAbsolute()) {
      return target;
    }
    URI requested =
        transport.options().baseUrl().newBuilder().addEncodedPathSegments(request.path().substring(1)).build().uri();
    return requested.resolve(target);
  }
}
