package dev.onecli4j.internal.http;

import dev.onecli4j.internal.text.Redaction;
import dev.onecli4j.http.RetryAfter;
import dev.onecli4j.http.Clock;
import com.fasterxml.jackson.databind.JsonNode;
import dev.onecli4j.error.ApiException;
import dev.onecli4j.error.ApiExceptions;
import dev.onecli4j.error.ErrorBody;
import dev.onecli4j.error.ErrorBodyParser;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/** Turns a non-success answer into its {@link ApiException}, reading a bounded prefix of the body. */
final class ErrorResponses {
  private ErrorResponses() {}

  static ApiException toException(
      Response response, byte[] requestBody, String apiKey, int maxBytes, Clock clock) {
    byte[] prefix = readPrefix(response.body(), maxBytes);
    // The header as sent: the parser reads the media type and charset itself.
    String contentType = response.header("Content-Type");
    Collection<String> secrets = knownSecrets(requestBody, apiKey, response.request().url());
    ErrorBody parsed =
        ErrorBodyParser.parse(response.code(), contentType, prefix, prefix.length, secrets);
    Map<String, List<String>> headers = response.headers().toMultimap();
    Duration retryAfter =
        response.code() == 429 ? RetryAfter.parse(response::header, clock).orElse(null) : null;
    return ApiExceptions.create(response.code(), headers, parsed, retryAfter);
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

  /**
   * The API key, every value under a sensitive key in the request body and every query value
   * under a sensitive name ({@code ?token=…}): what the server may echo back, to scrub from
   * messages and logs.
   */
  static Collection<String> knownSecrets(byte[] requestBody, String apiKey, HttpUrl url) {
    List<String> secrets = new ArrayList<>(2);
    if (apiKey != null) {
      secrets.add(apiKey);
    }
    if (url != null) {
      for (int i = 0; i < url.querySize(); i++) {
        String value = url.queryParameterValue(i);
        if (value != null && Redaction.isSensitiveKey(url.queryParameterName(i))) {
          secrets.add(value);
        }
      }
    }
    if (requestBody != null && requestBody.length > 0) {
      try {
        collect(Json.mapper().readTree(requestBody), false, secrets);
      } catch (IOException | RuntimeException e) {
        // Not JSON: nothing to collect.
      }
    }
    return secrets;
  }

  private static void collect(JsonNode node, boolean sensitive, List<String> out) {
    if (node == null) {
      return;
    }
    if (node.isValueNode()) {
      if (sensitive && !node.isNull()) {
        out.add(node.asText());
      }
      return;
    }
    if (node.isArray()) {
      for (JsonNode element : node) {
        collect(element, sensitive, out);
      }
      return;
    }
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      collect(field.getValue(), sensitive || Redaction.isSensitiveKey(field.getKey()), out);
    }
  }
}
