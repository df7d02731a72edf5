package dev.onecli4j.internal.http;

import java.util.concurrent.CompletableFuture;

/**
 * The future of an asynchronous call, and of every stage derived from it ({@code thenApply},
 * {@code thenCompose}, ...): cancelling any of them cancels the call itself, which closes its
 * connection and stops its retries.
 *
 * @param <T> the result type
 */
final class CallFuture<T> extends CompletableFuture<T> {
  private final Runnable cancelCall;

  CallFuture(Runnable cancelCall) {
    this.cancelCall = cancelCall;
  }

  @Override
  public <U> CompletableFuture<U> newIncompleteFuture() {
    return new CallFuture<>(cancelCall);
  }

  @Override
  public boolean cancel(boolean mayInterruptIfRunning) {
    boolean cancelled = super.cancel(mayInterruptIfRunning);
    if (cancelled) {
      cancelCall.run();
    }
    return cancelled;
  }
}
