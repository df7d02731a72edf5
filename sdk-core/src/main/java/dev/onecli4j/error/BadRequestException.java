package dev.onecli4j.error;

import java.util.List;
import java.util.Map;

/** The server answered 400 Bad Request: the request was malformed or failed validation. */
public class BadRequestException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from the response headers and the parsed body.
   *
   * @param headers the response headers
   * @param body the parsed error body
   */
  public BadRequestException(Map<String, List<String>> headers, ErrorBody body) {
    super(400, headers, body);
  }
}
