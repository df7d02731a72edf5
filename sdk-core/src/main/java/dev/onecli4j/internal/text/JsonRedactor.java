package dev.onecli4j.internal.text;

/**
 * A lenient, single-pass JSON scanner that replaces the strings and numbers under sensitive keys
 * and copies every other character unchanged. It needs no valid JSON: truncated or broken text is
 * redacted as far as it looks like JSON.
 */
final class JsonRedactor {
  private static final int MAX_KEY_CHARS = 256;
  private static final String REDACTED_VALUE = "\"" + Redaction.REDACTED + "\"";

  private final String text;
  private final KnownSecrets secrets;
  /** The output, created at the first redaction; until then the output equals the input so far. */
  private StringBuilder out;
  private int pos;
  private int depth;
  private int sensitiveFromDepth = -1;
  private boolean nextValueSensitive;
  private boolean stringClosed;

  private JsonRedactor(String text, KnownSecrets secrets) {
    this.text = text;
    this.secrets = secrets;
  }

  static String redact(String text) {
    // Only a quoted key can make a value sensitive: text without a quote comes out unchanged.
    return text.indexOf('"') < 0 ? text : new JsonRedactor(text, null).run();
  }

  /** {@link #redact(String)}, and every value that is exactly one of {@code secrets} redacted too. */
  static String redact(String text, KnownSecrets secrets) {
    if (secrets == null || secrets.isEmpty()) {
      return redact(text);
    }
    return text.indexOf('"') < 0 ? text : new JsonRedactor(text, secrets).run();
  }

  private String run() {
    int n = text.length();
    while (pos < n) {
      char c = text.charAt(pos);
      if (c == '"') {
        string();
      } else if (c == '{' || c == '[') {
        open(c);
      } else if (c == '}' || c == ']') {
        close(c);
      } else if (c == '-' || (c >= '0' && c <= '9')) {
        value(pos, endOfNumber(pos));
      } else if (c == ':' || Character.isWhitespace(c)) {
        copy(pos, pos + 1);
        pos++;
      } else {
        nextValueSensitive = false;
        int end = Character.isLetter(c) ? endOfWord(pos) : pos + 1;
        copy(pos, end);
        pos = end;
      }
    }
    return out == null ? text : out.toString();
  }

  /** Copies {@code text[start, end)} unchanged to the output. */
  private void copy(int start, int end) {
    if (out != null) {
      out.append(text, start, end);
    }
  }

  /** Writes the redaction marker in place of the value that starts at {@code start}. */
  private void redactValue(int start) {
    if (out == null) {
      out = new StringBuilder(text.length() + 16);
      out.append(text, 0, start);
    }
    out.append(REDACTED_VALUE);
  }

  private void string() {
    int end = endOfString(pos);
    if (followedByColon(end)) {
      int keyEnd = stringClosed ? end - 1 : end;
      nextValueSensitive =
          keyEnd - pos <= MAX_KEY_CHARS && Redaction.isSensitiveKey(text, pos + 1, keyEnd);
      copy(pos, end);
      pos = end;
    } else {
      value(pos, end);
    }
  }

  private void value(int start, int end) {
    if (nextValueSensitive || sensitiveFromDepth >= 0 || isKnownSecret(start, end)) {
      redactValue(start);
    } else {
      copy(start, end);
    }
    nextValueSensitive = false;
    pos = end;
  }

  /** Whether the value at {@code [start, end)}, a string or a number, is exactly a known secret. */
  private boolean isKnownSecret(int start, int end) {
    if (secrets == null) {
      return false;
    }
    boolean quoted = text.charAt(start) == '"';
    int from = quoted ? start + 1 : start;
    int to = quoted && stringClosed && end - 1 > from ? end - 1 : end;
    return to > from && secrets.mayBeWholeValue(to - from) && secrets.isWholeValue(unescape(text, from, to));
  }

  private void open(char c) {
    depth++;
    if (sensitiveFromDepth < 0 && nextValueSensitive) {
      sensitiveFromDepth = depth;
    }
    nextValueSensitive = false;
    copy(pos, pos + 1);
    pos++;
  }

  private void close(char c) {
    if (depth == sensitiveFromDepth) {
      sensitiveFromDepth = -1;
    }
    if (depth > 0) {
      depth--;
    }
    nextValueSensitive = false;
    copy(pos, pos + 1);
    pos++;
  }

  private int endOfString(int start) {
    int n = text.length();
    for (int i = start + 1; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        stringClosed = true;
        return i + 1;
      }
    }
    stringClosed = false;
    return n;
  }

  private boolean followedByColon(int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ':') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return false;
  }

  private int endOfNumber(int start) {
    int i = start + 1;
    while (i < text.length() && "0123456789.eE+-".indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }

  private int endOfWord(int start) {
    int i = start;
    while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The JSON string content {@code text[start, end)} with its escapes resolved, leniently. */
  static String unescape(String text, int start, int end) {
    if (text.indexOf('\\', start) < 0 || text.indexOf('\\', start) >= end) {
      return text.substring(start, end);
    }
    StringBuilder sb = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c != '\\' || i + 1 >= end) {
        sb.append(c);
        continue;
      }
      char e = text.charAt(++i);
      if (e == 'u' && i + 4 < end) {
        try {
          sb.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
          i += 4;
        } catch (NumberFormatException ex) {
          sb.append(e);
        }
      } else {
        sb.append(unescapeChar(e));
      }
    }
    return sb.toString();
  }

  private static char unescapeChar(char e) {
    switch (e) {
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      default:
        return e;
    }
  }
}
