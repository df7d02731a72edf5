package dev.onecli4j.error;

import java.util.List;
import java.util.Map;

/** The server answered 504 Gateway Timeout: a proxy in front of the server timed out. */
public class GatewayTimeoutException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from the response headers and the parsed body.
   *
   * @param headers the response headers
   * @param body the parsed error body
   */
  public GatewayTimeoutException(Map<String, List<String>> headers, ErrorBody body) {
    super(504, headers, body);
  }
}
