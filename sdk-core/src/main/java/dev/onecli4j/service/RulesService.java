package dev.onecli4j.service;

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

/** Policy rules of the current workspace and app tool permissions. */
public final class RulesService {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from {@code OneCli.rules()}. */
  public RulesService(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  /** Lists the rules that apply to the workspace, including inherited organization ones. */
  public List<PolicyRule> list() {
    return list(RequestOptions.none());
  }

  /** Lists the rules, with per-call options. */
  public List<PolicyRule> list(RequestOptions options) {
    return transport.execute(RulesApi.listRulesRequest(), options);
  }

  /** Creates a rule. */
  public PolicyRule create(RuleCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /** Creates a rule, with per-call options. */
  public PolicyRule create(RuleCreateParams params, RequestOptions options) {
    Args.required("create", "params", params);
    return transport.execute(RulesApi.createRuleRequest(RuleBodies.project(params)), options);
  }

  /** Gets one rule. */
  public PolicyRule get(String ruleId) {
    return get(ruleId, RequestOptions.none());
  }

  /** Gets one rule, with per-call options. */
  public PolicyRule get(String ruleId, RequestOptions options) {
    Args.id("get", "ruleId", ruleId);
    return transport.execute(RulesApi.getRuleRequest(ruleId), options);
  }

  /** Changes the given fields of a rule. */
  public SuccessResponse update(String ruleId, RuleUpdateParams params) {
    return update(ruleId, params, RequestOptions.none());
  }

  /** Changes the given fields of a rule, with per-call options. */
  public SuccessResponse update(String ruleId, RuleUpdateParams params, RequestOptions options) {
    Args.idAndParams("update", "ruleId", ruleId, params);
    return transport.execute(RulesApi.updateRuleRequest(ruleId, RuleBodies.project(params)), options);
  }

  /** Deletes a rule. */
  public void delete(String ruleId) {
    delete(ruleId, RequestOptions.none());
  }

  /** Deletes a rule, with per-call options. */
  public void delete(String ruleId, RequestOptions options) {
    Args.id("delete", "ruleId", ruleId);
    transport.execute(RulesApi.deleteRuleRequest(ruleId), options);
  }

  /** Gets the tool permissions of one app: the all-agents layer and the per-agent layers. */
  public AppPermissionStates getPermissions(String provider) {
    return getPermissions(provider, RequestOptions.none());
  }

  /** Gets the tool permissions of one app, with per-call options. */
  public AppPermissionStates getPermissions(String provider, RequestOptions options) {
    Args.id("getPermissions", "provider", provider);
    return transport.execute(RulesApi.getRulePermissionsRequest(provider), options);
  }

  /** Writes tool permissions of one app, for all agents or for one agent. */
  public Map<String, Object> setPermissions(String provider, RulePermissionsSetParams params) {
    return setPermissions(provider, params, RequestOptions.none());
  }

  /** Writes tool permissions of one app, with per-call options. */
  public Map<String, Object> setPermissions(
      String provider, RulePermissionsSetParams params, RequestOptions options) {
    Args.idAndParams("setPermissions", "provider", provider, params);
    return transport.execute(RulesApi.setRulePermissionsRequest(provider, RuleBodies.project(params)), options);
  }

  /** Counts the custom rules whose hosts overlap those of an app. */
  public RuleOverlapCount getOverlap(String provider) {
    return getOverlap(provider, RequestOptions.none());
  }

  /** Counts the custom rules overlapping an app, with per-call options. */
  public RuleOverlapCount getOverlap(String provider, RequestOptions options) {
    Args.id("getOverlap", "provider", provider);
    return transport.execute(RulesApi.getRuleOverlapRequest(provider), options);
  }
}
