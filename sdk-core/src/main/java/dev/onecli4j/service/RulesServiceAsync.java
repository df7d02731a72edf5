package dev.onecli4j.service;

import static dev.onecli4j.service.Futures.attempt;

import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.generated.onecli.api.RulesApi;
import dev.onecli4j.generated.onecli.model.AppPermissionStates;
import dev.onecli4j.generated.onecli.model.PolicyRule;
import dev.onecli4j.generated.onecli.model.RuleOverlapCount;
import dev.onecli4j.generated.onecli.model.SuccessResponse;
import dev.onecli4j.internal.http.HttpTransport;
import dev.onecli4j.param.RuleCreateParams;
import dev.onecli4j.param.RulePermissionsSetParams;
import dev.onecli4j.param.RuleUpdateParams;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The asynchronous twin of {@link RulesService}. */
public final class RulesServiceAsync {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from {@code OneCli.async().rules()}. */
  public RulesServiceAsync(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  /** Lists the rules that apply to the workspace, including inherited organization ones. */
  public CompletableFuture<List<PolicyRule>> list() {
    return list(RequestOptions.none());
  }

  /** Lists the rules, with per-call options. */
  public CompletableFuture<List<PolicyRule>> list(RequestOptions options) {
    return attempt(() -> transport.executeAsync(RulesApi.listRulesRequest(), options));
  }

  /** Creates a rule. */
  public CompletableFuture<PolicyRule> create(RuleCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /** Creates a rule, with per-call options. */
  public CompletableFuture<PolicyRule> create(RuleCreateParams params, RequestOptions options) {
    return attempt(
        () -> {
          Args.required("create", "params", params);
          return transport.executeAsync(RulesApi.createRuleRequest(RuleBodies.project(params)), options);
        });
  }

  /** Gets one rule. */
  public CompletableFuture<PolicyRule> get(String ruleId) {
    return get(ruleId, RequestOptions.none());
  }

  /** Gets one rule, with per-call options. */
  public CompletableFuture<PolicyRule> get(String ruleId, RequestOptions options) {
    return attempt(
        () -> {
          Args.id("get", "ruleId", ruleId);
          return transport.executeAsync(RulesApi.getRuleRequest(ruleId), options);
        });
  }

  /** Changes the given fields of a rule. */
  public CompletableFuture<SuccessResponse> update(String ruleId, RuleUpdateParams params) {
    return update(ruleId, params, RequestOptions.none());
  }

  /** Changes the given fields of a rule, with per-call options. */
  public CompletableFuture<SuccessResponse> update(
      String ruleId, RuleUpdateParams params, RequestOptions options) {
    return attempt(
        () -> {
          Args.idAndParams("update", "ruleId", ruleId, params);
          return transport.executeAsync(RulesApi.updateRuleRequest(ruleId, RuleBodies.project(params)), options);
        });
  }

  /** Deletes a rule. */
  public CompletableFuture<Void> delete(String ruleId) {
    return delete(ruleId, RequestOptions.none());
  }

  /** Deletes a rule, with per-call options. */
  public CompletableFuture<Void> delete(String ruleId, RequestOptions options) {
    return attempt(
        () -> {
          Args.id("delete", "ruleId", ruleId);
          return transport.executeAsync(RulesApi.deleteRuleRequest(ruleId), options);
        });
  }

  /** Gets the tool permissions of one app: the all-agents layer and the per-agent layers. */
  public CompletableFuture<AppPermissionStates> getPermissions(String provider) {
    return getPermissions(provider, RequestOptions.none());
  }

  /** Gets the tool permissions of one app, with per-call options. */
  public CompletableFuture<AppPermissionStates> getPermissions(String provider, RequestOptions options) {
    return attempt(
        () -> {
          Args.id("getPermissions", "provider", provider);
          return transport.executeAsync(RulesApi.getRulePermissionsRequest(provider), options);
        });
  }

  /** Writes tool permissions of one app, for all agents or for one agent. */
  public CompletableFuture<Map<String, Object>> setPermissions(String provider, RulePermissionsSetParams params) {
    return setPermissions(provider, params, RequestOptions.none());
  }

  /** Writes tool permissions of one app, with per-call options. */
  public CompletableFuture<Map<String, Object>> setPermissions(
      String provider, RulePermissionsSetParams params, RequestOptions options) {
    return attempt(
        () -> {
          Args.idAndParams("setPermissions", "provider", provider, params);
          return transport.executeAsync(
              RulesApi.setRulePermissionsRequest(provider, RuleBodies.project(params)), options);
        });
  }

  /** Counts the custom rules whose hosts overlap those of an app. */
  public CompletableFuture<RuleOverlapCount> getOverlap(String provider) {
    return getOverlap(provider, RequestOptions.none());
  }

  /** Counts the custom rules overlapping an app, with per-call options. */
  public CompletableFuture<RuleOverlapCount> getOverlap(String provider, RequestOptions options) {
    return attempt(
        () -> {
          Args.id("getOverlap", "provider", provider);
          return transport.executeAsync(RulesApi.getRuleOverlapRequest(provider), options);
        });
  }
}
