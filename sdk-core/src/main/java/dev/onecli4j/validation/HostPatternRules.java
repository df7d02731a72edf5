package dev.onecli4j.validation;

import okhttp3.HttpUrl;

/**
 * The server's rules for a secret's {@code hostPattern}: 1 to 1000 characters after trimming;
 * no scheme, path or whitespace; a {@code *} only as one leading {@code *.} label, and that
 * wildcard must not cover a public suffix ({@code *.com}, {@code *.co.uk},
 * {@code *.s3.amazonaws.com}). Public suffixes come from the list OkHttp ships.
 */
public final class HostPatternRules {
  /** Longest host pattern the server accepts. */
  public static final int MAX_LENGTH = 1000;

  private HostPatternRules() {}

  /**
   * Records every problem of {@code hostPattern} under {@code field}.
   *
   * @param problems where problems are recorded
   * @param field the name of the checked field in problems, e.g. {@code hostPattern}
   * @param hostPattern the host pattern, e.g. {@code *.example.com}
   */
  public static void check(Problems problems, String field, String hostPattern) {
    String host = hostPattern.trim();
    if (host.isEmpty()) {
      problems.add(field, "must not be blank");
      return;
    }
    if (host.length() > MAX_LENGTH) {
      problems.add(field, "must be at most " + MAX_LENGTH + " characters (is " + host.length() + ")");
    }
    if (host.contains("://")) {
      problems.add(field, "must be a host name without a scheme such as https://");
    } else if (host.contains("/")) {
      problems.add(field, "must be a host name without a path; put paths in pathPattern");
    }
    if (containsWhitespace(host)) {
      problems.add(field, "must not contain spaces");
    }
    int star = host.indexOf('*');
    if (star >= 0) {
      if (!host.startsWith("*.") || host.indexOf('*', 1) >= 0) {
        problems.add(field, "may use * only as a single leading *. label, e.g. *.example.com");
      } else if (isPublicSuffix(host.substring(2))) {
        problems.add(field, "wildcard *." + host.substring(2) + " would cover a public suffix; name a registrable domain");
      }
    }
  }

  /** Whether {@code domain} is a public suffix (nobody can register directly under it). */
  static boolean isPublicSuffix(String domain) {
    HttpUrl url = HttpUrl.parse("https://" + domain + "/");
    return url == null || url.topPrivateDomain() == null;
  }

  private static boolean containsWhitespace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
