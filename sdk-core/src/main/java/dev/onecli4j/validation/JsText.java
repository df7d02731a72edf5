package dev.onecli4j.validation;

/**
 * Strings as the server's JavaScript sees them. {@link String#trim()} removes every character up
 * to U+0020 (control characters included) and no Unicode space; JavaScript's
 * {@code String.prototype.trim} removes exactly the white space and line terminators of
 * ECMAScript: TAB, LF, VT, FF, CR, SPACE, NBSP, U+1680, U+2000 to U+200A, LINE SEPARATOR,
 * PARAGRAPH SEPARATOR, U+202F, U+205F, IDEOGRAPHIC SPACE and the BOM (ZWNBSP). NEL (U+0085)
 * and U+180E are not among them. Lengths are counted in UTF-16 units, as {@link String#length()}
 * and JavaScript both do.
 */
public final class JsText {
  private JsText() {}

  /**
   * Whether {@code c} is white space or a line terminator for JavaScript ({@code \s}).
   *
   * @param c the character
   * @return whether JavaScript's {@code trim()} removes it
   */
  public static boolean isWhitespace(char c) {
    switch (c) {
      case '\t':
      case '\n':
      case '\u000B':
      case '\f':
      case '\r':
      case ' ':
      case '\u00A0':
      case '\u1680':
      case '\u2028':
      case '\u2029':
      case '\u202F':
      case '\u205F':
      case '\u3000':
      case '\uFEFF':
        return true;
      default:
        return c >= '\u2000' && c <= '\u200A';
    }
  }

  /**
   * {@code s} without the leading and trailing characters JavaScript's {@code trim()} removes.
   *
   * @param s the text
   * @return the trimmed text ({@code s} itself when nothing is removed)
   */
  public static String trim(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isWhitespace(s.charAt(start))) {
      start++;
    }
    while (end > start && isWhitespace(s.charAt(end - 1))) {
      end--;
    }
    return start == 0 && end == s.length() ? s : s.substring(start, end);
  }

  /**
   * Whether JavaScript's {@code trim()} leaves nothing of {@code s}.
   *
   * @param s the text
   * @return whether {@code s} is empty or only white space
   */
  public static boolean isBlank(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isWhitespace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
