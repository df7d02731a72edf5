package dev.onecli4j.error;

import java.util.List;
import java.util.Map;

/** The server answered 401 Unauthorized: the credentials are missing or invalid. */
public class AuthenticationException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from the response headers and the parsed body.
   *
   * @param headers the response headers
   * @param body the parsed error body
   */
  public AuthenticationException(Map<String, List<String>> headers, ErrorBody body) {
    super(401, headers, body);
  }
}
