package dev.onecli4j.service;

import static dev.onecli4j.service.Futures.attempt;

import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.generated.onecli.api.SecretsApi;
import dev.onecli4j.generated.onecli.model.Secret;
import dev.onecli4j.generated.onecli.model.SecretCreated;
import dev.onecli4j.generated.onecli.model.SuccessResponse;
import dev.onecli4j.internal.http.HttpTransport;
import dev.onecli4j.param.SecretCreateParams;
import dev.onecli4j.param.SecretUpdateParams;
import dev.onecli4j.preset.Preset;
import dev.onecli4j.preset.PresetOptions;
import dev.onecli4j.preset.PresetSecret;
import dev.onecli4j.preset.PresetSecrets;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The asynchronous twin of {@link SecretsService}. */
public final class SecretsServiceAsync {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from {@code OneCli.async().secrets()}. */
  public SecretsServiceAsync(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  /** Lists the secrets, including inherited organization ones; values are never returned. */
  public CompletableFuture<List<Secret>> list() {
    return list(RequestOptions.none());
  }

  /** Lists the secrets, with per-call options. */
  public CompletableFuture<List<Secret>> list(RequestOptions options) {
    return attempt(() -> transport.executeAsync(SecretsApi.listSecretsRequest(), options));
  }

  /** Creates a secret. */
  public CompletableFuture<SecretCreated> create(SecretCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /** Creates a secret, with per-call options. */
  public CompletableFuture<SecretCreated> create(SecretCreateParams params, RequestOptions options) {
    return attempt(
        () -> {
          Args.required("create", "params", params);
          return transport.executeAsync(SecretsApi.createSecretRequest(SecretBodies.project(params)), options);
        });
  }

  /** Stores a well-known key in one call, e.g. {@code createFromPreset(Preset.OPENAI, key)}. */
  public CompletableFuture<PresetSecret> createFromPreset(Preset preset, String value) {
    return createFromPreset(preset, value, PresetOptions.defaults());
  }

  /** Stores a well-known key with a chosen name, path pattern or workspace. */
  public CompletableFuture<PresetSecret> createFromPreset(Preset preset, String value, PresetOptions options) {
    return attempt(
        () -> {
          SecretCreateParams params = PresetSecrets.params(preset, value, options);
          return create(params, options.requestOptions())
              .thenApply(created -> PresetSecrets.result(preset, value, created));
        });
  }

  /** Changes a secret: renames, rotates its value, moves it or changes its injection. */
  public CompletableFuture<SuccessResponse> update(String secretId, SecretUpdateParams params) {
    return update(secretId, params, RequestOptions.none());
  }

  /** Changes a secret, with per-call options. */
  public CompletableFuture<SuccessResponse> update(
      String secretId, SecretUpdateParams params, RequestOptions options) {
    return attempt(
        () -> {
          Args.idAndParams("update", "secretId", secretId, params);
          return transport.executeAsync(
              SecretsApi.updateSecretRequest(secretId, SecretBodies.project(params)), options);
        });
  }

  /** Deletes a secret. */
  public CompletableFuture<Void> delete(String secretId) {
    return delete(secretId, RequestOptions.none());
  }

  /** Deletes a secret, with per-call options. */
  public CompletableFuture<Void> delete(String secretId, RequestOptions options) {
    return attempt(
        () -> {
          Args.id("delete", "secretId", secretId);
          return transport.executeAsync(SecretsApi.deleteSecretRequest(secretId), options);
        });
  }
}
