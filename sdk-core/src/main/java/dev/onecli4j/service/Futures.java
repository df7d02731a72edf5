package dev.onecli4j.service;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** Helpers of the asynchronous services. */
public final class Futures {
  private Futures() {}

  /**
   * Runs {@code call}; if preparing the call throws (bad arguments, say), returns a failed
   * future instead, so that async methods report every error the same way.
   *
   * @param <T> the result type
   * @param call prepares and starts the call
   * @return the future {@code call} returns, or a future failed with what it threw
   */
  public static <T> CompletableFuture<T> attempt(Supplier<CompletableFuture<T>> call) {
    try {
      return call.get();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }
}
