package dev.onecli4j.internal.http;

import dev.onecli4j.internal.text.KnownSecrets;
import dev.onecli4j.internal.text.ScrubbedHeaders;
import dev.onecli4j.http.RetryAfter;
import dev.onecli4j.http.Clock;
import dev.onecli4j.error.ApiException;
import dev.onecli4j.error.ApiExceptions;
import dev.onecli4j.error.ErrorBody;
import dev.onecli4j.error.ErrorBodyParser;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/** Turns a non-success answer into its {@link ApiException}, reading a bounded prefix of the body. */
final class ErrorResponses {
  private ErrorResponses() {}

  static ApiException toException(Response response, KnownSecrets secrets, int maxBytes, Clock clock) {
    byte[] prefix = readPrefix(response.body(), maxBytes);
    // The header as sent: the parser reads the media type and charset itself.
    String contentType = response.header("Content-Type");
    ErrorBody parsed = ErrorBodyParser.parseWith(response.code(), contentType, prefix, prefix.length, secrets);
    Map<String, List<String>> headers = maskedHeaders(response.headers(), secrets);
    Duration retryAfter =
        response.code() == 429 ? RetryAfter.parse(response::header, clock).orElse(null) : null;
    return ApiExceptions.create(response.code(), headers, parsed, retryAfter);
  }

  /** The response headers with every credential of the request that they echo masked. */
  static Map<String, List<String>> maskedHeaders(Headers headers, KnownSecrets secrets) {
    return ScrubbedHeaders.of(headers, secrets);
  }

  /**
   * At most {@code maxBytes} of the body; a body cut short yields what arrived. Consumes what it
   * returns (the caller closes the response next): reading, rather than copying, hands okio's
   * segments back to its pool, where a copy would share them and leave a fresh 8 KiB segment to be
   * allocated by the next call.
   */
  static byte[] readPrefix(ResponseBody body, int maxBytes) {
    BufferedSource source = body.source();
    try {
      source.request(maxBytes);
    } catch (IOException e) {
      // A truncated or reset body: parse what arrived.
    }
    Buffer buffer = source.getBuffer();
    try {
      return buffer.readByteArray(Math.min(buffer.size(), maxBytes));
    } catch (IOException e) {
      return new byte[0]; // not reached: the buffer holds at least that many bytes
    }
  }
}
