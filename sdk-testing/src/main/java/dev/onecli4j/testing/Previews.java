package dev.onecli4j.testing;

/** How the services show a stored value without revealing it. */
final class Previews {
  private static final char BULLET = '\u2022';

  private Previews() {}

  /**
   * The OneCLI server's {@code preview}: the first 4 characters, 8 bullets, the last 4; a value
   * of 8 characters or fewer becomes one bullet per character.
   */
  static String secretPreview(String value) {
    if (value.length() <= 8) {
      return repeat(value.length());
    }
    return value.substring(0, 4) + repeat(8) + value.substring(value.length() - 4);
  }

  /**
   * The user-secrets API's {@code masked_value}, e.g. {@code sk-pro••••789}: the first 6
   * characters, 4 bullets, the last 3; a value shorter than 12 characters shows only bullets.
   */
  static String maskedValue(String value) {
    if (value.length() < 12) {
      return repeat(4);
    }
    return value.substring(0, 6) + repeat(4) + value.substring(value.length() - 3);
  }

  private static String repeat(int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(BULLET);
    }
    return sb.toString();
  }
}
