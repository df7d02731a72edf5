package dev.onecli4j.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether JavaScript's {@code new RegExp(pattern)} (no flags, so neither {@code u} nor
 * {@code v}: the lenient grammar of ECMAScript's Annex B, as V8 parses it) accepts a pattern.
 * {@code java.util.regex} is another dialect: it takes inline flags {@code (?i)}, possessive
 * quantifiers {@code a++} and atomic groups {@code (?>a)}, which JavaScript refuses, and refuses
 * {@code a{,3}}, a lone <code>{</code>, <code>&#92;u{41}</code> and non-ASCII group names, which JavaScript
 * accepts.
 *
 * <p>The answer is {@link Verdict#UNSURE} where this checker cannot be exact: a group name with a
 * character outside ASCII that this JDK does not know as an identifier character (Unicode grows,
 * and V8 may know it), nesting deeper than {@value #MAX_DEPTH} and patterns with more than
 * {@value #MAX_CAPTURES} groups. It follows the V8 of the server it was checked against
 * (Node 22, OneCLI 2.0.1): duplicate group names are refused even in different alternatives.
 */
public final class JsRegExp {
  /** Deepest group nesting that is checked; deeper patterns are {@link Verdict#UNSURE}. */
  public static final int MAX_DEPTH = 400;
  /** Most capture groups that are checked; more are {@link Verdict#UNSURE}. */
  public static final int MAX_CAPTURES = 60_000;

  /** What JavaScript makes of a pattern. */
  public enum Verdict {
    /** {@code new RegExp(pattern)} returns a RegExp. */
    ACCEPTS,
    /** {@code new RegExp(pattern)} throws a SyntaxError. */
    REJECTS,
    /** Not decided here; let the server decide. */
    UNSURE
  }

  private final String p;
  private int i;
  private int depth;
  private boolean unsure;
  private boolean unsureGuessRejects;
  private final boolean namedGroups;
  private final int captures;
  private final Set<String> names = new HashSet<>();
  private final List<String> references = new ArrayList<>();

  private JsRegExp(String pattern) {
    this.p = pattern;
    this.namedGroups = countGroups(pattern, true) > 0;
    this.captures = countGroups(pattern, false);
  }

  /**
   * What {@code new RegExp(pattern)} does in JavaScript.
   *
   * @param pattern the regular expression's source
   * @return whether JavaScript accepts it, refuses it, or this parser cannot tell
   */
  public static Verdict check(String pattern) {
    JsRegExp parser = new JsRegExp(pattern);
    if (parser.captures > MAX_CAPTURES) {
      return Verdict.UNSURE;
    }
    try {
      parser.parsePattern();
    } catch (Stop e) {
      return e.tooDeep ? Verdict.UNSURE : Verdict.REJECTS;
    }
    return parser.unsure ? Verdict.UNSURE : Verdict.ACCEPTS;
  }

  /**
   * The best guess of {@link #check}: {@link Verdict#UNSURE} becomes the likelier answer (a group
   * name with a character the JDK does not know as an identifier is probably refused; a pattern
   * too deep or too large to follow is probably accepted). For an emulator, which must answer.
   *
   * @param pattern the regular expression's source
   * @return whether JavaScript most likely accepts it
   */
  public static boolean probablyAccepts(String pattern) {
    JsRegExp parser = new JsRegExp(pattern);
    if (parser.captures > MAX_CAPTURES) {
      return true;
    }
    try {
      parser.parsePattern();
    } catch (Stop e) {
      return e.tooDeep;
    }
    return !parser.unsureGuessRejects;
  }

  private void parsePattern() {
    parseDisjunction();
    if (i < p.length()) {
      throw new Stop(false); // an unmatched ')'
    }
    for (String name : references) {
      if (!names.contains(name)) {
        throw new Stop(false); // \k<name> without such a group
      }
    }
  }

  private void parseDisjunction() {
    while (true) {
      parseAlternative();
      if (i < p.length() && p.charAt(i) == '|') {
        i++;
      } else {
        return;
      }
    }
  }

  private void parseAlternative() {
    while (i < p.length()) {
      char c = p.charAt(i);
      if (c == '|' || c == ')') {
        return;
      }
      parseTerm();
    }
  }

  private void parseTerm() {
    char c = p.charAt(i);
    boolean quantifiable = true;
    switch (c) {
      case '^':
      case '$':
        i++;
        quantifiable = false;
        break;
      case '(':
        quantifiable = parseGroup();
        break;
      case '*':
      case '+':
      case '?':
        throw new Stop(false); // nothing to repeat
      case '{':
        if (braceQuantifierEnd(i) > 0) {
          throw new Stop(false); // nothing to repeat
        }
        i++;
        break;
      case '[':
        parseClass();
        break;
      case '\\':
        quantifiable = parseAtomEscape();
        break;
      default:
        i++;
    }
    if (!parseQuantifier()) {
      return;
    }
    if (!quantifiable) {
      throw new Stop(false); // an assertion cannot repeat
    }
  }

  /** Reads a quantifier if one follows; whether there was one. */
  private boolean parseQuantifier() {
    if (i >= p.length()) {
      return false;
    }
    char c = p.charAt(i);
    if (c == '*' || c == '+' || c == '?') {
      i++;
    } else if (c == '{') {
      int end = braceQuantifierEnd(i);
      if (end < 0) {
        return false;
      }
      checkBraceOrder(i + 1, end);
      i = end;
    } else {
      return false;
    }
    if (i < p.length() && p.charAt(i) == '?') {
      i++;
    }
    return true;
  }

  /** The index after a {@code {n}}, {@code {n,}} or {@code {n,m}} starting at {@code at}; -1 if none. */
  private int braceQuantifierEnd(int at) {
    int j = at + 1;
    int digits = digitsFrom(j);
    if (digits == 0) {
      return -1;
    }
    j += digits;
    if (j < p.length() && p.charAt(j) == ',') {
      j++;
      j += digitsFrom(j);
    }
    return j < p.length() && p.charAt(j) == '}' ? j + 1 : -1;
  }

  private int digitsFrom(int at) {
    int j = at;
    while (j < p.length() && isDigit(p.charAt(j))) {
      j++;
    }
    return j - at;
  }

  private void checkBraceOrder(int from, int end) {
    String body = p.substring(from, end - 1);
    int comma = body.indexOf(',');
    if (comma < 0 || comma == body.length() - 1) {
      return;
    }
    if (compareNumbers(body.substring(0, comma), body.substring(comma + 1)) > 0) {
      throw new Stop(false); // numbers out of order in {} quantifier
    }
  }

  /** Compares decimal numbers of any length; V8 caps both at the same bound, so huge ones tie. */
  private static int compareNumbers(String a, String b) {
    long x = cappedValue(a);
    long y = cappedValue(b);
    return Long.compare(x, y);
  }

  private static long cappedValue(String digits) {
    long v = 0;
    for (int k = 0; k < digits.length(); k++) {
      v = v * 10 + (digits.charAt(k) - '0');
      if (v > Integer.MAX_VALUE) {
        return Integer.MAX_VALUE;
      }
    }
    return v;
  }

  /** Reads a group; whether it may be quantified (lookbehinds may not). */
  private boolean parseGroup() {
    if (++depth > MAX_DEPTH) {
      throw new Stop(true);
    }
    i++; // (
    boolean quantifiable = true;
    if (i < p.length() && p.charAt(i) == '?') {
      i++;
      char k = i < p.length() ? p.charAt(i) : 0;
      if (k == ':' || k == '=' || k == '!') {
        i++;
      } else if (k == '<') {
        i++;
        char l = i < p.length() ? p.charAt(i) : 0;
        if (l == '=' || l == '!') {
          i++;
          quantifiable = false;
        } else {
          String name = parseGroupName();
          if (!names.add(name)) {
            throw new Stop(false); // duplicate capture group name
          }
        }
      } else {
        throw new Stop(false); // invalid group, e.g. (?i) or (?>a)
      }
    }
    parseDisjunction();
    if (i >= p.length() || p.charAt(i) != ')') {
      throw new Stop(false); // unterminated group
    }
    i++;
    depth--;
    return quantifiable;
  }

  /** Reads {@code name>} of a group or a {@code \k<name>}; the name with escapes resolved. */
  private String parseGroupName() {
    StringBuilder name = new StringBuilder();
    boolean first = true;
    while (true) {
      if (i >= p.length()) {
        throw new Stop(false);
      }
      char c = p.charAt(i);
      if (c == '>') {
        i++;
        if (first) {
          throw new Stop(false); // empty name
        }
        return name.toString();
      }
      int cp;
      if (c == '\\') {
        i++;
        cp = parseNameEscape();
      } else {
        cp = p.codePointAt(i);
        i += Character.charCount(cp);
      }
      checkNameChar(cp, first);
      name.appendCodePoint(cp);
      first = false;
    }
  }

  /** {@code \\uXXXX}, a surrogate pair of two such, or {@code \\u{X...}} inside a group name. */
  private int parseNameEscape() {
    if (i >= p.length() || p.charAt(i) != 'u') {
      throw new Stop(false);
    }
    i++;
    if (i < p.length() && p.charAt(i) == '{') {
      int close = p.indexOf('}', i);
      if (close < 0 || close == i + 1) {
        throw new Stop(false);
      }
      long v = 0;
      for (int k = i + 1; k < close; k++) {
        int h = Character.digit(p.charAt(k), 16);
        if (h < 0 || !isAsciiHex(p.charAt(k))) {
          throw new Stop(false);
        }
        v = v * 16 + h;
        if (v > Character.MAX_CODE_POINT) {
          throw new Stop(false);
        }
      }
      i = close + 1;
      return (int) v;
    }
    int unit = hex4(i);
    if (unit < 0) {
      throw new Stop(false);
    }
    i += 4;
    if (Character.isHighSurrogate((char) unit)
        && i + 1 < p.length()
        && p.charAt(i) == '\\'
        && p.charAt(i + 1) == 'u') {
      int low = hex4(i + 2);
      if (low >= 0 && Character.isLowSurrogate((char) low)) {
        i += 6;
        return Character.toCodePoint((char) unit, (char) low);
      }
    }
    return unit;
  }

  private int hex4(int at) {
    if (at + 4 > p.length()) {
      return -1;
    }
    int v = 0;
    for (int k = at; k < at + 4; k++) {
      char h = p.charAt(k);
      if (!isAsciiHex(h)) {
        return -1;
      }
      v = v * 16 + Character.digit(h, 16);
    }
    return v;
  }

  private void checkNameChar(int cp, boolean first) {
    if (cp < 0x80) {
      boolean ok =
          cp == '$' || cp == '_' || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (!first && isDigit((char) cp));
      if (!ok) {
        throw new Stop(false);
      }
      return;
    }
    if (!first && (cp == 0x200C || cp == 0x200D)) {
      return;
    }
    // A character in ID_Start or ID_Continue stays there in every later Unicode version, so the
    // JDK's yes is V8's yes (U+2E2F is a letter but also pattern syntax, hence never an identifier;
    // characters the JDK ignores in identifiers are no ID_Continue). A no may be an older table.
    boolean identifier =
        cp != 0x2E2F
            && (first
                ? Character.isUnicodeIdentifierStart(cp)
                : Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp));
    if (!identifier) {
      unsure = true;
      unsureGuessRejects = true;
    }
  }

  /** Reads an escape outside a class; whether it may be quantified ({@code \b}, {@code \B} may not). */
  private boolean parseAtomEscape() {
    i++; // backslash
    if (i >= p.length()) {
      throw new Stop(false); // \ at end of pattern
    }
    char c = p.charAt(i);
    if (c == 'b' || c == 'B') {
      i++;
      return false;
    }
    if (c == 'k' && namedGroups) {
      i++;
      if (i >= p.length() || p.charAt(i) != '<') {
        throw new Stop(false); // invalid named reference
      }
      i++;
      references.add(parseGroupName());
      return true;
    }
    if (c == 'c') {
      // \c with a letter is a control character; otherwise the backslash stands for itself.
      if (i + 1 < p.length() && isAsciiLetter(p.charAt(i + 1))) {
        i += 2;
      }
      return true;
    }
    i += Character.charCount(p.codePointAt(i));
    return true;
  }

  private void parseClass() {
    i++; // [
    if (i < p.length() && p.charAt(i) == '^') {
      i++;
    }
    while (true) {
      if (i >= p.length()) {
        throw new Stop(false); // unterminated character class
      }
      if (p.charAt(i) == ']') {
        i++;
        return;
      }
      int from = parseClassAtom();
      if (i + 1 < p.length() && p.charAt(i) == '-' && p.charAt(i + 1) != ']') {
        i++;
        int to = parseClassAtom();
        if (from >= 0 && to >= 0 && from > to) {
          throw new Stop(false); // range out of order in character class
        }
      }
    }
  }

  /** Reads one class atom: the UTF-16 unit it stands for, or -1 for a class escape such as {@code \d}. */
  private int parseClassAtom() {
    char c = p.charAt(i);
    if (c != '\\') {
      i++;
      return c;
    }
    i++;
    if (i >= p.length()) {
      throw new Stop(false); // \ at end of pattern
    }
    char e = p.charAt(i);
    switch (e) {
      case 'd':
      case 'D':
      case 's':
      case 'S':
      case 'w':
      case 'W':
        i++;
        return -1;
      case 'b':
        i++;
        return '\b';
      case 'c':
        if (i + 1 < p.length() && (isAsciiLetter(p.charAt(i + 1)) || isDigit(p.charAt(i + 1)) || p.charAt(i + 1) == '_')) {
          char letter = p.charAt(i + 1);
          i += 2;
          return letter % 32;
        }
        return '\\'; // the backslash stands for itself; 'c' is read next
      case 'x':
        return hexEscape(2);
      case 'u':
        return hexEscape(4);
      case '0':
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
      case '6':
      case '7':
        return octal();
      case 'k':
        if (namedGroups) {
          throw new Stop(false); // with named groups, k is no identity escape, not even in a class
        }
        i++;
        return e;
      default:
        i++;
        return e;
    }
  }

  private int hexEscape(int digits) {
    int at = i + 1;
    if (at + digits <= p.length()) {
      int v = 0;
      boolean ok = true;
      for (int k = at; k < at + digits; k++) {
        if (!isAsciiHex(p.charAt(k))) {
          ok = false;
          break;
        }
        v = v * 16 + Character.digit(p.charAt(k), 16);
      }
      if (ok) {
        i = at + digits;
        return v;
      }
    }
    char letter = p.charAt(i);
    i++;
    return letter; // an x or u escape without its digits is the letter itself
  }

  private int octal() {
    int v = p.charAt(i) - '0';
    i++;
    if (i < p.length() && p.charAt(i) >= '0' && p.charAt(i) <= '7') {
      v = v * 8 + (p.charAt(i) - '0');
      i++;
      if (v < 32 && i < p.length() && p.charAt(i) >= '0' && p.charAt(i) <= '7') {
        v = v * 8 + (p.charAt(i) - '0');
        i++;
      }
    }
    return v;
  }

  /**
   * Counts the capture groups outside classes and escapes, or with {@code namedOnly} the named
   * ones (any of which makes {@code \k} a back reference by name).
   */
  private static int countGroups(String p, boolean namedOnly) {
    int n = 0;
    for (int j = 0; j < p.length(); j++) {
      char c = p.charAt(j);
      if (c == '\\') {
        j++;
      } else if (c == '[') {
        j = skipClass(p, j);
      } else if (c == '(') {
        boolean plain = j + 1 >= p.length() || p.charAt(j + 1) != '?';
        boolean named = p.startsWith("?<", j + 1) && j + 3 < p.length() && p.charAt(j + 3) != '=' && p.charAt(j + 3) != '!';
        if (named || (plain && !namedOnly)) {
          n++;
        }
      }
    }
    return n;
  }

  /** The index of the {@code ]} closing the class opened at {@code open}, or the end. */
  private static int skipClass(String p, int open) {
    for (int j = open + 1; j < p.length(); j++) {
      char c = p.charAt(j);
      if (c == '\\') {
        j++;
      } else if (c == ']') {
        return j;
      }
    }
    return p.length();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isAsciiHex(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /** Ends the parse: the pattern breaks JavaScript's grammar, or nests deeper than this checker follows. */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final boolean tooDeep;

    Stop(boolean tooDeep) {
      super(null, null, false, false);
      this.tooDeep = tooDeep;
    }
  }
}
