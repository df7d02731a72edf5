package dev.onecli4j.error;

import java.util.List;
import java.util.Map;

/** The server answered 422 Unprocessable Entity: the request was well formed but invalid. */
public class UnprocessableEntityException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from the response headers and the parsed body.
   *
   * @param headers the response headers
   * @param body the parsed error body
   */
  public UnprocessableEntityException(Map<String, List<String>> headers, ErrorBody body) {
    super(422, headers, body);
  }
}
