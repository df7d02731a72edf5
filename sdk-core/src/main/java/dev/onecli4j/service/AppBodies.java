package dev.onecli4j.service;

import dev.onecli4j.RawResponse;
import dev.onecli4j.error.InvalidResponseException;
import dev.onecli4j.generated.onecli.model.AppConnectRequest;
import dev.onecli4j.generated.runtime.ApiRequest;
import dev.onecli4j.http.HttpTransport;
import dev.onecli4j.param.AppConnectParams;
import dev.onecli4j.param.SecretValue;
import dev.onecli4j.validation.Problems;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Request bodies, argument checks and redirect targets shared by the app and connection services. */
final class AppBodies {
  private AppBodies() {}

  static AppConnectRequest connect(AppConnectParams p) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (Map.Entry<String, SecretValue> e : p.fields().entrySet()) {
      fields.put(e.getKey(), e.getValue().reveal());
    }
    return AppConnectRequest.builder()
        .fields(fields)
        .connectionId(p.connectionId())
        .label(p.label())
        .method(p.method())
        .build();
  }

  /** Refuses a bad id and a missing value, reporting both. */
  static void idAndValue(String operation, String idName, String id, String valueName, Object value) {
    Problems.of(operation).requiredId(idName, id).required(valueName, value).throwIfAny();
  }

  /** Refuses a bad id and a null or blank text, reporting both. */
  static void idAndText(String operation, String idName, String id, String textName, String text) {
    Problems.of(operation).requiredId(idName, id).requiredText(textName, text).throwIfAny();
  }

  /** Refuses a null text (the server lists every connection for an empty provider). */
  static void text(String operation, String name, String text) {
    Problems.of(operation).required(name, text).throwIfAny();
  }

  /**
   * The target of a redirect answer, resolved against the request URL when relative.
   *
   * @throws InvalidResponseException if the answer has no usable {@code Location} header
   */
  static URI location(HttpTransport transport, ApiRequest<?> request, RawResponse<?> raw) {
    String location = raw.header("Location");
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
