package dev.onecli4j.error;

import java.util.List;
import java.util.Map;

/** The server answered 502 Bad Gateway: a proxy in front of the server got no valid answer. */
public class BadGatewayException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from the response headers and the parsed body.
   *
   * @param headers the response headers
   * @param body the parsed error body
   */
  public BadGatewayException(Map<String, List<String>> headers, ErrorBody body) {
    super(502, headers, body);
  }
}
