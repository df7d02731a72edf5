package dev.onecli4j.service;

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

/** Partner secrets, inherited by every managed organization; values are inline only. */
public final class PartnerSecretsService {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from {@code client.partner().secrets()}. */
  public PartnerSecretsService(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  /** Lists the partner secrets; values are never returned. */
  public List<Secret> list() {
    return list(RequestOptions.none());
  }

  /** Lists the partner secrets, with per-call options. */
  public List<Secret> list(RequestOptions options) {
    return transport.execute(PartnerSecretsApi.listPartnerSecretsRequest(), options);
  }

  /** Creates a partner secret; a 1Password value is refused before sending. */
  public SecretCreated create(SecretCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /** Creates a partner secret, with per-call options. */
  public SecretCreated create(SecretCreateParams params, RequestOptions options) {
    Args.required("create", "params", params);
    return transport.execute(
        PartnerSecretsApi.createPartnerSecretRequest(SecretBodies.partner(params)), options);
  }

  /** Changes a partner secret: renames, rotates its value or changes where it applies. */
  public SuccessResponse update(String secretId, SecretUpdateParams params) {
    return update(secretId, params, RequestOptions.none());
  }

  /** Changes a partner secret, with per-call options. */
  public SuccessResponse update(String secretId, SecretUpdateParams params, RequestOptions options) {
    Args.idAndParams("update", "secretId", secretId, params);
    return transport.execute(
        PartnerSecretsApi.updatePartnerSecretRequest(secretId, SecretBodies.partner(params)), options);
  }

  /** Deletes a partner secret. */
  public void delete(String secretId) {
    delete(secretId, RequestOptions.none());
  }

  /** Deletes a partner secret, with per-call options. */
  public void delete(String secretId, RequestOptions options) {
    Args.id("delete", "secretId", secretId);
    transport.execute(PartnerSecretsApi.deletePartnerSecretRequest(secretId), options);
  }
}
