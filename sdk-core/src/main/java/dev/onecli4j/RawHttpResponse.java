package dev.onecli4j;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.onecli4j.error.InvalidResponseException;
import dev.onecli4j.internal.http.Answer;
import dev.onecli4j.internal.http.Json;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import okhttp3.Headers;
import okhttp3.MediaType;

/**
 * The success answer of a {@link OneCli#rawRequest} or {@link UserSecrets#rawRequest}: status,
 * headers and the body as the server sent it, readable as text or as a JSON tree. Error answers
 * never get here: they are thrown as the SDK's exceptions. Immutable.
 */
public final class RawHttpResponse {
  private final int status;
  private final Headers headers;
  private final byte[] body;
  private final int attempts;
  private final String requestId;

  private RawHttpResponse(Answer<byte[]> answer) {
    this.status = answer.status();
    this.headers = answer.headers();
    this.body = answer.body() == null ? new byte[0] : answer.body();
    this.attempts = answer.attempts();
    this.requestId = answer.requestId();
  }

  static RawHttpResponse of(Answer<byte[]> answer) {
    return new RawHttpResponse(answer);
  }

  /**
   * The HTTP status code, 2xx.
   *
   * @return the status
   */
  public int status() {
    return status;
  }

  /**
   * The response headers; lookups by name ignore case.
   *
   * @return the headers
   */
  public Headers headers() {
    return headers;
  }

  /**
   * The last value of header {@code name}.
   *
   * @param name the header's name
   * @return its value, or {@code null}
   */
  public String header(String name) {
    return headers.get(name);
  }

  /**
   * The server's request id ({@code X-Request-Id} or {@code Request-Id}).
   *
   * @return the id, or {@code null}
   */
  public String requestId() {
    return requestId;
  }

  /**
   * How many attempts the call took.
   *
   * @return 1 when it was not retried
   */
  public int attempts() {
    return attempts;
  }

  /**
   * The body's bytes, as received (after any gzip decoding).
   *
   * @return a copy of the body; empty when there was none
   */
  public byte[] bytes() {
    return body.clone();
  }

  /**
   * The body as text, in the charset of its {@code Content-Type} (UTF-8 when it names none).
   *
   * @return the text; empty when there was no body
   */
  public String text() {
    String type = header("Content-Type");
    MediaType media = type == null ? null : MediaType.parse(type);
    Charset charset = media == null ? StandardCharsets.UTF_8 : media.charset(StandardCharsets.UTF_8);
    return new String(body, charset);
  }

  /**
   * The body as a JSON tree.
   *
   * @return the tree; {@link MissingNode} when there was no body
   * @throws InvalidResponseException if the body is not JSON (the message never quotes it)
   */
  public JsonNode json() {
    if (body.length == 0) {
      return MissingNode.getInstance();
    }
    try {
      return Json.mapper().readTree(body);
    } catch (IOException e) {
      throw new InvalidResponseException(RawRequest.OPERATION_ID + ": the answer is not valid JSON", status, requestId());
    }
  }

  @Override
  public String toString() {
    return "RawHttpResponse{status=" + status + ", requestId=" + requestId() + ", attempts=" + attempts
        + ", bodyBytes=" + body.length + "}";
  }
}
