package dev.onecli4j.error;

import java.util.List;
import java.util.Map;

/** The server answered 403 Forbidden: the credentials may not perform this operation. */
public class PermissionDeniedException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from the response headers and the parsed body.
   *
   * @param headers the response headers
   * @param body the parsed error body
   */
  public PermissionDeniedException(Map<String, List<String>> headers, ErrorBody body) {
    super(403, headers, body);
  }
}
