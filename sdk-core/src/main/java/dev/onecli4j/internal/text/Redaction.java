package dev.onecli4j.internal.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Masks secrets in text that may reach a log, an exception message or a {@code toString()}. None of its methods throws. */
public final class Redaction {
  /** JSON keys whose values are secret; matched ignoring case, {@code _} and {@code -}. */
  public static final Set<String> SENSITIVE_KEYS =
      Collections.unmodifiableSet(
          new LinkedHashSet<>(
              Arrays.asList(
                  "value",
                  "token",
                  "apiKey",
                  "api_key",
                  "accessToken",
                  "refreshToken",
                  "secret",
                  "clientSecret",
                  "opRef",
                  "password",
                  "authorization",
                  "cloudApiKey",
                  "key",
                  "privateKey",
                  "credential",
                  "credentials")));

  /** What replaces a redacted JSON value. */
  public static final String REDACTED = "REDACTED";
  /** What replaces a known secret or a token-shaped string. */
  public static final String MASK = "****";
  /** Known secrets shorter than this are not scrubbed, so that short values do not mask ordinary words. */
  public static final int MIN_SECRET_LENGTH = 4;

  private static final Set<String> NORMALIZED_KEYS = normalizedKeys();
  /** The normalized keys by their length: a key is compared only with those of its own length. */
  private static final String[][] NORMALIZED_KEYS_BY_LENGTH = byLength(NORMALIZED_KEYS);
  private static final Comparator<String> LONGEST_FIRST = (a, b) -> Integer.compare(b.length(), a.length());
  private static final Pattern BEARER = Pattern.compile("(?i)\\b(bearer)\\s+[A-Za-z0-9._~+/=-]+");
  private static final Pattern ONECLI_KEY = Pattern.compile("(?<![A-Za-z0-9])(a?oc)_[A-Za-z0-9_-]{8,}");
  private static final Pattern VENDOR_TOKEN =
      Pattern.compile("(?<![A-Za-z0-9])(sk-ant-|sk-|ghp_|github_pat_)[A-Za-z0-9_-]{8,}");
  private static final String BEARER_WORD = "bearer";
  private static final String BEARER_MASK = "$1 " + MASK;
  private static final String ONECLI_KEY_MASK = "$1_" + MASK;
  private static final String VENDOR_TOKEN_MASK = "$1" + MASK;

  private Redaction() {}

  private static Set<String> normalizedKeys() {
    Set<String> keys = new HashSet<>();
    for (String key : SENSITIVE_KEYS) {
      keys.add(normalize(key));
    }
    return keys;
  }

  private static String[][] byLength(Set<String> keys) {
    int longest = 0;
    for (String key : keys) {
      longest = Math.max(longest, key.length());
    }
    List<List<String>> buckets = new ArrayList<>();
    for (int i = 0; i <= longest; i++) {
      buckets.add(new ArrayList<>());
    }
    for (String key : keys) {
      buckets.get(key.length()).add(key);
    }
    String[][] table = new String[longest + 1][];
    for (int i = 0; i <= longest; i++) {
      table[i] = buckets.get(i).toArray(new String[0]);
    }
    return table;
  }

  private static String normalize(String key) {
    StringBuilder sb = new StringBuilder(key.length());
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c != '_' && c != '-') {
        sb.append(c);
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  /** Whether {@code key} names a secret value (see {@link #SENSITIVE_KEYS}). */
  public static boolean isSensitiveKey(String key) {
    return key != null && key.length() <= 64 && NORMALIZED_KEYS.contains(normalize(key));
  }

  /**
   * {@link #isSensitiveKey(String)} of {@code text[start, end)} without copying it, for keys of
   * plain ASCII (where lower-casing a char at a time equals lower-casing the string); other keys
   * take the exact path. The result is the same either way.
   */
  static boolean isSensitiveKey(String text, int start, int end) {
    int normalizedLength = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c >= 0x80 || c == '\\') {
        return isSensitiveKey(JsonRedactor.unescape(text, start, end));
      }
      if (c != '_' && c != '-') {
        normalizedLength++;
      }
    }
    if (end - start > 64 || normalizedLength >= NORMALIZED_KEYS_BY_LENGTH.length) {
      return false;
    }
    for (String key : NORMALIZED_KEYS_BY_LENGTH[normalizedLength]) {
      if (asciiKeyEquals(text, start, end, key)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the ASCII text, with {@code _} and {@code -} dropped and lower-cased, equals {@code key}. */
  private static boolean asciiKeyEquals(String text, int start, int end, String key) {
    int k = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '_' || c == '-') {
        continue;
      }
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (k >= key.length() || key.charAt(k) != c) {
        return false;
      }
      k++;
    }
    return k == key.length();
  }

