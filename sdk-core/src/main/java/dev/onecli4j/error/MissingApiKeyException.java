package dev.onecli4j.error;

/**
 * A call that needs an API key was made on a client built without one: it failed at once and
 * nothing was sent. A client without a key serves only the operations that need none, such as
 * {@code utility().health()}.
 */
public class MissingApiKeyException extends OneCliException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was refused and how to give a key
   */
  public MissingApiKeyException(String message) {
    super(message);
  }
}
