package dev.onecli4j.service.usersecrets;

import static dev.onecli4j.service.Futures.attempt;

import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.generated.usersecrets.api.SecretsApi;
import dev.onecli4j.generated.usersecrets.model.UserSecret;
import dev.onecli4j.generated.usersecrets.model.UserSecretList;
import dev.onecli4j.internal.http.HttpTransport;
import dev.onecli4j.preset.Preset;
import dev.onecli4j.preset.PresetSecrets;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The asynchronous twin of {@link UserSecretsService}: same calls, answers as futures. */
public final class UserSecretsServiceAsync {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from {@code UserSecrets.async().secrets()}. */
  public UserSecretsServiceAsync(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  /** Stores {@code value} for a built-in or custom preset; the server picks the variable name. */
  public CompletableFuture<UserSecret> createFromPreset(Preset preset, String value) {
    return createFromPreset(preset, value, RequestOptions.none());
  }

  /** Stores {@code value} for a preset, with per-call options. */
  public CompletableFuture<UserSecret> createFromPreset(Preset preset, String value, RequestOptions options) {
    if (preset != null && value != null) {
      PresetSecrets.warnIfUnlike(preset, value);
    }
    return createFromPreset(preset == null ? null : preset.provider(), value, options);
  }

  /** Stores {@code value} for a known provider; the server picks the variable name. */
  public CompletableFuture<UserSecret> createFromPreset(String provider, String value) {
    return createFromPreset(provider, value, RequestOptions.none());
  }

  /** Stores {@code value} for a known provider, with per-call options. */
  public CompletableFuture<UserSecret> createFromPreset(String provider, String value, RequestOptions options) {
    return attempt(
        () -> transport.executeAsync(
            SecretsApi.createUserSecretFromPresetRequest(UserSecretRequests.preset(provider, value)), options));
  }

  /** Stores a secret described by {@code params}. */
  public CompletableFuture<UserSecret> create(UserSecretCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /** Stores a secret described by {@code params}, with per-call options. */
  public CompletableFuture<UserSecret> create(UserSecretCreateParams params, RequestOptions options) {
    return attempt(() -> transport.executeAsync(SecretsApi.createUserSecretRequest(params.toRequest()), options));
  }

  /** Lists the caller's secrets, values masked. */
  public CompletableFuture<UserSecretList> list() {
    return list(RequestOptions.none());
  }

  /** Lists the caller's secrets, with per-call options. */
  public CompletableFuture<UserSecretList> list(RequestOptions options) {
    return attempt(() -> transport.executeAsync(SecretsApi.listUserSecretsRequest(), options));
  }

  /** Replaces the value of secret {@code secretId}. */
  public CompletableFuture<UserSecret> rotate(String secretId, String newValue) {
    return rotate(secretId, newValue, RequestOptions.none());
  }

  /** Replaces the value of secret {@code secretId}, with per-call options. */
  public CompletableFuture<UserSecret> rotate(String secretId, String newValue, RequestOptions options) {
    return attempt(
        () -> transport.executeAsync(
            SecretsApi.rotateUserSecretRequest(secretId, UserSecretRequests.rotate(secretId, newValue)), options));
  }

  /** Deletes secret {@code secretId}. */
  public CompletableFuture<Void> delete(String secretId) {
    return delete(secretId, RequestOptions.none());
  }

  /** Deletes secret {@code secretId}, with per-call options. */
  public CompletableFuture<Void> delete(String secretId, RequestOptions options) {
    return attempt(
        () -> {
          UserSecretRequests.id("delete", secretId);
          return transport.executeAsync(SecretsApi.deleteUserSecretRequest(secretId), options);
        });
  }
}
