package dev.onecli4j.testing;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * A request an emulator received: method, path and the names of its headers. Header values and
 * bodies are never kept, so a recorded request cannot leak a key or a secret value.
 */
public final class EmulatedRequest {
  private final String method;
  private final String path;
  private final Set<String> headerNames;

  EmulatedRequest(String method, String path, Set<String> headerNames) {
    this.method = method;
    this.path = path;
    TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    names.addAll(headerNames);
    this.headerNames = Collections.unmodifiableSet(names);
  }

  /** {@return the HTTP method, e.g. {@code POST}} */
  public String method() {
    return method;
  }

  /** {@return the encoded path without the query, e.g. {@code /v1/secrets}} */
  public String path() {
    return path;
  }

  /** {@return the names of the request headers, compared without regard to case} */
  public Set<String> headerNames() {
    return headerNames;
  }

  /**
   * Whether the request carried header {@code name} (any case).
   *
   * @param name the header name, in any case
   * @return whether the request carried header {@code name} (any case)
   */
  public boolean hasHeader(String name) {
    return headerNames.contains(name);
  }

  @Override
  public String toString() {
    return method + " " + path + " " + headerNames;
  }
}
