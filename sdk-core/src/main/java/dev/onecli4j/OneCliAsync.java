package dev.onecli4j;

import dev.onecli4j.internal.http.HttpTransport;
import dev.onecli4j.service.OneCliServicesAsync;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The asynchronous view of {@link OneCli}: every call returns a {@link CompletableFuture}. The
 * service accessors are generated from the API description.
 */
public final class OneCliAsync extends OneCliServicesAsync {
  private final HttpTransport transport;

  OneCliAsync(HttpTransport transport) {
    super(transport);
    this.transport = transport;
  }

  /**
   * Runs one call and completes with its raw answer and parsed body:
   * {@code client.async().withRawResponse(c -> c.secrets().list())}.
   *
   * @param <T> the result type of the future {@code call} returns
   * @param call the call to make on the client passed in
   * @return a future of the answer's status, headers, request id and attempts, with the parsed body
   */
  public <T> CompletableFuture<RawResponse<T>> withRawResponse(
      Function<? super OneCliAsync, CompletableFuture<T>> call) {
    return RawCapture.async(transport, OneCliAsync::new, call);
  }
}
