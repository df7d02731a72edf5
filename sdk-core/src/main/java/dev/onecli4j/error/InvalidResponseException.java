package dev.onecli4j.error;

import org.jspecify.annotations.Nullable;

/**
 * A success status whose body could not be read as the expected type: empty where JSON was due,
 * not JSON, or JSON of the wrong shape. The message never quotes the body.
 */
public class InvalidResponseException extends OneCliException {
  private static final long serialVersionUID = 1L;

  /** The HTTP status of the answer. */
  private final int status;
  /** The server's request id, or null. */
  private final String requestId;

  /**
   * Creates the exception for an answer with {@code status} and an optional request id.
   *
   * @param message the detail message
   * @param status the HTTP status of the answer
   * @param requestId the server's request id, or {@code null}
   */
  public InvalidResponseException(String message, int status, String requestId) {
    super(message + " (status " + status + (requestId == null ? "" : ", request id " + requestId) + ")");
    this.status = status;
    this.requestId = requestId;
  }

  /** {@return the HTTP status of the answer} */
  public int status() {
    return status;
  }

  /** {@return the server's request id, or {@code null}} */
  public @Nullable String requestId() {
    return requestId;
  }
}
