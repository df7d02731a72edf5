package dev.onecli4j.error;

/** Small text helpers for messages built from server answers. */
final class Texts {
  static final char ELLIPSIS = '\u2026';

  private Texts() {}

  /** {@code text} with every control character (line breaks included) turned into a space, trimmed. */
  static String oneLine(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        if (sb == null) {
          sb = new StringBuilder(text);
        }
        sb.setCharAt(i, ' ');
      }
    }
    return (sb == null ? text : sb.toString()).trim();
  }

  /** {@code text} cut to at most {@code max} chars, the last being an ellipsis when cut. */
  static String cap(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    int end = max - 1;
    if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + ELLIPSIS;
  }

  /** {@code text}, or {@code null} when it is null or blank. */
  static String blankToNull(String text) {
    return text == null || text.trim().isEmpty() ? null : text;
  }
}
