package dev.onecli4j.service;

import static dev.onecli4j.service.Futures.attempt;

import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.generated.onecli.api.OrganizationSettingsApi;
import dev.onecli4j.generated.onecli.model.OrgSettings;
import dev.onecli4j.generated.onecli.model.OrgSettingsUpdateRequest;
import dev.onecli4j.generated.onecli.model.PolicyMode;
import dev.onecli4j.internal.http.HttpTransport;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The asynchronous twin of {@link OrgSettingsService}. */
public final class OrgSettingsServiceAsync {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from {@code OneCli.async().org().settings()}. */
  public OrgSettingsServiceAsync(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  /** Gets the organization settings. */
  public CompletableFuture<OrgSettings> get() {
    return get(RequestOptions.none());
  }

  /** Gets the organization settings, with per-call options. */
  public CompletableFuture<OrgSettings> get(RequestOptions options) {
    return attempt(() -> transport.executeAsync(OrganizationSettingsApi.getOrgSettingsRequest(), options));
  }

  /** Changes the policy mode: allow unless a rule blocks, or deny unless a rule allows. */
  public CompletableFuture<OrgSettings> update(PolicyMode policyMode) {
    return update(policyMode, RequestOptions.none());
  }

  /** Changes the policy mode, with per-call options. */
  public CompletableFuture<OrgSettings> update(PolicyMode policyMode, RequestOptions options) {
    return attempt(
        () -> {
          Args.required("update", "policyMode", policyMode);
          return transport.executeAsync(
              OrganizationSettingsApi.updateOrgSettingsRequest(
                  OrgSettingsUpdateRequest.builder().policyMode(policyMode).build()),
              options);
        });
  }
}
