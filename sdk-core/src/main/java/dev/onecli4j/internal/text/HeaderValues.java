package dev.onecli4j.internal.text;

/** Checks header values before OkHttp sees them, so that no error message repeats a value. */
public final class HeaderValues {
  private HeaderValues() {}

  /**
   * Returns {@code value} if it is a legal header value.
   *
   * @throws IllegalArgumentException naming the header (never its value) if the value holds CR,
   *     LF, another control character or a non-ASCII character
   */
  public static String check(String name, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c != '\t' && (c < 0x20 || c > 0x7e)) {
        throw new IllegalArgumentException(
            "header " + name + " has an illegal character (CR, LF, another control character or non-ASCII) at index " + i);
      }
    }
    return value;
  }
}
