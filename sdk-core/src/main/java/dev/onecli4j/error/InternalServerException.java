package dev.onecli4j.error;

import java.util.List;
import java.util.Map;

/** The server answered 500 Internal Server Error. */
public class InternalServerException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from the response headers and the parsed body.
   *
   * @param headers the response headers
   * @param body the parsed error body
   */
  public InternalServerException(Map<String, List<String>> headers, ErrorBody body) {
    super(500, headers, body);
  }
}
