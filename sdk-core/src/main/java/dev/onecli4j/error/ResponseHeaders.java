package dev.onecli4j.error;

import dev.onecli4j.internal.text.ScrubbedHeaders;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Copies response headers into an unmodifiable map with case-insensitive names (the transport's
 * {@link ScrubbedHeaders} is one already).
 */
final class ResponseHeaders {
  private static final int MAX_REQUEST_ID_CHARS = 200;

  private ResponseHeaders() {}

  static Map<String, List<String>> copy(Map<String, List<String>> headers) {
    if (headers instanceof ScrubbedHeaders) {
      return headers; // already unmodifiable, case-insensitive and masked
    }
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    if (headers == null) {
      return Collections.unmodifiableMap(copy);
    }
    try {
      for (Map.Entry<String, List<String>> header : headers.entrySet()) {
        if (header.getKey() == null) {
          continue;
        }
        List<String> values = copy.computeIfAbsent(header.getKey(), k -> new ArrayList<>(1));
        if (header.getValue() != null) {
          for (String value : header.getValue()) {
            if (value != null) {
              values.add(value);
            }
          }
        }
      }
    } catch (RuntimeException e) {
      // A misbehaving map: keep what was copied.
    }
    for (Map.Entry<String, List<String>> header : copy.entrySet()) {
      header.setValue(Collections.unmodifiableList(header.getValue()));
    }
    return Collections.unmodifiableMap(copy);
  }

  /** The first non-blank value of {@code X-Request-Id}, then of {@code Request-Id}, as one bounded line. */
  static String requestId(Map<String, List<String>> headers) {
    String id = first(headers, "X-Request-Id");
    if (id == null) {
      id = first(headers, "Request-Id");
    }
    return id == null ? null : Texts.cap(Texts.oneLine(id), MAX_REQUEST_ID_CHARS);
  }

  private static String first(Map<String, List<String>> headers, String name) {
    List<String> values = headers.get(name);
    if (values == null) {
      return null;
    }
    for (String value : values) {
      if (Texts.blankToNull(value) != null) {
        return value.trim();
      }
    }
    return null;
  }
}
