package dev.onecli4j.testing;

/** Ends the handling of a request early with an error {@link Reply}. */
final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Reply reply;

  ApiError(Reply reply) {
    super(null, null, false, false);
    this.reply = reply;
  }

  Reply reply() {
    return reply;
  }
}
