package dev.onecli4j.param;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The fields an update sends, in the order they were set: a field that is absent is kept by the
 * server, one set to {@code null} is cleared. Backs the update params whose fields can be
 * cleared; the values are never secrets.
 */
final class FieldChanges {
  private final Map<String, Object> values = new LinkedHashMap<>();

  /** Sets {@code field} to {@code value}; {@code null} clears it on the server. */
  void put(String field, Object value) {
    values.put(field, value);
  }

  /** Whether {@code field} is sent (possibly as null). */
  boolean has(String field) {
    return values.containsKey(field);
  }

  /** The value of {@code field}, or {@code null} when it is absent or cleared. */
  @SuppressWarnings("unchecked")
  <T> T get(String field) {
    return (T) values.get(field);
  }

  /** An unmodifiable copy, explicit nulls included. */
  Map<String, Object> snapshot() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** {@code {field=value, ...}} with {@code null} for a cleared field. */
  @Override
  public String toString() {
    return values.toString();
  }
}
