package dev.onecli4j.validation;

/**
 * The server's rules for a secret's {@code hostPattern}, in its order: trimmed as JavaScript
 * trims; 1 to 1000 characters; no {@code ://}, no {@code /}, no space character (U+0020; other
 * white space is allowed inside); a {@code *} only in the form {@code *.} followed by ASCII
 * letters, digits, dots and hyphens; and such a wildcard must not cover a whole public suffix
 * ({@link PublicSuffixes}).
 */
final class HostPatternRules {
  /** A host pattern, parsed to the trimmed form the server stores. */
  static final Schema SCHEMA =
      Schema.string()
          .trim()
          .min(1, "Host pattern is required")
          .max(1000)
          .check(v -> !v.contains("://"), "Enter a hostname, not a URL (remove http:// or https://)")
          .check(v -> !v.contains("/"), "Enter a hostname only, not a path (use the path pattern field for paths)")
          .check(v -> !v.contains(" "), "Host pattern must not contain spaces")
          .check(
              v -> !v.contains("*") || isLeadingWildcard(v),
              "Wildcards are only allowed as a leading subdomain, e.g. *.example.com")
          .check(
              v -> !PublicSuffixes.wildcardCoversPublicSuffix(v),
              "A wildcard can't cover a public suffix like *.com; use a specific domain, e.g. *.example.com");

  private HostPatternRules() {}

  /** {@code /^\*\.[a-z0-9.-]+$/i} as JavaScript reads it: ASCII only, {@code $} only at the very end. */
  private static boolean isLeadingWildcard(String v) {
    if (v.length() < 3 || !v.startsWith("*.")) {
      return false;
    }
    for (int i = 2; i < v.length(); i++) {
      char c = v.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
