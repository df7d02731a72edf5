package dev.onecli4j.service.usersecrets;

import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.generated.usersecrets.api.SecretsApi;
import dev.onecli4j.generated.usersecrets.model.PresetSecretCreateRequest;
import dev.onecli4j.generated.usersecrets.model.UserSecret;
import dev.onecli4j.generated.usersecrets.model.UserSecretCreateRequest;
import dev.onecli4j.generated.usersecrets.model.UserSecretList;
import dev.onecli4j.generated.usersecrets.model.UserSecretRotateRequest;
import dev.onecli4j.internal.http.HttpTransport;
import dev.onecli4j.preset.Preset;
import dev.onecli4j.preset.PresetSecrets;
import java.util.Objects;

/** The caller's own secrets in the user-secrets API: create, list, rotate, delete. */
public final class UserSecretsService {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from {@code UserSecrets.secrets()}. */
  public UserSecretsService(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  /** Stores {@code value} for a built-in or custom preset; the server picks the variable name. */
  public UserSecret createFromPreset(Preset preset, String value) {
    return createFromPreset(preset, value, RequestOptions.none());
  }

  /** Stores {@code value} for a preset, with per-call options. */
  public UserSecret createFromPreset(Preset preset, String value, RequestOptions options) {
    if (preset != null && value != null) {
      PresetSecrets.warnIfUnlike(preset, value);
    }
    return createFromPreset(preset == null ? null : preset.provider(), value, options);
  }

  /** Stores {@code value} for a known provider; the server picks the variable name. */
  public UserSecret createFromPreset(String provider, String value) {
    return createFromPreset(provider, value, RequestOptions.none());
  }

  /** Stores {@code value} for a known provider, with per-call options. */
  public UserSecret createFromPreset(String provider, String value, RequestOptions options) {
    return transport.execute(SecretsApi.createUserSecretFromPresetRequest(UserSecretRequests.preset(provider, value)), options);
  }

  /** Stores {@code value} under the environment variable {@code name}. */
  public UserSecret create(String name, String value) {
    return create(UserSecretCreateParams.builder().name(name).value(value).build());
  }

  /** Stores a secret described by {@code params}. */
  public UserSecret create(UserSecretCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /** Stores a secret described by {@code params}, with per-call options. */
  public UserSecret create(UserSecretCreateParams params, RequestOptions options) {
    return transport.execute(SecretsApi.createUserSecretRequest(params.toRequest()), options);
  }

  /** Lists the caller's secrets, values masked. */
  public UserSecretList list() {
    return list(RequestOptions.none());
  }

  /** Lists the caller's secrets, with per-call options. */
  public UserSecretList list(RequestOptions options) {
    return transport.execute(SecretsApi.listUserSecretsRequest(), options);
  }

  /** Replaces the value of secret {@code secretId}. */
  public UserSecret rotate(String secretId, String newValue) {
    return rotate(secretId, newValue, RequestOptions.none());
  }

  /** Replaces the value of secret {@code secretId}, with per-call options. */
  public UserSecret rotate(String secretId, String newValue, RequestOptions options) {
    return transport.execute(SecretsApi.rotateUserSecretRequest(secretId, UserSecretRequests.rotate(secretId, newValue)), options);
  }

  /** Deletes secret {@code secretId}. */
  public void delete(String secretId) {
    delete(secretId, RequestOptions.none());
  }

  /** Deletes secret {@code secretId}, with per-call options. */
  public void delete(String secretId, RequestOptions options) {
    UserSecretRequests.id("delete", secretId);
    transport.execute(SecretsApi.deleteUserSecretRequest(secretId), options);
  }
}
