package dev.onecli4j;

import dev.onecli4j.internal.http.HttpTransport;
import dev.onecli4j.service.usersecrets.ProviderPresetsServiceAsync;
import dev.onecli4j.service.usersecrets.UserSecretsServiceAsync;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** The asynchronous view of {@link UserSecrets}: every call returns a {@link CompletableFuture}. */
public final class UserSecretsAsync {
  private final HttpTransport transport;
  private final UserSecretsServiceAsync secrets;
  private final ProviderPresetsServiceAsync presets;

  UserSecretsAsync(HttpTransport transport) {
    this.transport = transport;
    this.secrets = new UserSecretsServiceAsync(transport);
    this.presets = new ProviderPresetsServiceAsync(transport);
  }

  /** The caller's secrets. */
  public UserSecretsServiceAsync secrets() {
    return secrets;
  }

  /** The provider presets. */
  public ProviderPresetsServiceAsync presets() {
    return presets;
  }

  /** Runs one call and completes with its raw answer and parsed body. */
  public <T> CompletableFuture<RawResponse<T>> withRawResponse(
      Function<? super UserSecretsAsync, CompletableFuture<T>> call) {
    return RawCapture.async(transport, UserSecretsAsync::new, call);
  }
}