  /**
   * Replaces every string or number under a sensitive key, at any depth and inside nested objects
   * and arrays, with {@code "REDACTED"}, keeping all other text as it was; then applies {@link
   * #scrubPatterns}. Text that is not valid JSON (truncated, or not JSON at all) is treated the same
   * way as far as it looks like JSON.
   */
  public static String redactJson(String json) {
    if (json == null) {
      return null;
    }
    try {
      return scrubPatterns(JsonRedactor.redact(json));
    } catch (RuntimeException e) {
      return REDACTED;
    }
  }

  /**
   * Replaces every occurrence of each known secret, and of its JSON-escaped form, with {@code ****};
   * null secrets and secrets shorter than {@link #MIN_SECRET_LENGTH} are ignored.
   */
  public static String scrub(String text, Collection<String> secrets) {
    if (text == null || text.isEmpty() || secrets == null || secrets.isEmpty()) {
      return text;
    }
    try {
      String result = text;
      for (String secret : variants(secrets)) {
        result = result.replace(secret, MASK);
      }
      return result;
    } catch (RuntimeException e) {
      return MASK;
    }
  }

  /** The usable secrets and their JSON-escaped forms, distinct, longest first. */
  private static List<String> variants(Collection<String> secrets) {
    List<String> variants = new ArrayList<>(secrets.size() * 3);
    for (String secret : secrets) {
      if (secret != null && secret.length() >= MIN_SECRET_LENGTH) {
        addDistinct(variants, secret);
        if (JsonRedactor.isPlain(secret)) {
          continue; // every escaped form below equals the secret itself
        }
        addDistinct(variants, JsonRedactor.escape(secret, false));
        addDistinct(variants, JsonRedactor.escape(secret, true));
        // Servers that write ASCII-only JSON (Python's json.dumps, for one) echo non-ASCII
        // characters as \\uXXXX escapes, in either letter case.
        addDistinct(variants, JsonRedactor.asciiEscape(JsonRedactor.escape(secret, false), false));
        addDistinct(variants, JsonRedactor.asciiEscape(JsonRedactor.escape(secret, false), true));
      }
    }
    if (variants.size() > 1) {
      variants.sort(LONGEST_FIRST); // stable: equal lengths keep their order
    }
    return variants;
  }

  private static void addDistinct(List<String> list, String value) {
    if (!list.contains(value)) {
      list.add(value);
    }
  }

  /**
   * Masks token-shaped strings: {@code Bearer <token>}, OneCLI keys ({@code oc_…}, {@code
   * oc_org_…}) and agent tokens ({@code aoc_…}), and {@code sk-…}, {@code sk-ant-…}, {@code ghp_…}
   * and {@code github_pat_…} tokens of at least 8 characters after the prefix.
   */
  public static String scrubPatterns(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    try {
      // Each pattern runs only where its literal prefix occurs: most text (an error message, a
      // JSON body without tokens) then costs three scans and no Matcher.
      String result = containsBearer(text) ? replace(BEARER, text, BEARER_MASK) : text;
      result = result.contains("oc_") ? replace(ONECLI_KEY, result, ONECLI_KEY_MASK) : result;
      return mayHoldVendorToken(result) ? replace(VENDOR_TOKEN, result, VENDOR_TOKEN_MASK) : result;
    } catch (RuntimeException e) {
      return MASK;
    }
  }

  /** Whether {@code text} contains "bearer" in any ASCII case, as {@link #BEARER} needs. */
  private static boolean containsBearer(String text) {
    for (int i = 0, last = text.length() - BEARER_WORD.length(); i <= last; i++) {
      if ((text.charAt(i) | 0x20) == 'b' && asciiRegionMatchesLower(text, i, BEARER_WORD)) {
        return true;
      }
    }
    return false;
  }

  private static boolean asciiRegionMatchesLower(String text, int at, String lower) {
    for (int k = 0; k < lower.length(); k++) {
      char c = text.charAt(at + k);
      if (c >= 0x80 || (c | 0x20) != lower.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean mayHoldVendorToken(String text) {
    return text.contains("sk-") || text.contains("ghp_") || text.contains("github_pat_");
  }

  private static String replace(Pattern pattern, String text, String replacement) {
    Matcher matcher = pattern.matcher(text);
    return matcher.find() ? matcher.replaceAll(replacement) : text;
  }
}
