package dev.onecli4j.generated.runtime;

import java.util.concurrent.CompletableFuture;

/**
 * Sends a built {@link ApiRequest} and reads its answer. The generated API classes only
 * build requests; an implementation (sdk-core's) owns authentication, retries, logging and
 * the mapping of error answers to exceptions.
 */
public interface ApiTransport {

  /**
   * Sends the request and returns its parsed success body ({@code null} for empty answers).
   *
   * @param <T> the type of the parsed success body
   * @param request the built request
   * @return the parsed success body, or {@code null} for an empty answer
   */
  <T> T execute(ApiRequest<T> request);

  /**
   * Sends the request without blocking the caller.
   *
   * @param <T> the type of the parsed success body
   * @param request the built request
   * @return a future of the parsed success body, or of {@code null} for an empty answer
   */
  <T> CompletableFuture<T> executeAsync(ApiRequest<T> request);
}
