package dev.onecli4j.testing;

import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/** The server's rules for a secret's {@code hostPattern}, checked in its order with its messages. */
final class HostPatterns {
  private static final Pattern LEADING_WILDCARD = Pattern.compile("^\\*\\.[a-z0-9.-]+$", Pattern.CASE_INSENSITIVE);

  private HostPatterns() {}

  /** The trimmed pattern, or the first rule it breaks as a flat 400. */
  static String check(String raw) {
    String v = Zod.trim(raw);
    if (v.isEmpty()) {
      throw OneCliErrors.flat("Host pattern is required");
    }
    Zod.length(v, 1, 1000);
    if (v.contains("://")) {
      throw OneCliErrors.flat("Enter a hostname, not a URL (remove http:// or https://)");
    }
    if (v.contains("/")) {
      throw OneCliErrors.flat("Enter a hostname only, not a path (use the path pattern field for paths)");
    }
    if (v.contains(" ")) {
      throw OneCliErrors.flat("Host pattern must not contain spaces");
    }
    if (v.contains("*") && !LEADING_WILDCARD.matcher(v).matches()) {
      throw OneCliErrors.flat("Wildcards are only allowed as a leading subdomain, e.g. *.example.com");
    }
    if (wildcardCoversPublicSuffix(v)) {
      throw OneCliErrors.flat(
          "A wildcard can't cover a public suffix like *.com; use a specific domain, e.g. *.example.com");
    }
    return v;
  }

  /**
   * Whether {@code *.X} covers a whole public suffix ({@code *.com}, {@code *.co.uk},
   * {@code *.s3.amazonaws.com}): X has no registrable domain by OkHttp's copy of the public suffix
   * list. Unlike the server, a single unlisted label such as {@code *.localhost} counts as one.
   */
  static boolean wildcardCoversPublicSuffix(String pattern) {
    if (!pattern.startsWith("*.")) {
      return false;
    }
    HttpUrl url = HttpUrl.parse("http://" + pattern.substring(2) + "/");
    return url != null && url.topPrivateDomain() == null;
  }
}
