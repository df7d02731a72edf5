package dev.onecli4j;

import java.util.List;
import java.util.Map;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * A call's HTTP answer beside its parsed body: status, headers and request id.
 *
 * @param <T> the parsed body type
 */
public final class RawResponse<T> {
  private final int status;
  private final Headers headers;
  private final T body;
  private final int attempts;

  /**
   * Creates a raw response.
   *
   * @param status the HTTP status of the answer
   * @param headers the response headers
   * @param body the parsed body; {@code null} for answers without one
   * @param attempts how many attempts the call took
   */
  public RawResponse(int status, Headers headers, @Nullable T body, int attempts) {
    this.status = status;
    this.headers = headers;
    this.body = body;
    this.attempts = attempts;
  }

  /** {@return the HTTP status code} */
  public int status() {
    return status;
  }

  /** {@return response headers; lookups by name ignore case} */
  public Headers headers() {
    return headers;
  }

  /** {@return response headers as a map from lower-case name to values} */
  public Map<String, List<String>> headerMap() {
    return headers.toMultimap();
  }

  /**
   * The last value of header {@code name}, or {@code null}.
   *
   * @param name the header name, in any case
   * @return the last value of header {@code name}, or {@code null}
   */
  public @Nullable String header(String name) {
    return headers.get(name);
  }

  /**
   * {@return the server's request id ({@code X-Request-Id} or {@code Request-Id}), or {@code null}}
   */
  public @Nullable String requestId() {
    String id = header("X-Request-Id");
    return id != null ? id : header("Request-Id");
  }

  /** {@return the parsed body; {@code null} for answers without one} */
  public @Nullable T body() {
    return body;
  }

  /** {@return how many attempts the call took (1 when it was not retried)} */
  public int attempts() {
    return attempts;
  }

  /**
   * The same answer with another body.
   *
   * @param <R> the type of the new body
   * @param newBody the new body
   * @return the same answer with another body
   */
  public <R> RawResponse<R> withBody(R newBody) {
    return new RawResponse<>(status, headers, newBody, attempts);
  }

  @Override
  public String toString() {
    return "RawResponse{status=" + status + ", requestId=" + requestId() + ", attempts=" + attempts + "}";
  }
}
