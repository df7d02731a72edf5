package dev.onecli4j.service;

import static dev.onecli4j.service.Futures.attempt;

import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.generated.onecli.api.OrganizationRulesApi;
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

/** The asynchronous twin of {@link OrgRulesService}. */
public final class OrgRulesServiceAsync {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from {@code OneCli.async().org().rules()}. */
  public OrgRulesServiceAsync(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  /** Lists the organization rules. */
  public CompletableFuture<List<PolicyRule>> list() {
    return list(RequestOptions.none());
  }

  /** Lists the rules, with per-call options. */
  public CompletableFuture<List<PolicyRule>> list(RequestOptions options) {
    return attempt(() -> transport.executeAsync(OrganizationRulesApi.listOrgRulesRequest(), options));
  }

  /** Creates an organization rule; it applies to every agent, so {@code agentId} is refused. */
  public CompletableFuture<PolicyRule> create(RuleCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /** Creates a rule, with per-call options. */
  public CompletableFuture<PolicyRule> create(RuleCreateParams params, RequestOptions options) {
    return attempt(
        () -> {
          Args.required("create", "params", params);
          return transport.executeAsync(OrganizationRulesApi.createOrgRuleRequest(RuleBodies.org(params)), options);
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
          return transport.executeAsync(OrganizationRulesApi.getOrgRuleRequest(ruleId), options);
        });
  }

  /** Changes the given fields of a rule; {@code agentId} is refused. */
  public CompletableFuture<SuccessResponse> update(String ruleId, RuleUpdateParams params) {
    return update(ruleId, params, RequestOptions.none());
  }

  /** Changes the given fields of a rule, with per-call options. */
  public CompletableFuture<SuccessResponse> update(
      String ruleId, RuleUpdateParams params, RequestOptions options) {
    return attempt(
        () -> {
          Args.idAndParams("update", "ruleId", ruleId, params);
          return transport.executeAsync(
              OrganizationRulesApi.updateOrgRuleRequest(ruleId, RuleBodies.org(params)), options);
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
          return transport.executeAsync(OrganizationRulesApi.deleteOrgRuleRequest(ruleId), options);
        });
  }

  /** Gets the organization tool permissions of one app; {@code byAgent} is always empty. */
  public CompletableFuture<AppPermissionStates> getPermissions(String provider) {
    return getPermissions(provider, RequestOptions.none());
  }

  /** Gets the tool permissions of one app, with per-call options. */
  public CompletableFuture<AppPermissionStates> getPermissions(String provider, RequestOptions options) {
    return attempt(
        () -> {
          Args.id("getPermissions", "provider", provider);
          return transport.executeAsync(OrganizationRulesApi.getAppPermissionsRequest(provider), options);
        });
  }

  /** Writes the organization tool permissions of one app; {@code agentId} and {@code inherit} are refused. */
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
              OrganizationRulesApi.setAppPermissionsRequest(provider, RuleBodies.org(params)), options);
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
          return transport.executeAsync(OrganizationRulesApi.getOrgRuleOverlapRequest(provider), options);
        });
  }
}
