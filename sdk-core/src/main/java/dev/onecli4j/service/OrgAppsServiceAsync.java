package dev.onecli4j.service;

import static dev.onecli4j.service.Futures.attempt;

import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.generated.onecli.api.OrganizationAppConfigApi;
import dev.onecli4j.generated.onecli.model.AppConfig;
import dev.onecli4j.generated.onecli.model.AppConfigToggleRequest;
import dev.onecli4j.generated.onecli.model.BlocklistEntryAddRequest;
import dev.onecli4j.generated.onecli.model.BlocklistHostState;
import dev.onecli4j.generated.onecli.model.BlocklistRuleToggleRequest;
import dev.onecli4j.generated.onecli.model.SuccessResponse;
import dev.onecli4j.generated.runtime.ApiRequest;
import dev.onecli4j.internal.http.HttpTransport;
import dev.onecli4j.param.AppConnectParams;
import dev.onecli4j.param.OrgAppAuthorizeParams;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The asynchronous twin of {@link OrgAppsService}. */
public final class OrgAppsServiceAsync {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from the client. */
  public OrgAppsServiceAsync(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  /** Starts the OAuth flow of an app for the organization and returns the consent page to open. */
  public CompletableFuture<URI> authorize(String provider) {
    return authorize(provider, RequestOptions.none());
  }

  /** Starts the OAuth flow of an app for the organization, with per-call options. */
  public CompletableFuture<URI> authorize(String provider, RequestOptions options) {
    return attempt(
        () -> {
          Args.id("authorize", "provider", provider);
          return redirect(OrganizationAppConfigApi.authorizeOrgAppRequest(provider, null, null), options);
        });
  }

  /** Starts the OAuth flow of an app for the organization to reconnect or pick the organization. */
  public CompletableFuture<URI> authorize(String provider, OrgAppAuthorizeParams params) {
    return authorize(provider, params, RequestOptions.none());
  }

  /** Starts the OAuth flow of an app for the organization with a query, with per-call options. */
  public CompletableFuture<URI> authorize(String provider, OrgAppAuthorizeParams params, RequestOptions options) {
    return attempt(
        () -> {
          Args.idAndParams("authorize", "provider", provider, params);
          return redirect(
              OrganizationAppConfigApi.authorizeOrgAppRequest(provider, params.connectionId(), params.org()),
              options);
        });
  }

  /** Connects an app from credentials for every workspace of the organization. */
  public CompletableFuture<SuccessResponse> connect(String provider, AppConnectParams params) {
    return connect(provider, params, RequestOptions.none());
  }

  /** Connects an app from credentials for the organization, with per-call options. */
  public CompletableFuture<SuccessResponse> connect(
      String provider, AppConnectParams params, RequestOptions options) {
    return attempt(
        () -> {
          Args.idAndParams("connect", "provider", provider, params);
          return transport.executeAsync(
              OrganizationAppConfigApi.connectOrgAppRequest(provider, AppBodies.connect(params)), options);
        });
  }

  /** Lists the providers whose own credentials are switched on for the organization. */
  public CompletableFuture<List<String>> listConfigured() {
    return listConfigured(RequestOptions.none());
  }

  /** Lists the providers with their own organization credentials on, with per-call options. */
  public CompletableFuture<List<String>> listConfigured(RequestOptions options) {
    return attempt(() -> transport.executeAsync(OrganizationAppConfigApi.listOrgConfiguredProvidersRequest(), options));
  }

  /** Gets the non-secret part of the organization's own credentials for an app. */
  public CompletableFuture<AppConfig> getConfig(String provider) {
    return getConfig(provider, RequestOptions.none());
  }

  /** Gets the organization's own configuration of an app, with per-call options. */
  public CompletableFuture<AppConfig> getConfig(String provider, RequestOptions options) {
    return attempt(
        () -> {
          Args.id("getConfig", "provider", provider);
          return transport.executeAsync(OrganizationAppConfigApi.getOrgAppConfigRequest(provider), options);
        });
  }

  /** Creates or replaces the organization's own credentials for an app. */
  public CompletableFuture<SuccessResponse> upsertConfig(String provider, Map<String, String> config) {
    return upsertConfig(provider, config, RequestOptions.none());
  }

  /** Creates or replaces the organization's own credentials, with per-call options. */
  public CompletableFuture<SuccessResponse> upsertConfig(
      String provider, Map<String, String> config, RequestOptions options) {
    return attempt(
        () -> {
          AppBodies.idAndValue("upsertConfig", "provider", provider, "config", config);
          return transport.executeAsync(OrganizationAppConfigApi.upsertOrgAppConfigRequest(provider, config), options);
        });
  }

  /** Removes the organization's own credentials for an app. */
  public CompletableFuture<Void> deleteConfig(String provider) {
    return deleteConfig(provider, RequestOptions.none());
  }

  /** Removes the organization's own credentials, with per-call options. */
  public CompletableFuture<Void> deleteConfig(String provider, RequestOptions options) {
    return attempt(
        () -> {
          Args.id("deleteConfig", "provider", provider);
          return transport.executeAsync(OrganizationAppConfigApi.deleteOrgAppConfigRequest(provider), options);
        });
  }

  /** Turns the organization's own credentials for an app on or off. */
  public CompletableFuture<SuccessResponse> toggleConfig(String provider, boolean enabled) {
    return toggleConfig(provider, enabled, RequestOptions.none());
  }

  /** Turns the organization's own credentials on or off, with per-call options. */
  public CompletableFuture<SuccessResponse> toggleConfig(String provider, boolean enabled, RequestOptions options) {
    return attempt(
        () -> {
          Args.id("toggleConfig", "provider", provider);
          return transport.executeAsync(
              OrganizationAppConfigApi.toggleOrgAppConfigRequest(
                  provider, AppConfigToggleRequest.builder().enabled(enabled).build()),
              options);
        });
  }

  /** Gets the organization-level blocklist entries of an app. */
  public CompletableFuture<List<BlocklistHostState>> getBlocklist(String provider) {
    return getBlocklist(provider, RequestOptions.none());
  }

  /** Gets the organization blocklist of an app, with per-call options. */
  public CompletableFuture<List<BlocklistHostState>> getBlocklist(String provider, RequestOptions options) {
    return attempt(
        () -> {
          Args.id("getBlocklist", "provider", provider);
          return transport.executeAsync(OrganizationAppConfigApi.getOrgBlocklistRequest(provider), options);
        });
  }

  /** Switches on a predefined host or adds a custom rule for the whole organization. */
  public CompletableFuture<BlocklistHostState> addBlocklistEntry(String provider, BlocklistEntryAddRequest entry) {
    return addBlocklistEntry(provider, entry, RequestOptions.none());
  }

  /** Adds an organization blocklist entry, with per-call options. */
  public CompletableFuture<BlocklistHostState> addBlocklistEntry(
      String provider, BlocklistEntryAddRequest entry, RequestOptions options) {
    return attempt(
        () -> {
          AppBodies.idAndValue("addBlocklistEntry", "provider", provider, "entry", entry);
          return transport.executeAsync(OrganizationAppConfigApi.addOrgBlocklistEntryRequest(provider, entry), options);
        });
  }

  /** Turns an organization blocklist rule on or off. */
  public CompletableFuture<SuccessResponse> toggleBlocklistRule(String provider, String ruleId, boolean enabled) {
    return toggleBlocklistRule(provider, ruleId, enabled, RequestOptions.none());
  }

  /** Turns an organization blocklist rule on or off, with per-call options. */
  public CompletableFuture<SuccessResponse> toggleBlocklistRule(
      String provider, String ruleId, boolean enabled, RequestOptions options) {
    return attempt(
        () -> {
          Args.ids("toggleBlocklistRule", "provider", provider, "ruleId", ruleId);
          return transport.executeAsync(
              OrganizationAppConfigApi.toggleOrgBlocklistRuleRequest(
                  provider, ruleId, BlocklistRuleToggleRequest.builder().enabled(enabled).build()),
              options);
        });
  }

  /** Deletes an organization blocklist rule. */
  public CompletableFuture<Void> removeBlocklistRule(String provider, String ruleId) {
    return removeBlocklistRule(provider, ruleId, RequestOptions.none());
  }

  /** Deletes an organization blocklist rule, with per-call options. */
  public CompletableFuture<Void> removeBlocklistRule(String provider, String ruleId, RequestOptions options) {
    return attempt(
        () -> {
          Args.ids("removeBlocklistRule", "provider", provider, "ruleId", ruleId);
          return transport.executeAsync(
              OrganizationAppConfigApi.removeOrgBlocklistRuleRequest(provider, ruleId), options);
        });
  }

  private CompletableFuture<URI> redirect(ApiRequest<Void> request, RequestOptions options) {
    return transport
        .executeRawAsync(request, options)
        .thenApply(raw -> AppBodies.location(transport, request, raw));
  }
}
