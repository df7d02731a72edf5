package dev.onecli4j.error;

/** Reads the title and the visible text of an HTML page, in one linear pass, without a parser. */
final class HtmlText {
  private HtmlText() {}

  /** The text of the first {@code <title>}, entities decoded and whitespace collapsed; {@code null} if none. */
  static String title(String html) {
    int open = indexOfTag(html, "title", 0);
    if (open < 0) {
      return null;
    }
    int start = html.indexOf('>', open);
    if (start < 0) {
      return null;
    }
    int end = indexOfIgnoreCase(html, "</title", start + 1);
    String text = visibleText(html.substring(start + 1, end < 0 ? html.length() : end));
    return text.isEmpty() ? null : text;
  }

  /** The visible text: tags, comments, scripts and styles removed, entities decoded, whitespace collapsed. */
  static String visibleText(String html) {
    StringBuilder out = new StringBuilder(Math.min(html.length(), 4096));
    int n = html.length();
    int i = 0;
    while (i < n) {
      char c = html.charAt(i);
      if (c == '<') {
        i = skipMarkup(html, i);
        out.append(' ');
      } else if (c == '&') {
        i = appendEntity(html, i, out);
      } else {
        out.append(c);
        i++;
      }
    }
    return collapseWhitespace(out);
  }

  private static int skipMarkup(String html, int i) {
    int end;
    if (html.startsWith("<!--", i)) {
      end = html.indexOf("-->", i + 4);
      return end < 0 ? html.length() : end + 3;
    }
    for (String element : new String[] {"script", "style"}) {
      if (isTagAt(html, element, i)) {
        end = indexOfIgnoreCase(html, "</" + element, i + 1);
        i = end < 0 ? html.length() : end;
        break;
      }
    }
    end = html.indexOf('>', i);
    return end < 0 ? html.length() : end + 1;
  }

  private static int appendEntity(String html, int i, StringBuilder out) {
    int semicolon = html.indexOf(';', i);
    if (semicolon > i + 1 && semicolon - i <= 10) {
      String decoded = decodeEntity(html.substring(i + 1, semicolon));
      if (decoded != null) {
        out.append(decoded);
        return semicolon + 1;
      }
    }
    out.append('&');
    return i + 1;
  }

  private static String decodeEntity(String name) {
    switch (name) {
      case "amp":
        return "&";
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "quot":
        return "\"";
      case "apos":
        return "'";
      case "nbsp":
        return " ";
      default:
        return decodeNumericEntity(name);
    }
  }

  private static String decodeNumericEntity(String name) {
    if (name.length() < 2 || name.charAt(0) != '#') {
      return null;
    }
    try {
      boolean hex = name.charAt(1) == 'x' || name.charAt(1) == 'X';
      int codePoint = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
      return Character.isValidCodePoint(codePoint) ? new String(Character.toChars(codePoint)) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String collapseWhitespace(CharSequence text) {
    StringBuilder sb = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Index of the next {@code <name} tag from {@code from}; -1 if none. */
  private static int indexOfTag(String html, String name, int from) {
    for (int i = html.indexOf('<', from); i >= 0; i = html.indexOf('<', i + 1)) {
      if (isTagAt(html, name, i)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether {@code <name} followed by {@code >}, {@code /} or whitespace starts at {@code i}. */
  private static boolean isTagAt(String html, String name, int i) {
    int after = i + 1 + name.length();
    if (after >= html.length() || html.charAt(i) != '<' || !html.regionMatches(true, i + 1, name, 0, name.length())) {
      return false;
    }
    char c = html.charAt(after);
    return c == '>' || c == '/' || Character.isWhitespace(c);
  }

  /** Index of the next {@code needle}, which starts with {@code <}, ignoring case; -1 if none. */
  private static int indexOfIgnoreCase(String text, String needle, int from) {
    for (int i = text.indexOf('<', from); i >= 0; i = text.indexOf('<', i + 1)) {
      if (text.regionMatches(true, i, needle, 0, needle.length())) {
        return i;
      }
    }
    return -1;
  }
}
