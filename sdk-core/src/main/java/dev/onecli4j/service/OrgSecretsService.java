package dev.onecli4j.service;

import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.generated.onecli.api.OrganizationSecretsApi;
import dev.onecli4j.generated.onecli.model.Secret;
import dev.onecli4j.generated.onecli.model.SecretCreated;
import dev.onecli4j.generated.onecli.model.SuccessResponse;
import dev.onecli4j.internal.http.HttpTransport;
import dev.onecli4j.param.SecretCreateParams;
import dev.onecli4j.param.SecretUpdateParams;
import java.util.List;
import java.util.Objects;

/** Secrets shared by every workspace of the organization; values are inline only. */
public final class OrgSecretsService {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from {@code client.org().secrets()}. */
  public OrgSecretsService(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  /** Lists the organization secrets; values are never returned. */
  public List<Secret> list() {
    return list(RequestOptions.none());
  }

  /** Lists the organization secrets, with per-call options. */
  public List<Secret> list(RequestOptions options) {
    return transport.execute(OrganizationSecretsApi.listOrgSecretsRequest(), options);
  }

  /** Creates an organization secret; a 1Password value is refused before sending. */
  public SecretCreated create(SecretCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /** Creates an organization secret, with per-call options. */
  public SecretCreated create(SecretCreateParams params, RequestOptions options) {
    Args.required("create", "params", params);
    return transport.execute(
        OrganizationSecretsApi.createOrgSecretRequest(SecretBodies.org(params)), options);
  }

  /** Changes an organization secret: renames, rotates its value or changes where it applies. */
  public SuccessResponse update(String secretId, SecretUpdateParams params) {
    return update(secretId, params, RequestOptions.none());
  }

  /** Changes an organization secret, with per-call options. */
  public SuccessResponse update(String secretId, SecretUpdateParams params, RequestOptions options) {
    Args.idAndParams("update", "secretId", secretId, params);
    return transport.execute(
        OrganizationSecretsApi.updateOrgSecretRequest(secretId, SecretBodies.org(params)), options);
  }

  /** Deletes an organization secret. */
  public void delete(String secretId) {
    delete(secretId, RequestOptions.none());
  }

  /** Deletes an organization secret, with per-call options. */
  public void delete(String secretId, RequestOptions options) {
    Args.id("delete", "secretId", secretId);
    transport.execute(OrganizationSecretsApi.deleteOrgSecretRequest(secretId), options);
  }
}
