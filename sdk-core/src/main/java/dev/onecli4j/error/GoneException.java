package dev.onecli4j.error;

import java.util.List;
import java.util.Map;

/** The server answered 410 Gone: the route or resource was removed. */
public class GoneException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from the response headers and the parsed body.
   *
   * @param headers the response headers
   * @param body the parsed error body
   */
  public GoneException(Map<String, List<String>> headers, ErrorBody body) {
    super(410, headers, body);
  }
}
