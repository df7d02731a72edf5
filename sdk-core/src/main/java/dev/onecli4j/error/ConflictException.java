package dev.onecli4j.error;

import java.util.List;
import java.util.Map;

/** The server answered 409 Conflict: the request clashes with the current state, e.g. a duplicate. */
public class ConflictException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from the response headers and the parsed body.
   *
   * @param headers the response headers
   * @param body the parsed error body
   */
  public ConflictException(Map<String, List<String>> headers, ErrorBody body) {
    super(409, headers, body);
  }
}
