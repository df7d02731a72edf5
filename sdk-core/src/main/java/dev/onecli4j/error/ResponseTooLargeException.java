package dev.onecli4j.error;

/**
 * A success answer's body (as decoded, after any gzip) was larger than the client's {@code
 * maxResponseBodyBytes}; reading stopped at the limit. Not retried.
 */
public class ResponseTooLargeException extends InvalidResponseException {
  private static final long serialVersionUID = 1L;

  private final long limit;

  /** Creates the exception for an answer with {@code status} whose body passed {@code limit} bytes. */
  public ResponseTooLargeException(String message, int status, String requestId, long limit) {
    super(message, status, requestId);
    this.limit = limit;
  }

  /** The limit in bytes that the body passed. */
  public long limit() {
    return limit;
  }
}
