package dev.onecli4j.error;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The server answered 429 Too Many Requests; it may have said how long to wait. */
public class RateLimitException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** The delay the server asked for, or null. */
  private final Duration retryAfter;

  /**
   * Creates the exception; {@code retryAfter} is the delay the server asked for, or {@code null}.
   *
   * @param headers the response headers
   * @param body the parsed error body
   * @param retryAfter the delay the server asked for, or {@code null}
   */
  public RateLimitException(Map<String, List<String>> headers, ErrorBody body, Duration retryAfter) {
    super(429, headers, body);
    this.retryAfter = retryAfter;
  }

  /** {@return the delay the server asked for before the next attempt, if it named one} */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
