package dev.onecli4j.internal.http;

import okhttp3.Headers;

/**
 * One call's final HTTP answer as the transport hands it up: status, headers, parsed body and
 * the number of attempts it took. The facade turns it into a {@code RawResponse}.
 *
 * @param <T> the parsed body type
 */
public final class Answer<T> {
  private final int status;
  private final Headers headers;
  private final T body;
  private final int attempts;

  Answer(int status, Headers headers, T body, int attempts) {
    this.status = status;
    this.headers = headers;
    this.body = body;
    this.attempts = attempts;
  }

  /** The HTTP status code. */
  public int status() {
    return status;
  }

  /** Response headers. */
  public Headers headers() {
    return headers;
  }

  /** The server's request id ({@code X-Request-Id} or {@code Request-Id}), or {@code null}. */
  public String requestId() {
    String id = headers.get("X-Request-Id");
    return id != null ? id : headers.get("Request-Id");
  }

  /** The parsed body; {@code null} for answers without one. */
  public T body() {
    return body;
  }

  /** How many attempts the call took. */
  public int attempts() {
    return attempts;
  }

  @Override
  public String toString() {
    return "Answer{status=" + status + ", attempts=" + attempts + "}";
  }
}
