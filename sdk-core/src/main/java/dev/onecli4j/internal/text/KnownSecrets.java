package dev.onecli4j.internal.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The credentials one request carried (API key, bearer tokens, credential header values, secret
 * values, credential maps, ...), and the masking of them in text that echoes them back.
 *
 * <p>The rule, stated in the README: a value of at least {@value #MIN_PROSE_LENGTH} characters
 * that is not a plain word (letters only, shorter than {@value #MIN_WORD_LENGTH}) is masked
 * wherever it occurs, in any of the forms a server may echo it in (raw, JSON-escaped with or
 * without {@code \/} and {@code \\uXXXX}, percent-encoded, HTML references). A shorter value, or
 * a plain word, is masked only where it stands alone as a whole value (a JSON string, a header
 * value, an error location), never inside the server's sentences, so that a secret such as
 * {@code value} cannot turn "must contain {value}" into "must contain {****}". Immutable; none
 * of its methods throws.
 */
public final class KnownSecrets {
  /** Values at least this long (and not plain words) are masked inside longer text. */
  public static final int MIN_PROSE_LENGTH = 8;
  /** Letters-only values at least this long count as secrets inside longer text too. */
  public static final int MIN_WORD_LENGTH = 16;
  /** A cut-off start of a secret at least this long at the end of a truncated text is masked. */
  static final int MIN_PARTIAL_LENGTH = 4;
  /**
   * Anywhere in a text, this many leading or trailing characters of a value of at least {@value
   * #MIN_PARTIALLY_MASKED_LENGTH} are masked too (with as much more of the value as follows): a
   * server that shortens an echo ({@code "sk_live_abcdefgh…"}) must not show most of it.
   */
  static final int PARTIAL_ECHO_LENGTH = 12;
  /** Values at least this long are also masked where a long piece of them is echoed. */
  static final int MIN_PARTIALLY_MASKED_LENGTH = 16;

  private static final KnownSecrets NONE = new KnownSecrets(Collections.emptySet(), Collections.emptyList());

  /** Every value, for whole-value matches. */
  private final Set<String> all;
  /** The values masked inside text, longest first. */
  private final String[] prose;
  /**
   * The first and last {@value #PARTIAL_ECHO_LENGTH} characters of each value of {@link #prose}
   * at least {@value #MIN_PARTIALLY_MASKED_LENGTH} long (null for shorter ones): cut once here,
   * not on every text an answer is scrubbed in.
   */
  private final String[] heads;
  private final String[] tails;
  /** The length of the shortest value: no shorter text can be one of them. */
  private final int shortest;

  private KnownSecrets(Set<String> all, List<String> prose) {
    this.all = all;
    int min = Integer.MAX_VALUE;
    for (String value : all) {
      min = Math.min(min, value.length());
    }
    this.shortest = min;
    this.prose = prose.toArray(new String[0]);
    this.heads = new String[this.prose.length];
    this.tails = new String[this.prose.length];
    for (int i = 0; i < this.prose.length; i++) {
      String secret = this.prose[i];
      if (secret.length() >= MIN_PARTIALLY_MASKED_LENGTH) {
        heads[i] = secret.substring(0, PARTIAL_ECHO_LENGTH);
        tails[i] = secret.substring(secret.length() - PARTIAL_ECHO_LENGTH);
      }
    }
  }

  /** No known secrets. */
  public static KnownSecrets none() {
    return NONE;
  }

  /** The given values; nulls and empty strings are ignored. */
  public static KnownSecrets of(Collection<String> values) {
    if (values == null || values.isEmpty()) {
      return NONE;
    }
    Set<String> all = new LinkedHashSet<>();
    for (String v : values) {
      if (v != null && !v.isEmpty()) {
        all.add(v);
        String trimmed = v.trim();
        if (!trimmed.isEmpty()) {
          all.add(trimmed);
        }
      }
    }
    if (all.isEmpty()) {
      return NONE;
    }
    List<String> prose = new ArrayList<>();
    for (String v : all) {
      if (isProseSecret(v)) {
        prose.add(v);
      }
    }
    prose.sort((a, b) -> Integer.compare(b.length(), a.length()));
    return new KnownSecrets(Collections.unmodifiableSet(all), prose);
  }

  /** Whether {@code value} is masked inside longer text (see the class comment). */
  static boolean isProseSecret(String value) {
    if (value.length() < MIN_PROSE_LENGTH) {
      return false;
    }
    if (value.length() >= MIN_WORD_LENGTH) {
      return true;
    }
    for (int i = 0; i < value.length(); i++) {
      if (!Character.isLetter(value.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether there is nothing to mask. */
  public boolean isEmpty() {
    return all.isEmpty();
  }

  /** This set and {@code more} together. */
  public KnownSecrets with(Collection<String> more) {
    if (more == null || more.isEmpty()) {
      return this;
    }
    List<String> values = new ArrayList<>(all);
    values.addAll(more);
    return of(values);
  }

  /**
   * Whether a text of {@code length} characters may be one of the values by {@link
   * #isWholeValue}: false when it is shorter than all of them (trimming and resolving escapes
   * only shorten a text), so that a caller need not cut such a text out to ask.
   */
  public boolean mayBeWholeValue(int length) {
    return length >= shortest;
  }

  /** Whether {@code text}, trimmed and with its escapes resolved, is exactly one of the values. */
  public boolean isWholeValue(String text) {
    if (text == null || all.isEmpty()) {
      return false;
    }
    String trimmed = text.trim();
    if (trimmed.isEmpty()) {
      return false;
    }
    if (all.contains(trimmed)) {
      return true;
    }
    return DecodedView.mayHoldEscape(trimmed) && all.contains(DecodedView.of(trimmed).text.trim());
  }

  /**
   * {@code text} with every occurrence of a value masked as {@link Redaction#MASK}: the long
   * values anywhere, in any encoding; and the whole text if it is exactly one of the values.
   */
  public String scrub(String text) {
    if (text == null || text.isEmpty() || all.isEmpty()) {
      return text;
    }
    try {
      if (isWholeValue(text)) {
        return Redaction.MASK;
      }
      if (prose.length == 0 || (!DecodedView.mayHoldEscape(text) && !holdsAnyPiece(text))) {
        return text; // the common answer, found without decoding the text
      }
      DecodedView view = DecodedView.of(text);
      boolean[] masked = null;
      for (String secret : prose) {
        for (int at = view.text.indexOf(secret); at >= 0; at = view.text.indexOf(secret, at + secret.length())) {
          if (masked == null) {
            masked = new boolean[text.length()];
          }
          mark(masked, view.originalStart(at), view.originalEnd(at + secret.length() - 1));
        }
      }
      masked = maskPartialEchoes(view, masked, text.length());
      return masked == null ? text : apply(text, masked);
    } catch (RuntimeException e) {
      return Redaction.MASK;
    }
  }

  /** Whether {@code text}, as it is, holds a value masked inside text, or the start or end of a long one. */
  private boolean holdsAnyPiece(String text) {
    for (int i = 0; i < prose.length; i++) {
      if (heads[i] == null ? text.contains(prose[i]) : text.contains(heads[i]) || text.contains(tails[i])) {
        return true;
      }
    }
    return false;
  }

  /** Marks echoes of a long value's first or last {@value #PARTIAL_ECHO_LENGTH} characters, extended as far as they match. */
  private boolean[] maskPartialEchoes(DecodedView view, boolean[] masked, int originalLength) {
    String t = view.text;
    for (int i = 0; i < prose.length; i++) {
      String secret = prose[i];
      int n = secret.length();
      String head = heads[i];
      if (head == null) {
        continue;
      }
      for (int at = t.indexOf(head); at >= 0; at = t.indexOf(head, at + 1)) {
        int len = PARTIAL_ECHO_LENGTH;
        while (at + len < t.length() && len < n && t.charAt(at + len) == secret.charAt(len)) {
          len++;
        }
        masked = masked == null ? new boolean[originalLength] : masked;
        mark(masked, view.originalStart(at), view.originalEnd(at + len - 1));
      }
      String tail = tails[i];
      for (int at = t.indexOf(tail); at >= 0; at = t.indexOf(tail, at + 1)) {
        int start = at;
        int k = n - PARTIAL_ECHO_LENGTH;
        while (start > 0 && k > 0 && t.charAt(start - 1) == secret.charAt(k - 1)) {
          start--;
          k--;
        }
        masked = masked == null ? new boolean[originalLength] : masked;
        mark(masked, view.originalStart(start), view.originalEnd(at + PARTIAL_ECHO_LENGTH - 1));
      }
    }
    return masked;
  }

  /**
   * {@code text}, which may have been cut short, with a trailing start of a value masked (at
   * least {@value #MIN_PARTIAL_LENGTH} characters of it, in any encoding, including a cut
   * escape or a cut multi-byte character after it), then {@linkplain #scrub scrubbed}.
   */
  public String scrubTruncated(String text) {
    if (text == null || text.isEmpty() || prose.length == 0) {
      return scrub(text);
    }
    try {
      return scrub(maskTrailingPartial(text));
    } catch (RuntimeException e) {
      return Redaction.MASK;
    }
  }

  private String maskTrailingPartial(String text) {
    int junk = trailingJunkStart(text);
    DecodedView view = DecodedView.of(text.substring(0, junk));
    String decoded = view.text;
    int best = -1;
    if (decoded.isEmpty()) {
      return text;
    }
    char last = decoded.charAt(decoded.length() - 1);
    for (String secret : prose) {
      int longest = Math.min(secret.length() - (junk == text.length() ? 1 : 0), decoded.length());
      for (int k = longest; k >= MIN_PARTIAL_LENGTH; k--) {
        int start = decoded.length() - k;
        // The text's last character must be the k-th of the value: a cheap test before the full one.
        if (secret.charAt(k - 1) == last && decoded.regionMatches(start, secret, 0, k)) {
          int original = view.originalStart(start);
          best = best < 0 ? original : Math.min(best, original);
          break;
        }
      }
    }
    return best < 0 ? text : text.substring(0, best) + Redaction.MASK;
  }

  /**
   * Where the text's trailing remains of a cut character or escape begin (its length if none):
   * replacement characters left by a cut multi-byte sequence, a lone high surrogate, or an
   * unfinished {@code \}, {@code \\uXX}, {@code %X} or {@code &#…}.
   */
  static int trailingJunkStart(String text) {
    int end = text.length();
    while (end > 0 && (text.charAt(end - 1) == '\uFFFD' || Character.isHighSurrogate(text.charAt(end - 1)))) {
      end--;
    }
    for (int back = 1; back <= Math.min(10, end); back++) {
      int at = end - back;
      char c = text.charAt(at);
      if (c == '\\' && (back == 1 || (back <= 5 && text.charAt(at + 1) == 'u' && allHex(text, at + 2, end)))) {
        return at; // a backslash alone, or a backslash, "u" and up to three hex digits
      }
      if (c == '%' && back <= 2 && allHex(text, at + 1, end)) {
        return at; // "%" and up to one hex digit
      }
      if (c == '&' && allLettersOrDigits(text, at + 1 < end && text.charAt(at + 1) == '#' ? at + 2 : at + 1, end)) {
        return at; // "&", an optional "#", then ASCII letters and digits (the "x" of a hex reference among them)
      }
    }
    return end;
  }

  private static boolean allHex(String text, int from, int to) {
    return allOf(text, from, to, true);
  }

  private static boolean allLettersOrDigits(String text, int from, int to) {
    return allOf(text, from, to, false);
  }

  /** Whether {@code text[from, to)} holds only ASCII digits and hex letters ({@code hex}) or any ASCII letters. */
  private static boolean allOf(String text, int from, int to, boolean hex) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      char lower = (char) (c | 0x20);
      boolean letter = hex ? lower >= 'a' && lower <= 'f' : lower >= 'a' && lower <= 'z';
      if (!((c >= '0' && c <= '9') || letter)) {
        return false;
      }
    }
    return true;
  }

  private static void mark(boolean[] masked, int from, int to) {
    for (int i = from; i < to && i < masked.length; i++) {
      masked[i] = true;
    }
  }

  private static String apply(String text, boolean[] masked) {
    StringBuilder sb = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      if (!masked[i]) {
        sb.append(text.charAt(i++));
        continue;
      }
      sb.append(Redaction.MASK);
      while (i < text.length() && masked[i]) {
        i++;
      }
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return "KnownSecrets{" + all.size() + " values}";
  }
}
