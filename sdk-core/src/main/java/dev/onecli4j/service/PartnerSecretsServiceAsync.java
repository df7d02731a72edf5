package dev.onecli4j.service;

import static dev.onecli4j.service.Futures.attempt;

import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.generated.onecli.api.PartnerSecretsApi;
import dev.onecli4j.generated.onecli.model.Secret;
import dev.onecli4j.generated.onecli.model.SecretCreated;
import dev.onecli4j.generated.onecli.model.SuccessResponse;
import dev.onecli4j.internal.http.HttpTransport;
import dev.onecli4j.param.SecretCreateParams;
import dev.onecli4j.param.SecretUpdateParams;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The asynchronous twin of {@link PartnerSecretsService}. */
public final class PartnerSecretsServiceAsync {
  private final HttpTransport transport;

  /**
   * Binds the service to a transport; applications get it from {@code client.async().partner().secrets()}.
   */
  public PartnerSecretsServiceAsync(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  /** Lists the partner secrets; values are never returned. */
  public CompletableFuture<List<Secret>> list() {
    return list(RequestOptions.none());
  }

  /** Lists the partner secrets, with per-call options. */
  public CompletableFuture<List<Secret>> list(RequestOptions options) {
    return attempt(() -> transport.executeAsync(PartnerSecretsApi.listPartnerSecretsRequest(), options));
  }

  /** Creates a partner secret; a 1Password value is refused before sending. */
  public CompletableFuture<SecretCreated> create(SecretCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /** Creates a partner secret, with per-call options. */
  public CompletableFuture<SecretCreated> create(SecretCreateParams params, RequestOptions options) {
    return attempt(
        () -> {
          Args.required("create", "params", params);
          return transport.executeAsync(
              PartnerSecretsApi.createPartnerSecretRequest(SecretBodies.partner(params)), options);
        });
  }

  /** Changes a partner secret: renames, rotates its value or changes where it applies. */
  public CompletableFuture<SuccessResponse> update(String secretId, SecretUpdateParams params) {
    return update(secretId, params, RequestOptions.none());
  }

  /** Changes a partner secret, with per-call options. */
  public CompletableFuture<SuccessResponse> update(
      String secretId, SecretUpdateParams params, RequestOptions options) {
    return attempt(
        () -> {
          Args.idAndParams("update", "secretId", secretId, params);
          return transport.executeAsync(
              PartnerSecretsApi.updatePartnerSecretRequest(secretId, SecretBodies.partner(params)), options);
        });
  }

  /** Deletes a partner secret. */
  public CompletableFuture<Void> delete(String secretId) {
    return delete(secretId, RequestOptions.none());
  }

  /** Deletes a partner secret, with per-call options. */
  public CompletableFuture<Void> delete(String secretId, RequestOptions options) {
    return attempt(
        () -> {
          Args.id("delete", "secretId", secretId);
          return transport.executeAsync(PartnerSecretsApi.deletePartnerSecretRequest(secretId), options);
        });
  }
}
