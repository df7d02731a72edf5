package dev.onecli4j.error;

import java.util.List;
import java.util.Map;

/** The server answered 503 Service Unavailable: the server is overloaded or down for maintenance. */
public class ServiceUnavailableException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from the response headers and the parsed body.
   *
   * @param headers the response headers
   * @param body the parsed error body
   */
  public ServiceUnavailableException(Map<String, List<String>> headers, ErrorBody body) {
    super(503, headers, body);
  }
}
