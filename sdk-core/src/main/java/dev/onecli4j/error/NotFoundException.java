package dev.onecli4j.error;

import java.util.List;
import java.util.Map;

/** The server answered 404 Not Found: the resource or route does not exist. */
public class NotFoundException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from the response headers and the parsed body.
   *
   * @param headers the response headers
   * @param body the parsed error body
   */
  public NotFoundException(Map<String, List<String>> headers, ErrorBody body) {
    super(404, headers, body);
  }
}
