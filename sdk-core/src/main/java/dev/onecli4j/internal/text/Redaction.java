package dev.onecli4j.internal.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import dev.onecli4j.generated.runtime.Credentials;

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

  private static final Set<String> NORMALIZED_KEYS = normalizedKeys();
  /** The normalized keys by their length: a key is compared only with those of its own length. */
  private static final String[][] NORMALIZED_KEYS_BY_LENGTH = byLength(NORMALIZED_KEYS);

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
   * Masks the known secrets in {@code text} by the rule of {@link KnownSecrets}: long values
   * wherever they occur, in any encoding; short values and plain words only when they are the
   * whole text.
   */
  public static String scrub(String text, Collection<String> secrets) {
    if (text == null || text.isEmpty() || secrets == null || secrets.isEmpty()) {
      return text;
    }
    return KnownSecrets.of(secrets).scrub(text);
  }

  /**
   * {@link #redactJson(String)}, and also every JSON string value that is exactly one of the
   * {@code secrets} (short values included) redacted.
   */
  public static String redactJson(String json, KnownSecrets secrets) {
    if (json == null) {
      return null;
    }
    try {
      return scrubPatterns(JsonRedactor.redact(json, secrets));
    } catch (RuntimeException e) {
      return REDACTED;
    }
  }

  /**
   * Masks token-shaped strings: {@code Bearer <token>}, OneCLI keys ({@code oc_…}, {@code
   * oc_org_…}) and agent tokens ({@code aoc_…}), {@code sk-…}, {@code sk-ant-…}, {@code ghp_…}
   * and {@code github_pat_…} tokens of at least 8 characters after the prefix, and the user
   * info (password or token) of URLs.
   */
  public static String scrubPatterns(String text) {
    return Credentials.maskTokens(text);
  }
}
