package dev.onecli4j.service;

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

/** Customer organizations the partner account creates and manages until they are claimed. */
public final class PartnerOrgsService {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from {@code client.partner().orgs()}. */
  public PartnerOrgsService(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  /** Lists the customer organizations with their claim state. */
  public List<PartnerOrg> list() {
    return list(RequestOptions.none());
  }

  /** Lists the customer organizations, with per-call options. */
  public List<PartnerOrg> list(RequestOptions options) {
    return transport.execute(PartnerOrganizationsApi.listPartnerOrgsRequest(), options);
  }

  /** Creates a customer organization; its keys, agent token and claim link appear only in this answer. */
  public CreatePartnerOrgResponse create(String name) {
    return create(name, RequestOptions.none());
  }

  /** Creates a customer organization, with per-call options. */
  public CreatePartnerOrgResponse create(String name, RequestOptions options) {
    Problems.of("create").requiredText("name", name).throwIfAny();
    return transport.execute(
        PartnerOrganizationsApi.createPartnerOrgRequest(PartnerOrgCreateRequest.builder().name(name).build()),
        options);
  }

  /** Gets one customer organization with its claim state and projects. */
  public PartnerOrg get(String orgId) {
    return get(orgId, RequestOptions.none());
  }

  /** Gets one customer organization, with per-call options. */
  public PartnerOrg get(String orgId, RequestOptions options) {
    Args.id("get", "orgId", orgId);
    return transport.execute(PartnerOrganizationsApi.getPartnerOrgRequest(orgId), options);
  }

  /** Deletes a customer organization and everything in it, as long as nobody claimed it. */
  public void delete(String orgId) {
    delete(orgId, RequestOptions.none());
  }

  /** Deletes an unclaimed customer organization, with per-call options. */
  public void delete(String orgId, RequestOptions options) {
    Args.id("delete", "orgId", orgId);
    transport.execute(PartnerOrganizationsApi.deletePartnerOrgRequest(orgId), options);
  }

  /** Issues a new claim link for an unclaimed organization; the old link stops working. */
  public ClaimLinkResponse reissueClaimLink(String orgId) {
    return reissueClaimLink(orgId, RequestOptions.none());
  }

  /** Issues a new claim link, with per-call options. */
  public ClaimLinkResponse reissueClaimLink(String orgId, RequestOptions options) {
    Args.id("reissueClaimLink", "orgId", orgId);
    return transport.execute(PartnerOrganizationsApi.reissuePartnerClaimLinkRequest(orgId), options);
  }

  /** Replaces the organization and default-project keys of an unclaimed organization. */
  public RotateTokensResponse rotateTokens(String orgId) {
    return rotateTokens(orgId, RequestOptions.none());
  }

  /** Replaces the keys of an unclaimed organization, with per-call options. */
  public RotateTokensResponse rotateTokens(String orgId, RequestOptions options) {
    Args.id("rotateTokens", "orgId", orgId);
    return transport.execute(PartnerOrganizationsApi.rotatePartnerOrgTokensRequest(orgId), options);
  }
}
