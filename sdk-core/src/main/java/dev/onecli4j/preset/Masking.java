package dev.onecli4j.preset;

import org.jspecify.annotations.Nullable;

/** Renders secret values the way the OneCLI server renders its previews. */
public final class Masking {
  /** The bullet the server uses, U+2022. */
  public static final char BULLET = '\u2022';

  private Masking() {}

  /**
   * The server's preview of {@code value}: its first 4 characters, 8 bullets and its last 4;
   * a value of 8 characters or fewer becomes one bullet per character. Like the server, the
   * value is trimmed first.
   *
   * @param value the secret value, or {@code null}
   * @return the server's preview of {@code value}: its first 4 characters, 8 bullets and its last
   *     4; a value of 8 characters or fewer becomes one bullet per character
   */
  public static @Nullable String preview(@Nullable String value) {
    if (value == null) {
      return null;
    }
    String v = value.trim();
    if (v.length() <= 8) {
      return bullets(v.length());
    }
    return v.substring(0, 4) + bullets(8) + v.substring(v.length() - 4);
  }

  private static String bullets(int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(BULLET);
    }
    return sb.toString();
  }
}
