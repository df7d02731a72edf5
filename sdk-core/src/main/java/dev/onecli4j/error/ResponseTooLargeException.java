package dev.onecli4j.error;

/**
 * A success answer's body (as decoded, after any gzip) was larger than the client's {@code
 * maxResponseBodyBytes}; reading stopped at the limit. Not retried.
 */
public class ResponseTooLargeException extends InvalidResponseException {
  private static final long serialVersionUID = 1L;

  /** The byte limit the body passed. */
  private final long limit;

  /**
   * Creates the exception for an answer with {@code status} whose body passed {@code limit} bytes.
   *
   * @param message the detail message
   * @param status the HTTP status of the answer
   * @param requestId the server's request id, or {@code null}
   * @param limit the byte limit the body passed
   */
  public ResponseTooLargeException(String message, int status, String requestId, long limit) {
    super(message, status, requestId);
    this.limit = limit;
  }

  /** {@return the limit in bytes that the body passed} */
  public long limit() {
    return limit;
  }
}
