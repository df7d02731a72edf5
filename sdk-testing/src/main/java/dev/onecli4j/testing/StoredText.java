package dev.onecli4j.testing;

import dev.onecli4j.generated.onecli.model.Injection;
import java.util.Map;

/**
 * The database under the server stores no U+0000 and no unpaired surrogate in a text or JSON
 * column: a secret whose name, host pattern, path pattern, 1Password reference or labels, or
 * injection config holds one is refused by the database after every rule passed, and the server
 * answers 500 {@code api_error}. The value is stored encrypted and may hold anything.
 */
final class StoredText {
  static final String UNEXPECTED = "An unexpected error occurred.";

  private StoredText() {}

  /** Fails like the server when {@code s} cannot be stored. */
  static void check(StoredSecret s) {
    check(s.name, s.hostPattern, s.pathPattern, s.opRef, s.injection, s.metadata);
  }

  /** Fails like the server when one of the stored fields cannot be stored. */
  static void check(
      String name, String hostPattern, String pathPattern, String opRef, Injection injection, Map<String, Object> metadata) {
    boolean ok = storable(name) && storable(hostPattern) && storable(pathPattern) && storable(opRef) && storable(metadata);
    if (ok && injection != null) {
      ok = storable(injection.headerName()) && storable(injection.valueFormat()) && storable(injection.paramName())
          && storable(injection.paramFormat()) && storable(injection.pathTemplate()) && storable(injection.pathRegex())
          && storable(injection.pathReplacement());
    }
    if (!ok) {
      throw new ApiError(OneCliErrors.envelope(500, "api_error", UNEXPECTED));
    }
  }

  private static boolean storable(Object value) {
    if (value instanceof Map) {
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        if (!storable(e.getKey()) || !storable(e.getValue())) {
          return false;
        }
      }
      return true;
    }
    if (!(value instanceof String)) {
      return true;
    }
    String s = (String) value;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == 0) {
        return false;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
