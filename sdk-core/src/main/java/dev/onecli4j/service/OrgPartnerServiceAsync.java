package dev.onecli4j.service;

import static dev.onecli4j.service.Futures.attempt;

import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.generated.onecli.api.OrganizationPartnerApi;
import dev.onecli4j.generated.onecli.model.PartnerLinkStatus;
import dev.onecli4j.generated.onecli.model.Secret;
import dev.onecli4j.generated.onecli.model.SuccessResponse;
import dev.onecli4j.internal.http.HttpTransport;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The asynchronous twin of {@link OrgPartnerService}. */
public final class OrgPartnerServiceAsync {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from {@code OneCli.async().org().partner()}. */
  public OrgPartnerServiceAsync(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  /** Lists the partner secrets the organization inherits; empty without a partner or after detaching. */
  public CompletableFuture<List<Secret>> listInheritedSecrets() {
    return listInheritedSecrets(RequestOptions.none());
  }

  /** Lists the inherited partner secrets, with per-call options. */
  public CompletableFuture<List<Secret>> listInheritedSecrets(RequestOptions options) {
    return attempt(() -> transport.executeAsync(OrganizationPartnerApi.listInheritedPartnerSecretsRequest(), options));
  }

  /** Tells whether a partner manages the organization and whether it has detached. */
  public CompletableFuture<PartnerLinkStatus> getStatus() {
    return getStatus(RequestOptions.none());
  }

  /** Tells whether a partner manages the organization, with per-call options. */
  public CompletableFuture<PartnerLinkStatus> getStatus(RequestOptions options) {
    return attempt(() -> transport.executeAsync(OrganizationPartnerApi.getPartnerStatusRequest(), options));
  }

  /** Stops inheriting partner secrets; the partner attribution stays. */
  public CompletableFuture<SuccessResponse> detach() {
    return detach(RequestOptions.none());
  }

  /** Stops inheriting partner secrets, with per-call options. */
  public CompletableFuture<SuccessResponse> detach(RequestOptions options) {
    return attempt(() -> transport.executeAsync(OrganizationPartnerApi.detachFromPartnerRequest(), options));
  }
}
