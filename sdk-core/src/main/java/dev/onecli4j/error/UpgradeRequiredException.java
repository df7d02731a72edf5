package dev.onecli4j.error;

import java.util.List;
import java.util.Map;

/** The server answered 426 Upgrade Required: the client or protocol must be upgraded. */
public class UpgradeRequiredException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from the response headers and the parsed body.
   *
   * @param headers the response headers
   * @param body the parsed error body
   */
  public UpgradeRequiredException(Map<String, List<String>> headers, ErrorBody body) {
    super(426, headers, body);
  }
}
