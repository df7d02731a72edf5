package dev.onecli4j.internal.http;

import dev.onecli4j.internal.text.Redaction;
import dev.onecli4j.http.FailureKind;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
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

  private HttpLog() {}

  static void request(String method, HttpUrl url, int attempt, Headers headers, byte[] body, boolean bodies) {
    if (!LOG.isDebugEnabled()) {
      return;
    }
    LOG.debug("--> {} {} (attempt {})", method, safeTarget(url), attempt);
    if (LOG.isTraceEnabled()) {
      LOG.trace("--> headers {}", render(headers));
      if (bodies && body != null && body.length > 0) {
        LOG.trace("--> body {}", Redaction.redactJson(new String(body, StandardCharsets.UTF_8)));
      }
    }
  }

  static void response(
      String method, HttpUrl url, int status, int attempt, Duration elapsed, Headers headers) {
    if (!LOG.isDebugEnabled()) {
      return;
    }
    LOG.debug(
        "<-- {} {} {} (attempt {}, {} ms)", status, method, safeTarget(url), attempt, elapsed.toMillis());
    if (LOG.isTraceEnabled()) {
      LOG.trace("<-- headers {}", render(headers));
    }
  }

  /** Logs a success body, with sensitive fields and the {@code knownSecrets} (what the request sent) masked. */
  static void responseBody(byte[] body, boolean bodies, Collection<String> knownSecrets) {
    if (bodies && LOG.isTraceEnabled() && body != null && body.length > 0) {
      LOG.trace(
          "<-- body {}", Redaction.redactJson(Redaction.scrub(new String(body, StandardCharsets.UTF_8), knownSecrets)));
    }
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

  static String render(Headers headers) {
    StringBuilder sb = new StringBuilder("{");
    for (int i = 0; i < headers.size(); i++) {
      if (i > 0) {
        sb.append(", ");
      }
      String name = headers.name(i);
      sb.append(name).append('=').append(SAFE_HEADERS.contains(name) ? headers.value(i) : "REDACTED");
    }
    return sb.append('}').toString();
  }
}
