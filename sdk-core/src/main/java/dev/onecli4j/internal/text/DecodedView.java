package dev.onecli4j.internal.text;

/**
 * Text with its escapes resolved, each decoded character mapped back to the range of original
 * characters it came from. Resolves JSON escapes ({@code \"}, {@code \/}, {@code \\uXXXX}, …),
 * percent-encoding (UTF-8 byte runs such as {@code %C3%A4}) and HTML character references
 * ({@code &amp;}, {@code &#47;}, {@code &#x2F;}), twice at most (an escape inside an escape), so
 * that a value is found in whichever of these forms a server echoes it.
 */
final class DecodedView {
  private static final int ROUNDS = 2;

  final String text;
  /** Where decoded character {@code i} starts in the original. */
  private final int[] start;
  /** Where decoded character {@code i} ends (exclusive) in the original. */
  private final int[] end;

  private DecodedView(String text, int[] start, int[] end) {
    this.text = text;
    this.start = start;
    this.end = end;
  }

  static DecodedView of(String original) {
    DecodedView view = identity(original);
    for (int round = 0; round < ROUNDS && mayHoldEscape(view.text); round++) {
      DecodedView next = decodeOnce(view.text);
      if (next.text.length() == view.text.length()) {
        break; // nothing was decoded
      }
      view = view.compose(next);
    }
    return view;
  }

  /** The original start of decoded character {@code i}. */
  int originalStart(int i) {
    return start == null ? i : start[i];
  }

  /** The original end (exclusive) of decoded character {@code i}. */
  int originalEnd(int i) {
    return end == null ? i + 1 : end[i];
  }

  private static DecodedView identity(String text) {
    return new DecodedView(text, null, null);
  }

  static boolean mayHoldEscape(String text) {
    return text.indexOf('\\') >= 0 || text.indexOf('%') >= 0 || text.indexOf('&') >= 0;
  }

  /** This view's mapping applied after {@code inner}'s: {@code inner} decodes this view's text. */
  private DecodedView compose(DecodedView inner) {
    int n = inner.text.length();
    int[] s = new int[n];
    int[] e = new int[n];
    for (int i = 0; i < n; i++) {
      s[i] = originalStart(inner.originalStart(i));
      e[i] = originalEnd(inner.originalEnd(i) - 1);
    }
    return new DecodedView(inner.text, s, e);
  }

  private static DecodedView decodeOnce(String in) {
    int n = in.length();
    StringBuilder out = new StringBuilder(n);
    int[] s = new int[n];
    int[] e = new int[n];
    int i = 0;
    int mapped = 0;
    while (i < n) {
      char c = in.charAt(i);
      int consumed = 0;
      if (c == '\\') {
        consumed = jsonEscape(in, i, out);
      } else if (c == '%') {
        consumed = percentRun(in, i, out, s, e);
        if (consumed > 0) {
          i += consumed;
          mapped = out.length(); // the run mapped its own characters
          continue;
        }
      } else if (c == '&') {
        consumed = htmlReference(in, i, out);
      }
      if (consumed == 0) {
        out.append(c);
        consumed = 1;
      }
      for (; mapped < out.length(); mapped++) {
        s[mapped] = i;
        e[mapped] = i + consumed;
      }
      i += consumed;
    }
    return new DecodedView(out.toString(), s, e);
  }

  /** Decodes the JSON escape at {@code i} into {@code out}; returns the characters consumed, 0 if none. */
  private static int jsonEscape(String in, int i, StringBuilder out) {
    if (i + 1 >= in.length()) {
      return 0;
    }
    char e = in.charAt(i + 1);
    if (e == 'u') {
      int code = hex(in, i + 2, 4);
      if (code < 0) {
        return 0;
      }
      out.append((char) code);
      return 6;
    }
    char decoded;
    switch (e) {
      case '"':
      case '\\':
      case '/':
      case '\'':
        decoded = e;
        break;
      case 'n':
        decoded = '\n';
        break;
      case 'r':
        decoded = '\r';
        break;
      case 't':
        decoded = '\t';
        break;
      case 'b':
        decoded = '\b';
        break;
      case 'f':
        decoded = '\f';
        break;
      default:
        return 0;
    }
    out.append(decoded);
    return 2;
  }

  /**
   * Decodes a run of {@code %HH} bytes at {@code i} as UTF-8, mapping each character to its bytes;
   * returns the characters consumed, 0 if the run does not start with a valid UTF-8 sequence.
   */
  private static int percentRun(String in, int i, StringBuilder out, int[] s, int[] e) {
    int pos = i;
    int n = in.length();
    while (pos + 2 < n && in.charAt(pos) == '%') {
      int lead = hex(in, pos + 1, 2);
      if (lead < 0) {
        break;
      }
      int length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
      if (length == 0) {
        break;
      }
      int codePoint = length == 1 ? lead : lead & (0xFF >> (length + 1));
      int at = pos + 3;
      boolean valid = true;
      for (int k = 1; k < length; k++) {
        int next = at + 2 < n && in.charAt(at) == '%' ? hex(in, at + 1, 2) : -1;
        if (next < 0 || (next & 0xC0) != 0x80) {
          valid = false;
          break;
        }
        codePoint = (codePoint << 6) | (next & 0x3F);
        at += 3;
      }
      if (!valid || !Character.isValidCodePoint(codePoint)) {
        break;
      }
      int before = out.length();
      out.appendCodePoint(codePoint);
      for (int k = before; k < out.length(); k++) {
        s[k] = pos;
        e[k] = at;
      }
      pos = at;
    }
    return pos - i;
  }

  /** Decodes the HTML character reference at {@code i}; returns the characters consumed, 0 if none. */
  private static int htmlReference(String in, int i, StringBuilder out) {
    int semicolon = in.indexOf(';', i + 1);
    if (semicolon < 0 || semicolon - i > 10) {
      return 0;
    }
    String name = in.substring(i + 1, semicolon);
    int code;
    if (name.startsWith("#x") || name.startsWith("#X")) {
      code = hex(name, 2, name.length() - 2);
    } else if (name.startsWith("#")) {
      code = decimal(name.substring(1));
    } else {
      code = named(name);
    }
    if (code < 0 || !Character.isValidCodePoint(code)) {
      return 0;
    }
    out.appendCodePoint(code);
    return semicolon - i + 1;
  }

  private static int named(String name) {
    switch (name) {
      case "amp":
        return '&';
      case "quot":
        return '"';
      case "apos":
        return '\'';
      case "lt":
        return '<';
      case "gt":
        return '>';
      case "sol":
        return '/';
      case "colon":
        return ':';
      case "equals":
        return '=';
      case "plus":
        return '+';
      default:
        return -1;
    }
  }

  private static int decimal(String digits) {
    if (digits.isEmpty() || digits.length() > 7) {
      return -1;
    }
    int value = 0;
    for (int k = 0; k < digits.length(); k++) {
      char c = digits.charAt(k);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** The value of {@code count} hex digits at {@code at}, or -1. */
  private static int hex(String in, int at, int count) {
    if (count <= 0 || count > 6 || at + count > in.length()) {
      return -1;
    }
    int value = 0;
    for (int k = at; k < at + count; k++) {
      int d = Character.digit(in.charAt(k), 16);
      if (d < 0) {
        return -1;
      }
      value = value * 16 + d;
    }
    return value;
  }
}
