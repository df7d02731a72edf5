package dev.onecli4j.http;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Header lookups for tests, case-insensitive as an HTTP answer's are. */
final class TestHeaders {
  /** The lookup for an attempt that got no answer. */
  static final Function<String, String> NONE = name -> null;

  private TestHeaders() {}

  /** A lookup of alternating names and values. */
  static Function<String, String> of(String... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("names and values must pair up");
    }
    Map<String, String> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (int i = 0; i < namesAndValues.length; i += 2) {
      map.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return map::get;
  }
}
