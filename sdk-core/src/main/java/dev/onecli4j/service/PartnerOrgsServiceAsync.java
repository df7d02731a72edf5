package dev.onecli4j.service;

import static dev.onecli4j.service.Futures.attempt;

import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.generated.onecli.api.PartnerOrganizationsApi;
import dev.onecli4j.generated.onecli.model.ClaimLinkResponse;
import dev.onecli4j.generated.onecli.model.CreatePartnerOrgResponse;
import dev.onecli4j.generated.onecli.model.PartnerOrg;
import dev.onecli4j.generated.onecli.model.PartnerOrgCreateRequest;
import dev.onecli4j.generated.onecli.model.RotateTokensResponse;
import dev.onecli4j.internal.http.HttpTransport;
import dev.onecli4j.validation.Problems;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The asynchronous twin of {@link PartnerOrgsService}. */
public final class PartnerOrgsServiceAsync {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from {@code client.async().partner().orgs()}. */
  public PartnerOrgsServiceAsync(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  /** Lists the customer organizations with their claim state. */
  public CompletableFuture<List<PartnerOrg>> list() {
    return list(RequestOptions.none());
  }

  /** Lists the customer organizations, with per-call options. */
  public CompletableFuture<List<PartnerOrg>> list(RequestOptions options) {
    return attempt(() -> transport.executeAsync(PartnerOrganizationsApi.listPartnerOrgsRequest(), options));
  }

  /** Creates a customer organization; its keys, agent token and claim link appear only in this answer. */
  public CompletableFuture<CreatePartnerOrgResponse> create(String name) {
    return create(name, RequestOptions.none());
  }

  /** Creates a customer organization, with per-call options. */
  public CompletableFuture<CreatePartnerOrgResponse> create(String name, RequestOptions options) {
    return attempt(
        () -> {
          Problems.of("create").requiredText("name", name).throwIfAny();
          return transport.executeAsync(
              PartnerOrganizationsApi.createPartnerOrgRequest(
                  PartnerOrgCreateRequest.builder().name(name).build()),
              options);
        });
  }

  /** Gets one customer organization with its claim state and projects. */
  public CompletableFuture<PartnerOrg> get(String orgId) {
    return get(orgId, RequestOptions.none());
  }

  /** Gets one customer organization, with per-call options. */
  public CompletableFuture<PartnerOrg> get(String orgId, RequestOptions options) {
    return attempt(
        () -> {
          Args.id("get", "orgId", orgId);
          return transport.executeAsync(PartnerOrganizationsApi.getPartnerOrgRequest(orgId), options);
        });
  }

  /** Deletes a customer organization and everything in it, as long as nobody claimed it. */
  public CompletableFuture<Void> delete(String orgId) {
    return delete(orgId, RequestOptions.none());
  }

  /** Deletes an unclaimed customer organization, with per-call options. */
  public CompletableFuture<Void> delete(String orgId, RequestOptions options) {
    return attempt(
        () -> {
          Args.id("delete", "orgId", orgId);
          return transport.executeAsync(PartnerOrganizationsApi.deletePartnerOrgRequest(orgId), options);
        });
  }

  /** Issues a new claim link for an unclaimed organization; the old link stops working. */
  public CompletableFuture<ClaimLinkResponse> reissueClaimLink(String orgId) {
    return reissueClaimLink(orgId, RequestOptions.none());
  }

  /** Issues a new claim link, with per-call options. */
  public CompletableFuture<ClaimLinkResponse> reissueClaimLink(String orgId, RequestOptions options) {
    return attempt(
        () -> {
          Args.id("reissueClaimLink", "orgId", orgId);
          return transport.executeAsync(
              PartnerOrganizationsApi.reissuePartnerClaimLinkRequest(orgId), options);
        });
  }

  /** Replaces the organization and default-project keys of an unclaimed organization. */
  public CompletableFuture<RotateTokensResponse> rotateTokens(String orgId) {
    return rotateTokens(orgId, RequestOptions.none());
  }

  /** Replaces the keys of an unclaimed organization, with per-call options. */
  public CompletableFuture<RotateTokensResponse> rotateTokens(String orgId, RequestOptions options) {
    return attempt(
        () -> {
          Args.id("rotateTokens", "orgId", orgId);
          return transport.executeAsync(
              PartnerOrganizationsApi.rotatePartnerOrgTokensRequest(orgId), options);
        });
  }
}
