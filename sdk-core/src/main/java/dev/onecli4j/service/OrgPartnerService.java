package dev.onecli4j.service;

import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.generated.onecli.api.OrganizationPartnerApi;
import dev.onecli4j.generated.onecli.model.PartnerLinkStatus;
import dev.onecli4j.generated.onecli.model.Secret;
import dev.onecli4j.generated.onecli.model.SuccessResponse;
import dev.onecli4j.internal.http.HttpTransport;
import java.util.List;
import java.util.Objects;

/** The organization's link to its partner account. */
public final class OrgPartnerService {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from {@code OneCli.org().partner()}. */
  public OrgPartnerService(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  /** Lists the partner secrets the organization inherits; empty without a partner or after detaching. */
  public List<Secret> listInheritedSecrets() {
    return listInheritedSecrets(RequestOptions.none());
  }

  /** Lists the inherited partner secrets, with per-call options. */
  public List<Secret> listInheritedSecrets(RequestOptions options) {
    return transport.execute(OrganizationPartnerApi.listInheritedPartnerSecretsRequest(), options);
  }

  /** Tells whether a partner manages the organization and whether it has detached. */
  public PartnerLinkStatus getStatus() {
    return getStatus(RequestOptions.none());
  }

  /** Tells whether a partner manages the organization, with per-call options. */
  public PartnerLinkStatus getStatus(RequestOptions options) {
    return transport.execute(OrganizationPartnerApi.getPartnerStatusRequest(), options);
  }

  /** Stops inheriting partner secrets; the partner attribution stays. */
  public SuccessResponse detach() {
    return detach(RequestOptions.none());
  }

  /** Stops inheriting partner secrets, with per-call options. */
  public SuccessResponse detach(RequestOptions options) {
    return transport.execute(OrganizationPartnerApi.detachFromPartnerRequest(), options);
  }
}
