package dev.onecli4j.testing;

/** Checks the {@code Authorization: Bearer <credential>} header of a request. */
final class AuthCheck {
  private AuthCheck() {}

  /** The bearer credential of the request, or {@code null} when there is none. */
  static String bearer(Exchange exchange) {
    String header = exchange.header("Authorization");
    if (header == null || !header.startsWith("Bearer ")) {
      return null;
    }
    String token = header.substring("Bearer ".length()).trim();
    return token.isEmpty() ? null : token;
  }

  /** Whether the request carries {@code expected} as its bearer credential. */
  static boolean accepts(Exchange exchange, String expected) {
    String token = bearer(exchange);
    return token != null && expected != null && constantTimeEquals(token, expected);
  }

  private static boolean constantTimeEquals(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    int diff = 0;
    for (int i = 0; i < a.length(); i++) {
      diff |= a.charAt(i) ^ b.charAt(i);
    }
    return diff == 0;
  }
}
