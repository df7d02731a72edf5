package dev.onecli4j.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import mockwebserver3.MockResponse;

/** One answer of an emulator, before it becomes a {@link MockResponse}. Immutable. */
final class Reply {
  static final String JSON = "application/json";
  static final String TEXT = "text/plain; charset=UTF-8";

  private final int status;
  private final String contentType;
  private final String body;
  private final Map<String, String> headers;

  private Reply(int status, String contentType, String body, Map<String, String> headers) {
    this.status = status;
    this.contentType = contentType;
    this.body = body;
    this.headers = headers;
  }

  /** A JSON answer; {@code value} is written with the SDK's mapper (models, maps, nodes). */
  static Reply json(int status, Object value) {
    try {
      return new Reply(status, JSON, EmulatorJson.mapper().writeValueAsString(value), new LinkedHashMap<>());
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An answer with an empty {@code text/plain} body, as the server sends for 204. */
  static Reply empty(int status) {
    return new Reply(status, TEXT, "", new LinkedHashMap<>());
  }

  /** A text answer of the given media type. */
  static Reply text(int status, String contentType, String text) {
    return new Reply(status, contentType, text, new LinkedHashMap<>());
  }

  /** A redirect to {@code location} with no body. */
  static Reply redirect(int status, String location) {
    return new Reply(status, null, "", new LinkedHashMap<>()).withHeader("Location", location);
  }

  /** A copy with one more header. */
  Reply withHeader(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.put(name, value);
    return new Reply(status, contentType, body, copy);
  }

  /** The answer as a response builder, so that effects and delays can still be added. */
  MockResponse.Builder toBuilder() {
    MockResponse.Builder b = new MockResponse.Builder().code(status);
    if (contentType != null) {
      b.setHeader("Content-Type", contentType);
    }
    for (Map.Entry<String, String> h : headers.entrySet()) {
      b.setHeader(h.getKey(), h.getValue());
    }
    return b.body(body);
  }
}
