package dev.onecli4j.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.onecli4j.http.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import mockwebserver3.RecordedRequest;

/** A request as the emulators' routes see it: method, path below the base path, headers, body. */
final class Exchange {
  private final RecordedRequest request;
  private final List<String> segments;
  private JsonNode json;
  private boolean parsed;

  private Exchange(RecordedRequest request, List<String> segments) {
    this.request = request;
    this.segments = segments;
  }

  /** The request, with its path taken relative to {@code base} (e.g. {@code [v1]}). */
  static Exchange of(RecordedRequest request, List<String> base) {
    List<String> all = request.getUrl().pathSegments();
    boolean under = all.size() > base.size() && all.subList(0, base.size()).equals(base);
    return new Exchange(request, under ? all.subList(base.size(), all.size()) : null);
  }

  /** The decoded path segments below the base path, or {@code null} when outside it. */
  List<String> segments() {
    return segments;
  }

  String method() {
    return request.getMethod();
  }

  /** The encoded path, e.g. {@code /v1/secrets}. */
  String path() {
    return request.getUrl().encodedPath();
  }

  /** The first value of header {@code name}, or {@code null}. */
  String header(String name) {
    return request.getHeaders().get(name);
  }

  /** The body as the server's rules read it: JSON null when it is absent or not JSON. */
  JsonNode jsonOrNull() {
    JsonNode n = json();
    return n == null ? NullNode.getInstance() : n;
  }

  /** The body as JSON; {@code null} when it is absent or not JSON, as the server's lenient read. */
  JsonNode json() {
    if (!parsed) {
      parsed = true;
      String text = request.getBody() == null ? "" : request.getBody().string(StandardCharsets.UTF_8);
      try {
        json = text.isEmpty() ? null : Json.mapper().readTree(text);
      } catch (IOException e) {
        json = null;
      }
    }
    return json;
  }
}
