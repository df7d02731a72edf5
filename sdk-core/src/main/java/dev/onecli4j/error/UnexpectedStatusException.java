package dev.onecli4j.error;

import java.util.List;
import java.util.Map;

/** The server answered a status that has no exception of its own (e.g. 408, 418, 3xx, or a misused 1xx/2xx). */
public class UnexpectedStatusException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for {@code status} from the response headers and the parsed body.
   *
   * @param status the HTTP status of the answer
   * @param headers the response headers
   * @param body the parsed error body
   */
  public UnexpectedStatusException(int status, Map<String, List<String>> headers, ErrorBody body) {
    super(status, headers, body);
  }
}
