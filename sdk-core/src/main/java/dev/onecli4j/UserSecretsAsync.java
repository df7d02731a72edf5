package dev.onecli4j;

import dev.onecli4j.internal.http.HttpTransport;
import dev.onecli4j.service.usersecrets.UserSecretsServicesAsync;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The asynchronous view of {@link UserSecrets}: every call returns a {@link CompletableFuture}. The
 * service accessors are generated from the API description.
 */
public final class UserSecretsAsync extends UserSecretsServicesAsync {
  private final HttpTransport transport;

  UserSecretsAsync(HttpTransport transport) {
    super(transport);
    this.transport = transport;
  }

  /**
   * Runs one call and completes with its raw answer and parsed body.
   *
   * @param <T> the result type of the future {@code call} returns
   * @param call the call to make on the client passed in
   * @return a future of the answer's status, headers, request id and attempts, with the parsed body
   */
  public <T> CompletableFuture<RawResponse<T>> withRawResponse(
      Function<? super UserSecretsAsync, CompletableFuture<T>> call) {
    return RawCapture.async(transport, UserSecretsAsync::new, call);
  }
}
