package dev.onecli4j.service;

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

/** Secrets of the current workspace: credentials the gateway injects into matching requests. */
public final class SecretsService {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from {@code OneCli.secrets()}. */
  public SecretsService(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  /** Lists the secrets, including inherited organization ones; values are never returned. */
  public List<Secret> list() {
    return list(RequestOptions.none());
  }

  /** Lists the secrets, with per-call options. */
  public List<Secret> list(RequestOptions options) {
    return transport.execute(SecretsApi.listSecretsRequest(), options);
  }

  /** Creates a secret. */
  public SecretCreated create(SecretCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /** Creates a secret, with per-call options. */
  public SecretCreated create(SecretCreateParams params, RequestOptions options) {
    Args.required("create", "params", params);
    return transport.execute(SecretsApi.createSecretRequest(SecretBodies.project(params)), options);
  }

  /**
   * Stores a well-known key in one call: {@code createFromPreset(Preset.OPENAI, key)} creates
   * an OpenAI secret for {@code api.openai.com} named after the preset.
   */
  public PresetSecret createFromPreset(Preset preset, String value) {
    return createFromPreset(preset, value, PresetOptions.defaults());
  }

  /** Stores a well-known key with a chosen name, path pattern or workspace. */
  public PresetSecret createFromPreset(Preset preset, String value, PresetOptions options) {
    SecretCreateParams params = PresetSecrets.params(preset, value, options);
    return PresetSecrets.result(preset, value, create(params, options.requestOptions()));
  }

  /** Changes a secret: renames, rotates its value, moves it or changes its injection. */
  public SuccessResponse update(String secretId, SecretUpdateParams params) {
    return update(secretId, params, RequestOptions.none());
  }

  /** Changes a secret, with per-call options. */
  public SuccessResponse update(String secretId, SecretUpdateParams params, RequestOptions options) {
    Args.idAndParams("update", "secretId", secretId, params);
    return transport.execute(SecretsApi.updateSecretRequest(secretId, SecretBodies.project(params)), options);
  }

  /** Deletes a secret. */
  public void delete(String secretId) {
    delete(secretId, RequestOptions.none());
  }

  /** Deletes a secret, with per-call options. */
  public void delete(String secretId, RequestOptions options) {
    Args.id("delete", "secretId", secretId);
    transport.execute(SecretsApi.deleteSecretRequest(secretId), options);
  }
}
