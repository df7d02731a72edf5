package dev.onecli4j.service;

import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.generated.onecli.api.AppsApi;
import dev.onecli4j.generated.onecli.model.App;
import dev.onecli4j.generated.onecli.model.AppConfig;
import dev.onecli4j.generated.onecli.model.AppConfigToggleRequest;
import dev.onecli4j.generated.onecli.model.AppDetails;
import dev.onecli4j.generated.onecli.model.BlocklistEntryAddRequest;
import dev.onecli4j.generated.onecli.model.BlocklistHostState;
import dev.onecli4j.generated.onecli.model.BlocklistRuleToggleRequest;
import dev.onecli4j.generated.onecli.model.PermissionDefinition;
import dev.onecli4j.generated.onecli.model.SuccessResponse;
import dev.onecli4j.generated.runtime.ApiRequest;
import dev.onecli4j.internal.http.HttpTransport;
import dev.onecli4j.param.AppAuthorizeParams;
import dev.onecli4j.param.AppConnectParams;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The app catalog, app configuration, tool permissions and blocklists. */
public final class AppsService {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from the client. */
  public AppsService(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  /** Lists every app with its configuration and its connections in the workspace. */
  public List<App> list() {
    return list(RequestOptions.none());
  }

  /** Lists every app, with per-call options. */
  public List<App> list(RequestOptions options) {
    return transport.execute(AppsApi.listAppsRequest(), options);
  }

  /** Gets one app with its setup guidance. */
  public AppDetails get(String provider) {
    return get(provider, RequestOptions.none());
  }

  /** Gets one app, with per-call options. */
  public AppDetails get(String provider, RequestOptions options) {
    Args.id("get", "provider", provider);
    return transport.execute(AppsApi.getAppRequest(provider), options);
  }

  /** Starts the OAuth flow of an app and returns the consent page to open in a browser. */
  public URI authorize(String provider) {
    return authorize(provider, RequestOptions.none());
  }

  /** Starts the OAuth flow of an app, with per-call options. */
  public URI authorize(String provider, RequestOptions options) {
    Args.id("authorize", "provider", provider);
    return redirect(AppsApi.authorizeAppRequest(provider, null, null), options);
  }

  /** Starts the OAuth flow of an app to reconnect a connection or link an agent. */
  public URI authorize(String provider, AppAuthorizeParams params) {
    return authorize(provider, params, RequestOptions.none());
  }

  /** Starts the OAuth flow of an app with a query, with per-call options. */
  public URI authorize(String provider, AppAuthorizeParams params, RequestOptions options) {
    Args.idAndParams("authorize", "provider", provider, params);
    return redirect(AppsApi.authorizeAppRequest(provider, params.connectionId(), params.agentName()), options);
  }

  /** Connects an app from credentials such as an API key instead of OAuth. */
  public SuccessResponse connect(String provider, AppConnectParams params) {
    return connect(provider, params, RequestOptions.none());
  }

  /** Connects an app from credentials, with per-call options. */
  public SuccessResponse connect(String provider, AppConnectParams params, RequestOptions options) {
    Args.idAndParams("connect", "provider", provider, params);
    return transport.execute(AppsApi.connectAppRequest(provider, AppBodies.connect(params)), options);
  }

  /** Gets the non-secret part of the app's own (bring-your-own) credentials. */
  public AppConfig getConfig(String provider) {
    return getConfig(provider, RequestOptions.none());
  }

  /** Gets the app's own configuration, with per-call options. */
  public AppConfig getConfig(String provider, RequestOptions options) {
    Args.id("getConfig", "provider", provider);
    return transport.execute(AppsApi.getAppConfigRequest(provider), options);
  }

  /** Creates or replaces the app's own credentials; changed credentials may drop connections. */
  public SuccessResponse upsertConfig(String provider, Map<String, String> config) {
    return upsertConfig(provider, config, RequestOptions.none());
  }

  /** Creates or replaces the app's own credentials, with per-call options. */
  public SuccessResponse upsertConfig(String provider, Map<String, String> config, RequestOptions options) {
    AppBodies.idAndValue("upsertConfig", "provider", provider, "config", config);
    return transport.execute(AppsApi.upsertAppConfigRequest(provider, config), options);
  }

  /** Removes the app's own credentials. */
  public void deleteConfig(String provider) {
    deleteConfig(provider, RequestOptions.none());
  }

  /** Removes the app's own credentials, with per-call options. */
  public void deleteConfig(String provider, RequestOptions options) {
    Args.id("deleteConfig", "provider", provider);
    transport.execute(AppsApi.deleteAppConfigRequest(provider), options);
  }

  /** Turns the app's own credentials on or off in the workspace. */
  public SuccessResponse toggleConfig(String provider, boolean enabled) {
    return toggleConfig(provider, enabled, RequestOptions.none());
  }

  /** Turns the app's own credentials on or off, with per-call options. */
  public SuccessResponse toggleConfig(String provider, boolean enabled, RequestOptions options) {
    Args.id("toggleConfig", "provider", provider);
    return transport.execute(
        AppsApi.toggleAppConfigRequest(provider, AppConfigToggleRequest.builder().enabled(enabled).build()), options);
  }

  /** Lists the providers whose own credentials are switched on in the workspace. */
  public List<String> listConfigured() {
    return listConfigured(RequestOptions.none());
  }

  /** Lists the providers with their own credentials switched on, with per-call options. */
  public List<String> listConfigured(RequestOptions options) {
    return transport.execute(AppsApi.listConfiguredAppsRequest(), options);
  }

  /** Lists the providers whose OAuth credentials come from the deployment itself. */
  public List<String> listEnvDefaults() {
    return listEnvDefaults(RequestOptions.none());
  }

  /** Lists the providers with deployment credentials, with per-call options. */
  public List<String> listEnvDefaults(RequestOptions options) {
    return transport.execute(AppsApi.listEnvDefaultAppsRequest(), options);
  }

  /** Lists the tool catalogs of every app that defines one. */
  public List<PermissionDefinition> listPermissionDefinitions() {
    return listPermissionDefinitions(RequestOptions.none());
  }

  /** Lists the tool catalogs, with per-call options. */
  public List<PermissionDefinition> listPermissionDefinitions(RequestOptions options) {
    return transport.execute(AppsApi.listPermissionDefinitionsRequest(), options);
  }

  /** Gets the tool catalog of an app: the tool ids that permission changes refer to. */
  public PermissionDefinition getPermissionDefinition(String provider) {
    return getPermissionDefinition(provider, RequestOptions.none());
  }

  /** Gets the tool catalog of an app, with per-call options. */
  public PermissionDefinition getPermissionDefinition(String provider, RequestOptions options) {
    Args.id("getPermissionDefinition", "provider", provider);
    return transport.execute(AppsApi.getPermissionDefinitionRequest(provider), options);
  }

  /** Gets the blocklist of an app: its predefined hosts with their state, plus custom rules. */
  public List<BlocklistHostState> getBlocklist(String provider) {
    return getBlocklist(provider, RequestOptions.none());
  }

  /** Gets the blocklist of an app, with per-call options. */
  public List<BlocklistHostState> getBlocklist(String provider, RequestOptions options) {
    Args.id("getBlocklist", "provider", provider);
    return transport.execute(AppsApi.getBlocklistRequest(provider), options);
  }

  /** Switches on a predefined host or adds a custom rule to the blocklist of an app. */
  public BlocklistHostState addBlocklistEntry(String provider, BlocklistEntryAddRequest entry) {
    return addBlocklistEntry(provider, entry, RequestOptions.none());
  }

  /** Adds a blocklist entry, with per-call options. */
  public BlocklistHostState addBlocklistEntry(
      String provider, BlocklistEntryAddRequest entry, RequestOptions options) {
    AppBodies.idAndValue("addBlocklistEntry", "provider", provider, "entry", entry);
    return transport.execute(AppsApi.addBlocklistEntryRequest(provider, entry), options);
  }

  /** Turns a blocklist rule on or off. */
  public SuccessResponse toggleBlocklistRule(String provider, String ruleId, boolean enabled) {
    return toggleBlocklistRule(provider, ruleId, enabled, RequestOptions.none());
  }

  /** Turns a blocklist rule on or off, with per-call options. */
  public SuccessResponse toggleBlocklistRule(
      String provider, String ruleId, boolean enabled, RequestOptions options) {
    Args.ids("toggleBlocklistRule", "provider", provider, "ruleId", ruleId);
    return transport.execute(
        AppsApi.toggleBlocklistRuleRequest(
            provider, ruleId, BlocklistRuleToggleRequest.builder().enabled(enabled).build()),
        options);
  }

  /** Deletes a blocklist rule. */
  public void removeBlocklistRule(String provider, String ruleId) {
    removeBlocklistRule(provider, ruleId, RequestOptions.none());
  }

  /** Deletes a blocklist rule, with per-call options. */
  public void removeBlocklistRule(String provider, String ruleId, RequestOptions options) {
    Args.ids("removeBlocklistRule", "provider", provider, "ruleId", ruleId);
    transport.execute(AppsApi.removeBlocklistRuleRequest(provider, ruleId), options);
  }

  private URI redirect(ApiRequest<Void> request, RequestOptions options) {
    return AppBodies.location(transport, request, transport.executeRaw(request, options));
  }
}
