package dev.onecli4j.error;

/**
 * The client, or the client it was copied from with {@code withOptions}, was closed: the call
 * failed at once and nothing was sent.
 */
public class ClientClosedException extends OneCliException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with {@code message}.
   *
   * @param message the detail message
   */
  public ClientClosedException(String message) {
    super(message);
  }
}
