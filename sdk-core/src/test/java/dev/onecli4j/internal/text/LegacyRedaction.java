package dev.onecli4j.internal.text;
/* Test-only copy of the class as it was before the performance work, kept as the reference the
 * current code must agree with (RedactionEquivalenceTest). Not used by the SDK. */

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


final class LegacyRedaction {
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
  private static final Pattern BEARER = Pattern.compile("(?i)\\b(bearer)\\s+[A-Za-z0-9._~+/=-]+");
  private static final Pattern ONECLI_KEY = Pattern.compile("(?<![A-Za-z0-9])(a?oc)_[A-Za-z0-9_-]{8,}");
  private static final Pattern VENDOR_TOKEN =
      Pattern.compile("(?<![A-Za-z0-9])(sk-ant-|sk-|ghp_|github_pat_)[A-Za-z0-9_-]{8,}");

  private LegacyRedaction() {}

  private static Set<String> normalizedKeys() {
    Set<String> keys = new HashSet<>();
    for (String key : SENSITIVE_KEYS) {
      keys.add(normalize(key));
    }
    return keys;
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
      return scrubPatterns(LegacyJsonRedactor.redact(json));
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

  /** The usable secrets and their JSON-escaped forms, longest first. */
  private static List<String> variants(Collection<String> secrets) {
    Set<String> variants = new LinkedHashSet<>();
    for (String secret : secrets) {
      if (secret != null && secret.length() >= MIN_SECRET_LENGTH) {
        variants.add(secret);
        variants.add(LegacyJsonRedactor.escape(secret, false));
        variants.add(LegacyJsonRedactor.escape(secret, true));
        // Servers that write ASCII-only JSON (Python's json.dumps, for one) echo non-ASCII
        // characters as \\uXXXX escapes, in either letter case.
        variants.add(LegacyJsonRedactor.asciiEscape(LegacyJsonRedactor.escape(secret, false), false));
        variants.add(LegacyJsonRedactor.asciiEscape(LegacyJsonRedactor.escape(secret, false), true));
      }
    }
    List<String> sorted = new ArrayList<>(variants);
    sorted.sort((a, b) -> Integer.compare(b.length(), a.length()));
    return sorted;
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
      String result = replace(BEARER, text, "$1 " + MASK);
      result = replace(ONECLI_KEY, result, "$1_" + MASK);
      return replace(VENDOR_TOKEN, result, "$1" + MASK);
    } catch (RuntimeException e) {
      return MASK;
    }
  }

  private static String replace(Pattern pattern, String text, String replacement) {
    Matcher matcher = pattern.matcher(text);
    return matcher.find() ? matcher.replaceAll(replacement) : text;
  }
}
