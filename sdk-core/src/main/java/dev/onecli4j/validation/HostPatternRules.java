package dev.onecli4j.validation;

/**
 * The server's rules for a secret's {@code hostPattern}, in its order: trimmed as JavaScript
 * trims; 1 to 1000 characters; no {@code ://}, no {@code /}, no space character (U+0020; other
 * white space is allowed inside); a {@code *} only in the form {@code *.} followed by ASCII
 * letters, digits, dots and hyphens; and such a wildcard must not cover a whole public suffix
 * ({@link PublicSuffixes}).
 */
public final class HostPatternRules {
  /** Longest host pattern the server accepts, after trimming. */
  public static final int MAX_LENGTH = 1000;
  /** The server's answer to a blank host pattern. */
  public static final String REQUIRED = "Host pattern is required";
  /** The server's answer to a host pattern with a scheme. */
  public static final String URL = "Enter a hostname, not a URL (remove http:// or https://)";
  /** The server's answer to a host pattern with a path. */
  public static final String PATH = "Enter a hostname only, not a path (use the path pattern field for paths)";
  /** The server's answer to a host pattern with a space. */
  public static final String SPACES = "Host pattern must not contain spaces";
  /** The server's answer to a wildcard elsewhere than a leading {@code *.}. */
  public static final String WILDCARD = "Wildcards are only allowed as a leading subdomain, e.g. *.example.com";
  /** The server's answer to a wildcard over a public suffix. */
  public static final String PUBLIC_SUFFIX =
      "A wildcard can't cover a public suffix like *.com; use a specific domain, e.g. *.example.com";

  private HostPatternRules() {}

  /** Records every issue of {@code raw} under {@code field}; returns the pattern as the server stores it. */
  static String check(BodyReader r, String field, String raw) {
    String v = JsText.trim(raw);
    r.minLength(v, 1, field, REQUIRED);
    r.maxLength(v, MAX_LENGTH, field);
    r.check(!v.contains("://"), field, URL);
    r.check(!v.contains("/"), field, PATH);
    r.check(!v.contains(" "), field, SPACES);
    r.check(!v.contains("*") || isLeadingWildcard(v), field, WILDCARD);
    r.check(!PublicSuffixes.wildcardCoversPublicSuffix(v), field, PUBLIC_SUFFIX);
    return v;
  }

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
