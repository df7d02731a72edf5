package dev.onecli4j.service;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** Helpers of the asynchronous services. */
public final class Futures {
  private Futures() {}

  /**
   * Runs {@code call}; if preparing the call throws (bad arguments, say), returns a failed
   * future instead, so that async methods report every error the same way.
   */
  public static <T> CompletableFuture<T> attempt(Supplier<CompletableFuture<T>> call) {
    try {
      return call.get();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }
}
