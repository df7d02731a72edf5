package dev.onecli4j.generated.runtime;

import java.nio.charset.StandardCharsets;

/** Percent-encodes values that are placed into a single URL path segment. */
public final class PathSegments {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private PathSegments() {}

  /**
   * Encodes {@code value} so that it stays one path segment: every byte outside the
   * RFC 3986 unreserved set ({@code A-Z a-z 0-9 - . _ ~}) is percent-encoded, so
   * {@code /}, {@code ?}, {@code #} and {@code %} cannot change the route.
   *
   * @param name the path parameter's name, for the error message
   * @param value the path parameter's value
   * @return the percent-encoded segment
   * @throws IllegalArgumentException if the value is empty, {@code .} or {@code ..}, which
   *     no HTTP client can send as a segment
   */
  public static String encode(String name, String value) {
    if (value == null) {
      throw new IllegalArgumentException("path parameter '" + name + "' is required");
    }
    if (value.isEmpty() || value.equals(".") || value.equals("..")) {
      throw new IllegalArgumentException(
          "path parameter '" + name + "' must not be empty, '.' or '..'");
    }
    StringBuilder out = null;
    byte[] bytes = null;
    for (int i = 0; i < value.length(); i++) {
      if (!isUnreserved(value.charAt(i))) {
        bytes = value.getBytes(StandardCharsets.UTF_8);
        out = new StringBuilder(bytes.length * 3);
        break;
      }
    }
    if (out == null) {
      return value;
    }
    for (byte b : bytes) {
      char c = (char) (b & 0xFF);
      if (isUnreserved(c)) {
        out.append(c);
      } else {
        out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
      }
    }
    return out.toString();
  }

  private static boolean isUnreserved(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }
}
