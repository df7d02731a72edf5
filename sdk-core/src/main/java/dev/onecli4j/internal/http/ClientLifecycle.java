package dev.onecli4j.internal.http;

import dev.onecli4j.error.ClientClosedException;

/**
 * Whether a client is closed. A copy made with {@code withOptions} has its own lifecycle under
 * its parent's: closing a client closes every copy made from it (they share its connection pool
 * and threads), while closing a copy closes that copy alone.
 */
final class ClientLifecycle {
  private final ClientLifecycle parent;
  private volatile boolean closed;

  private ClientLifecycle(ClientLifecycle parent) {
    this.parent = parent;
  }

  /** The lifecycle of a client built from options. */
  static ClientLifecycle root() {
    return new ClientLifecycle(null);
  }

  /** The lifecycle of a copy: closed when it or this one is closed. */
  ClientLifecycle child() {
    return new ClientLifecycle(this);
  }

  void close() {
    closed = true;
  }

  boolean isClosed() {
    for (ClientLifecycle l = this; l != null; l = l.parent) {
      if (l.closed) {
        return true;
      }
    }
    return false;
  }

  /** Throws the exception a call gets on a closed client. */
  void ensureOpen(String operationId) {
    if (isClosed()) {
      throw closed(operationId);
    }
  }

  static ClientClosedException closed(String operationId) {
    return new ClientClosedException(
        operationId + ": the client is closed (close() was called on it or on the client it was copied from); nothing was sent");
  }
}
