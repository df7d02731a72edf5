package dev.onecli4j.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onecli4j.internal.text.Redaction;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * Collects the credentials a request carries, so that they can be masked wherever an answer, a
 * log line or an exception would echo them: the bearer token; the values of headers the caller
 * set, except for a few that carry no secret; the values of query parameters the caller set or
 * that have a credential's name; the spec's credential fields of the body (collected while the
 * body is written, see {@code Credentials.Serializer}); every value of a free-form map body (the
 * API's only such bodies are credential maps) and every string of a raw request's body; and, as a second net, the body's values under
 * credential-like keys.
 */
final class RequestCredentials {
  /** Headers whose values are never credentials. */
  private static final Set<String> PLAIN_HEADERS = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

  static {
    PLAIN_HEADERS.addAll(
        java.util.Arrays.asList(
            "Accept", "Accept-Charset", "Accept-Encoding", "Accept-Language", "Baggage", "Cache-Control",
            "Connection", "Content-Encoding", "Content-Length", "Content-Type", "Host", "Idempotency-Key",
            "If-Match", "If-None-Match", "Prefer", "Traceparent", "Tracestate", "User-Agent", "X-Amzn-Trace-Id",
            "X-B3-SpanId", "X-B3-TraceId", "X-Correlation-Id", "X-Project-Id", "X-Request-Id", "X-Workspace-Id"));
  }

  private RequestCredentials() {}

  /** The credential values among {@code headers}: every value but those of plain headers, and a bearer's token. */
  static void fromHeaders(Headers headers, Collection<String> out) {
    for (int i = 0; i < headers.size(); i++) {
      if (PLAIN_HEADERS.contains(headers.name(i))) {
        continue;
      }
      String value = headers.value(i);
      out.add(value);
      int space = value.indexOf(' ');
      if (space > 0 && headers.name(i).toLowerCase(Locale.ROOT).contains("auth")) {
        out.add(value.substring(space + 1).trim()); // "Bearer <token>", "Basic <credentials>"
      }
    }
  }

  /** Every string in a free-form map body, at any depth. */
  static void fromMapBody(Object body, Collection<String> out) {
    if (body instanceof Map) {
      for (Object v : ((Map<?, ?>) body).values()) {
        fromMapBody(v, out);
      }
    } else if (body instanceof Collection) {
      for (Object v : (Collection<?>) body) {
        fromMapBody(v, out);
      }
    } else if (body instanceof CharSequence) {
      out.add(body.toString());
    }
  }

  /** Every string in a JSON tree, at any depth: the body of a raw request, whose fields the SDK does not know. */
  static void fromJsonStrings(JsonNode node, Collection<String> out) {
    if (node.isTextual()) {
      out.add(node.textValue());
    } else if (node.isContainerNode()) {
      for (JsonNode child : node) {
        fromJsonStrings(child, out);
      }
    }
  }

  /**
   * {@code credentials} with the values of query parameters of a credential's name and the body's
   * values under credential-like keys added.
   */
  static List<String> withBodyKeys(Collection<String> credentials, byte[] body, HttpUrl url) {
    List<String> all = new ArrayList<>(credentials);
    if (url != null) {
      for (int i = 0; i < url.querySize(); i++) {
        String value = url.queryParameterValue(i);
        if (value != null && Redaction.isSensitiveKey(url.queryParameterName(i))) {
          all.add(value);
        }
      }
    }
    if (body != null && body.length > 0) {
      try {
        collect(Json.mapper().readTree(body), false, all);
      } catch (IOException | RuntimeException e) {
        // Not JSON: nothing to collect.
      }
    }
    return all;
  }

  private static void collect(JsonNode node, boolean sensitive, List<String> out) {
    if (node == null) {
      return;
    }
    if (node.isValueNode()) {
      if (sensitive && !node.isNull()) {
        out.add(node.asText());
      }
      return;
    }
    if (node.isArray()) {
      for (JsonNode element : node) {
        collect(element, sensitive, out);
      }
      return;
    }
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      collect(field.getValue(), sensitive || Redaction.isSensitiveKey(field.getKey()), out);
    }
  }
}
