package dev.onecli4j.service;

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

/** App configuration and blocklists of the organization. */
public final class OrgAppsService {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from the client. */
  public OrgAppsService(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  /** Starts the OAuth flow of an app for the organization and returns the consent page to open. */
  public URI authorize(String provider) {
    return authorize(provider, RequestOptions.none());
  }

  /** Starts the OAuth flow of an app for the organization, with per-call options. */
  public URI authorize(String provider, RequestOptions options) {
    Args.id("authorize", "provider", provider);
    return redirect(OrganizationAppConfigApi.authorizeOrgAppRequest(provider, null, null), options);
  }

  /** Starts the OAuth flow of an app for the organization to reconnect or pick the organization. */
  public URI authorize(String provider, OrgAppAuthorizeParams params) {
    return authorize(provider, params, RequestOptions.none());
  }

  /** Starts the OAuth flow of an app for the organization with a query, with per-call options. */
  public URI authorize(String provider, OrgAppAuthorizeParams params, RequestOptions options) {
    Args.idAndParams("authorize", "provider", provider, params);
    return redirect(
        OrganizationAppConfigApi.authorizeOrgAppRequest(provider, params.connectionId(), params.org()), options);
  }

  /** Connects an app from credentials for every workspace of the organization. */
  public SuccessResponse connect(String provider, AppConnectParams params) {
    return connect(provider, params, RequestOptions.none());
  }

  /** Connects an app from credentials for the organization, with per-call options. */
  public SuccessResponse connect(String provider, AppConnectParams params, RequestOptions options) {
    Args.idAndParams("connect", "provider", provider, params);
    return transport.execute(
        OrganizationAppConfigApi.connectOrgAppRequest(provider, AppBodies.connect(params)), options);
  }

  /** Lists the providers whose own credentials are switched on for the organization. */
  public List<String> listConfigured() {
    return listConfigured(RequestOptions.none());
  }

  /** Lists the providers with their own organization credentials on, with per-call options. */
  public List<String> listConfigured(RequestOptions options) {
    return transport.execute(OrganizationAppConfigApi.listOrgConfiguredProvidersRequest(), options);
  }

  /** Gets the non-secret part of the organization's own credentials for an app. */
  public AppConfig getConfig(String provider) {
    return getConfig(provider, RequestOptions.none());
  }

  /** Gets the organization's own configuration of an app, with per-call options. */
  public AppConfig getConfig(String provider, RequestOptions options) {
    Args.id("getConfig", "provider", provider);
    return transport.execute(OrganizationAppConfigApi.getOrgAppConfigRequest(provider), options);
  }

  /** Creates or replaces the organization's own credentials for an app. */
  public SuccessResponse upsertConfig(String provider, Map<String, String> config) {
    return upsertConfig(provider, config, RequestOptions.none());
  }

  /** Creates or replaces the organization's own credentials, with per-call options. */
  public SuccessResponse upsertConfig(String provider, Map<String, String> config, RequestOptions options) {
    AppBodies.idAndValue("upsertConfig", "provider", provider, "config", config);
    return transport.execute(OrganizationAppConfigApi.upsertOrgAppConfigRequest(provider, config), options);
  }

  /** Removes the organization's own credentials for an app. */
  public void deleteConfig(String provider) {
    deleteConfig(provider, RequestOptions.none());
  }

  /** Removes the organization's own credentials, with per-call options. */
  public void deleteConfig(String provider, RequestOptions options) {
    Args.id("deleteConfig", "provider", provider);
    transport.execute(OrganizationAppConfigApi.deleteOrgAppConfigRequest(provider), options);
  }

  /** Turns the organization's own credentials for an app on or off. */
  public SuccessResponse toggleConfig(String provider, boolean enabled) {
    return toggleConfig(provider, enabled, RequestOptions.none());
  }

  /** Turns the organization's own credentials on or off, with per-call options. */
  public SuccessResponse toggleConfig(String provider, boolean enabled, RequestOptions options) {
    Args.id("toggleConfig", "provider", provider);
    return transport.execute(
        OrganizationAppConfigApi.toggleOrgAppConfigRequest(
            provider, AppConfigToggleRequest.builder().enabled(enabled).build()),
        options);
  }

  /** Gets the organization-level blocklist entries of an app. */
  public List<BlocklistHostState> getBlocklist(String provider) {
    return getBlocklist(provider, RequestOptions.none());
  }

  /** Gets the organization blocklist of an app, with per-call options. */
  public List<BlocklistHostState> getBlocklist(String provider, RequestOptions options) {
    Args.id("getBlocklist", "provider", provider);
    return transport.execute(OrganizationAppConfigApi.getOrgBlocklistRequest(provider), options);
  }

  /** Switches on a predefined host or adds a custom rule for the whole organization. */
  public BlocklistHostState addBlocklistEntry(String provider, BlocklistEntryAddRequest entry) {
    return addBlocklistEntry(provider, entry, RequestOptions.none());
  }

  /** Adds an organization blocklist entry, with per-call options. */
  public BlocklistHostState addBlocklistEntry(
      String provider, BlocklistEntryAddRequest entry, RequestOptions options) {
    AppBodies.idAndValue("addBlocklistEntry", "provider", provider, "entry", entry);
    return transport.execute(OrganizationAppConfigApi.addOrgBlocklistEntryRequest(provider, entry), options);
  }

  /** Turns an organization blocklist rule on or off. */
  public SuccessResponse toggleBlocklistRule(String provider, String ruleId, boolean enabled) {
    return toggleBlocklistRule(provider, ruleId, enabled, RequestOptions.none());
  }

  /** Turns an organization blocklist rule on or off, with per-call options. */
  public SuccessResponse toggleBlocklistRule(
      String provider, String ruleId, boolean enabled, RequestOptions options) {
    Args.ids("toggleBlocklistRule", "provider", provider, "ruleId", ruleId);
    return transport.execute(
        OrganizationAppConfigApi.toggleOrgBlocklistRuleRequest(
            provider, ruleId, BlocklistRuleToggleRequest.builder().enabled(enabled).build()),
        options);
  }

  /** Deletes an organization blocklist rule. */
  public void removeBlocklistRule(String provider, String ruleId) {
    removeBlocklistRule(provider, ruleId, RequestOptions.none());
  }

  /** Deletes an organization blocklist rule, with per-call options. */
  public void removeBlocklistRule(String provider, String ruleId, RequestOptions options) {
    Args.ids("removeBlocklistRule", "provider", provider, "ruleId", ruleId);
    transport.execute(OrganizationAppConfigApi.removeOrgBlocklistRuleRequest(provider, ruleId), options);
  }

  private URI redirect(ApiRequest<Void> request, RequestOptions options) {
    return AppBodies.location(transport, request, transport.executeRaw(request, options));
  }
}
