package dev.onecli4j.internal.http;

import dev.onecli4j.internal.text.KnownSecrets;
import dev.onecli4j.internal.text.Redaction;
import dev.onecli4j.http.FailureKind;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the SDK logs: one debug line per attempt and answer; at trace, headers by allow-list
 * (others print as {@code REDACTED}) and, only when asked for, redacted bodies. Query values
 * are never printed.
 */
final class HttpLog {
  static final Logger LOG = LoggerFactory.getLogger("dev.onecli4j.http");

  private static final Set<String> SAFE_HEADERS = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

  static {
    SAFE_HEADERS.addAll(
        Arrays.asList(
            "Accept",
            "Cache-Control",
            "Content-Encoding",
            "Content-Length",
            "Content-Type",
            "Date",
            "Deprecation",
            "ETag",
            "Link",
            "Location",
            "Request-Id",
            "Retry-After",
            "Retry-After-Ms",
            "Server",
            "Sunset",
            "Transfer-Encoding",
            "User-Agent",
            "X-Request-Id",
            "X-Should-Retry"));
  }

  private static final Set<String> URL_HEADERS = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
  /** A query parameter's value: after {@code ?} or {@code &} and a name, up to the next delimiter. */
  private static final Pattern QUERY_VALUE = Pattern.compile("([?&][^=&#\\s<>;,]*=)[^&#\\s<>;,\"]*");

  static {
    URL_HEADERS.addAll(Arrays.asList("Location", "Content-Location", "Link"));
  }

  private HttpLog() {}

  static void request(
      String method, HttpUrl url, int attempt, Headers headers, byte[] body, boolean bodies, int cap,
      Supplier<KnownSecrets> secrets) {
    if (!LOG.isDebugEnabled()) {
      return;
    }
    LOG.debug("--> {} {} (attempt {})", method, safeTarget(url), attempt);
    if (LOG.isTraceEnabled()) {
      LOG.trace("--> headers {}", render(headers, secrets.get()));
      if (bodies && body != null && body.length > 0) {
        int kept = Math.min(body.length, cap);
        LOG.trace("--> body {}", bodyText(body, kept, kept == body.length, body.length, secrets.get()));
      }
    }
  }

  static void response(
      String method, HttpUrl url, int status, int attempt, Duration elapsed, Headers headers,
      Supplier<KnownSecrets> secrets) {
    if (!LOG.isDebugEnabled()) {
      return;
    }
    LOG.debug(
        "<-- {} {} {} (attempt {}, {} ms)", status, method, safeTarget(url), attempt, elapsed.toMillis());
    if (LOG.isTraceEnabled()) {
      LOG.trace("<-- headers {}", render(headers, secrets.get()));
    }
  }

  /**
   * Logs the start of a success body that the reader kept ({@code kept}, of {@code total} bytes
   * read), with sensitive fields and the call's credentials masked.
   */
  static void responseBody(byte[] kept, long total, boolean whole, KnownSecrets secrets) {
    if (LOG.isTraceEnabled() && kept != null && total > 0) {
      LOG.trace("<-- body {}", bodyText(kept, kept.length, whole, total, secrets));
    }
  }

  /** The first {@code length} bytes of a body as text, masked; cut bodies end with a note of their size. */
  private static String bodyText(byte[] body, int length, boolean whole, long total, KnownSecrets secrets) {
    String text = new String(body, 0, length, StandardCharsets.UTF_8);
    if (whole) {
      return Redaction.redactJson(secrets.scrub(text), secrets);
    }
    return Redaction.redactJson(secrets.scrubTruncated(text), secrets) + "\u2026 (" + total + " bytes or more, log cut at " + length + ")";
  }

  /** {@code text} from the server with the call's credentials and token-shaped strings masked. */
  static String clean(String text, KnownSecrets secrets) {
    return Redaction.scrubPatterns(secrets.scrub(text));
  }

  static void failure(String method, HttpUrl url, int attempt, Duration elapsed, FailureKind kind, Exception e) {
    LOG.debug(
        "<-- {} {} failed: {} {} (attempt {}, {} ms)",
        method,
        safeTarget(url),
        kind.name().toLowerCase(Locale.ROOT),
        e.getClass().getSimpleName(),
        attempt,
        elapsed.toMillis());
  }

  static void retry(String operationId, int attempt, Duration delay, String reason) {
    LOG.debug("retrying {} after attempt {} in {} ms: {}", operationId, attempt, delay.toMillis(), reason);
  }

  /** The path and the query parameter names, never their values. */
  static String safeTarget(HttpUrl url) {
    if (url.querySize() == 0) {
      return url.encodedPath();
    }
    StringBuilder sb = new StringBuilder(url.encodedPath()).append('?');
    for (int i = 0; i < url.querySize(); i++) {
      if (i > 0) {
        sb.append('&');
      }
      sb.append(url.queryParameterName(i)).append("=REDACTED");
    }
    return sb.toString();
  }

  static String render(Headers headers, KnownSecrets secrets) {
    StringBuilder sb = new StringBuilder("{");
    for (int i = 0; i < headers.size(); i++) {
      if (i > 0) {
        sb.append(", ");
      }
      String name = headers.name(i);
      sb.append(name).append('=').append(SAFE_HEADERS.contains(name) ? safeValue(name, headers.value(i), secrets) : "REDACTED");
    }
    return sb.append('}').toString();
  }

  /**
   * The value of an allow-listed header as logged: the call's credentials and token-shaped strings
   * masked, and in the URLs of {@code Location}, {@code Content-Location} and {@code Link} the
   * query values too.
   */
  static String safeValue(String name, String value, KnownSecrets secrets) {
    String cleaned = clean(value, secrets);
    if (!URL_HEADERS.contains(name) || cleaned.indexOf('?') < 0) {
      return cleaned;
    }
    return QUERY_VALUE.matcher(cleaned).replaceAll("$1REDACTED");
  }
}
