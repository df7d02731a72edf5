package dev.onecli4j.service;

import static dev.onecli4j.service.Futures.attempt;

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
import java.util.concurrent.CompletableFuture;

/** The asynchronous twin of {@link AppsService}. */
public final class AppsServiceAsync {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from the client. */
  public AppsServiceAsync(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  /** Lists every app with its configuration and its connections in the workspace. */
  public CompletableFuture<List<App>> list() {
    return list(RequestOptions.none());
  }

  /** Lists every app, with per-call options. */
  public CompletableFuture<List<App>> list(RequestOptions options) {
    return attempt(() -> transport.executeAsync(AppsApi.listAppsRequest(), options));
  }

  /** Gets one app with its setup guidance. */
  public CompletableFuture<AppDetails> get(String provider) {
    return get(provider, RequestOptions.none());
  }

  /** Gets one app, with per-call options. */
  public CompletableFuture<AppDetails> get(String provider, RequestOptions options) {
    return attempt(
        () -> {
          Args.id("get", "provider", provider);
          return transport.executeAsync(AppsApi.getAppRequest(provider), options);
        });
  }

  /** Starts the OAuth flow of an app and returns the consent page to open in a browser. */
  public CompletableFuture<URI> authorize(String provider) {
    return authorize(provider, RequestOptions.none());
  }

  /** Starts the OAuth flow of an app, with per-call options. */
  public CompletableFuture<URI> authorize(String provider, RequestOptions options) {
    return attempt(
        () -> {
          Args.id("authorize", "provider", provider);
          return redirect(AppsApi.authorizeAppRequest(provider, null, null), options);
        });
  }

  /** Starts the OAuth flow of an app to reconnect a connection or link an agent. */
  public CompletableFuture<URI> authorize(String provider, AppAuthorizeParams params) {
    return authorize(provider, params, RequestOptions.none());
  }

  /** Starts the OAuth flow of an app with a query, with per-call options. */
  public CompletableFuture<URI> authorize(String provider, AppAuthorizeParams params, RequestOptions options) {
    return attempt(
        () -> {
          Args.idAndParams("authorize", "provider", provider, params);
          return redirect(AppsApi.authorizeAppRequest(provider, params.connectionId(), params.agentName()), options);
        });
  }

  /** Connects an app from credentials such as an API key instead of OAuth. */
  public CompletableFuture<SuccessResponse> connect(String provider, AppConnectParams params) {
    return connect(provider, params, RequestOptions.none());
  }

  /** Connects an app from credentials, with per-call options. */
  public CompletableFuture<SuccessResponse> connect(
      String provider, AppConnectParams params, RequestOptions options) {
    return attempt(
        () -> {
          Args.idAndParams("connect", "provider", provider, params);
          return transport.executeAsync(AppsApi.connectAppRequest(provider, AppBodies.connect(params)), options);
        });
  }

  /** Gets the non-secret part of the app's own (bring-your-own) credentials. */
  public CompletableFuture<AppConfig> getConfig(String provider) {
    return getConfig(provider, RequestOptions.none());
  }

  /** Gets the app's own configuration, with per-call options. */
  public CompletableFuture<AppConfig> getConfig(String provider, RequestOptions options) {
    return attempt(
        () -> {
          Args.id("getConfig", "provider", provider);
          return transport.executeAsync(AppsApi.getAppConfigRequest(provider), options);
        });
  }

  /** Creates or replaces the app's own credentials; changed credentials may drop connections. */
  public CompletableFuture<SuccessResponse> upsertConfig(String provider, Map<String, String> config) {
    return upsertConfig(provider, config, RequestOptions.none());
  }

  /** Creates or replaces the app's own credentials, with per-call options. */
  public CompletableFuture<SuccessResponse> upsertConfig(
      String provider, Map<String, String> config, RequestOptions options) {
    return attempt(
        () -> {
          AppBodies.idAndValue("upsertConfig", "provider", provider, "config", config);
          return transport.executeAsync(AppsApi.upsertAppConfigRequest(provider, config), options);
        });
  }

  /** Removes the app's own credentials. */
  public CompletableFuture<Void> deleteConfig(String provider) {
    return deleteConfig(provider, RequestOptions.none());
  }

  /** Removes the app's own credentials, with per-call options. */
  public CompletableFuture<Void> deleteConfig(String provider, RequestOptions options) {
    return attempt(
        () -> {
          Args.id("deleteConfig", "provider", provider);
          return transport.executeAsync(AppsApi.deleteAppConfigRequest(provider), options);
        });
  }

  /** Turns the app's own credentials on or off in the workspace. */
  public CompletableFuture<SuccessResponse> toggleConfig(String provider, boolean enabled) {
    return toggleConfig(provider, enabled, RequestOptions.none());
  }

  /** Turns the app's own credentials on or off, with per-call options. */
  public CompletableFuture<SuccessResponse> toggleConfig(String provider, boolean enabled, RequestOptions options) {
    return attempt(
        () -> {
          Args.id("toggleConfig", "provider", provider);
          return transport.executeAsync(
              AppsApi.toggleAppConfigRequest(provider, AppConfigToggleRequest.builder().enabled(enabled).build()),
              options);
        });
  }

  /** Lists the providers whose own credentials are switched on in the workspace. */
  public CompletableFuture<List<String>> listConfigured() {
    return listConfigured(RequestOptions.none());
  }

  /** Lists the providers with their own credentials switched on, with per-call options. */
  public CompletableFuture<List<String>> listConfigured(RequestOptions options) {
    return attempt(() -> transport.executeAsync(AppsApi.listConfiguredAppsRequest(), options));
  }

  /** Lists the providers whose OAuth credentials come from the deployment itself. */
  public CompletableFuture<List<String>> listEnvDefaults() {
    return listEnvDefaults(RequestOptions.none());
  }

  /** Lists the providers with deployment credentials, with per-call options. */
  public CompletableFuture<List<String>> listEnvDefaults(RequestOptions options) {
    return attempt(() -> transport.executeAsync(AppsApi.listEnvDefaultAppsRequest(), options));
  }

  /** Lists the tool catalogs of every app that defines one. */
  public CompletableFuture<List<PermissionDefinition>> listPermissionDefinitions() {
    return listPermissionDefinitions(RequestOptions.none());
  }

  /** Lists the tool catalogs, with per-call options. */
  public CompletableFuture<List<PermissionDefinition>> listPermissionDefinitions(RequestOptions options) {
    return attempt(() -> transport.executeAsync(AppsApi.listPermissionDefinitionsRequest(), options));
  }

  /** Gets the tool catalog of an app: the tool ids that permission changes refer to. */
  public CompletableFuture<PermissionDefinition> getPermissionDefinition(String provider) {
    return getPermissionDefinition(provider, RequestOptions.none());
  }

  /** Gets the tool catalog of an app, with per-call options. */
  public CompletableFuture<PermissionDefinition> getPermissionDefinition(String provider, RequestOptions options) {
    return attempt(
        () -> {
          Args.id("getPermissionDefinition", "provider", provider);
          return transport.executeAsync(AppsApi.getPermissionDefinitionRequest(provider), options);
        });
  }

  /** Gets the blocklist of an app: its predefined hosts with their state, plus custom rules. */
  public CompletableFuture<List<BlocklistHostState>> getBlocklist(String provider) {
    return getBlocklist(provider, RequestOptions.none());
  }

  /** Gets the blocklist of an app, with per-call options. */
  public CompletableFuture<List<BlocklistHostState>> getBlocklist(String provider, RequestOptions options) {
    return attempt(
        () -> {
          Args.id("getBlocklist", "provider", provider);
          return transport.executeAsync(AppsApi.getBlocklistRequest(provider), options);
        });
  }

  /** Switches on a predefined host or adds a custom rule to the blocklist of an app. */
  public CompletableFuture<BlocklistHostState> addBlocklistEntry(String provider, BlocklistEntryAddRequest entry) {
    return addBlocklistEntry(provider, entry, RequestOptions.none());
  }

  /** Adds a blocklist entry, with per-call options. */
  public CompletableFuture<BlocklistHostState> addBlocklistEntry(
      String provider, BlocklistEntryAddRequest entry, RequestOptions options) {
    return attempt(
        () -> {
          AppBodies.idAndValue("addBlocklistEntry", "provider", provider, "entry", entry);
          return transport.executeAsync(AppsApi.addBlocklistEntryRequest(provider, entry), options);
        });
  }

  /** Turns a blocklist rule on or off. */
  public CompletableFuture<SuccessResponse> toggleBlocklistRule(String provider, String ruleId, boolean enabled) {
    return toggleBlocklistRule(provider, ruleId, enabled, RequestOptions.none());
  }

  /** Turns a blocklist rule on or off, with per-call options. */
  public CompletableFuture<SuccessResponse> toggleBlocklistRule(
      String provider, String ruleId, boolean enabled, RequestOptions options) {
    return attempt(
        () -> {
          Args.ids("toggleBlocklistRule", "provider", provider, "ruleId", ruleId);
          return transport.executeAsync(
              AppsApi.toggleBlocklistRuleRequest(
                  provider, ruleId, BlocklistRuleToggleRequest.builder().enabled(enabled).build()),
              options);
        });
  }

  /** Deletes a blocklist rule. */
  public CompletableFuture<Void> removeBlocklistRule(String provider, String ruleId) {
    return removeBlocklistRule(provider, ruleId, RequestOptions.none());
  }

  /** Deletes a blocklist rule, with per-call options. */
  public CompletableFuture<Void> removeBlocklistRule(String provider, String ruleId, RequestOptions options) {
    return attempt(
        () -> {
          Args.ids("removeBlocklistRule", "provider", provider, "ruleId", ruleId);
          return transport.executeAsync(AppsApi.removeBlocklistRuleRequest(provider, ruleId), options);
        });
  }

  private CompletableFuture<URI> redirect(ApiRequest<Void> request, RequestOptions options) {
    return transport
        .executeRawAsync(request, options)
        .thenApply(raw -> AppBodies.location(transport, request, raw));
  }
}
