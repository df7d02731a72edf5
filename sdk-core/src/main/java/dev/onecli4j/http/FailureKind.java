package dev.onecli4j.http;

/**
 * How an attempt failed when no HTTP answer arrived. The kind tells the {@link RetryPolicy}
 * whether the server can have acted on the request.
 */
public enum FailureKind {
  /**
   * The request never reached the server (DNS failure, connection refused, TLS handshake failure):
   * the server cannot have acted, so even a non-idempotent request is safe to retry.
   */
  CONNECT_FAILED,

  /**
   * The connection broke (reset, unexpected end of stream, ...) after the request may have been
   * sent: the server may have acted.
   */
  IO_AFTER_SEND,

  /** The per-attempt timeout fired: the server may have acted. */
  ATTEMPT_TIMEOUT
}
