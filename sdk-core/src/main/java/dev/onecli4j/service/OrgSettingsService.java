package dev.onecli4j.service;

import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.generated.onecli.api.OrganizationSettingsApi;
import dev.onecli4j.generated.onecli.model.OrgSettings;
import dev.onecli4j.generated.onecli.model.OrgSettingsUpdateRequest;
import dev.onecli4j.generated.onecli.model.PolicyMode;
import dev.onecli4j.internal.http.HttpTransport;
import java.util.Objects;

/** Settings of the organization. */
public final class OrgSettingsService {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from {@code OneCli.org().settings()}. */
  public OrgSettingsService(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  /** Gets the organization settings. */
  public OrgSettings get() {
    return get(RequestOptions.none());
  }

  /** Gets the organization settings, with per-call options. */
  public OrgSettings get(RequestOptions options) {
    return transport.execute(OrganizationSettingsApi.getOrgSettingsRequest(), options);
  }

  /** Changes the policy mode: allow unless a rule blocks, or deny unless a rule allows. */
  public OrgSettings update(PolicyMode policyMode) {
    return update(policyMode, RequestOptions.none());
  }

  /** Changes the policy mode, with per-call options. */
  public OrgSettings update(PolicyMode policyMode, RequestOptions options) {
    Args.required("update", "policyMode", policyMode);
    return transport.execute(
        OrganizationSettingsApi.updateOrgSettingsRequest(
            OrgSettingsUpdateRequest.builder().policyMode(policyMode).build()),
        options);
  }
}
