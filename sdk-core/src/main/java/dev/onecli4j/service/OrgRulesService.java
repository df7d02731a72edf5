package dev.onecli4j.service;

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

/** Policy rules and app tool permissions of the organization; they apply in every workspace. */
public final class OrgRulesService {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from {@code OneCli.org().rules()}. */
  public OrgRulesService(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  /** Lists the organization rules. */
  public List<PolicyRule> list() {
    return list(RequestOptions.none());
  }

  /** Lists the rules, with per-call options. */
  public List<PolicyRule> list(RequestOptions options) {
    return transport.execute(OrganizationRulesApi.listOrgRulesRequest(), options);
  }

  /** Creates an organization rule; it applies to every agent, so {@code agentId} is refused. */
  public PolicyRule create(RuleCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /** Creates a rule, with per-call options. */
  public PolicyRule create(RuleCreateParams params, RequestOptions options) {
    Args.required("create", "params", params);
    return transport.execute(OrganizationRulesApi.createOrgRuleRequest(RuleBodies.org(params)), options);
  }

  /** Gets one rule. */
  public PolicyRule get(String ruleId) {
    return get(ruleId, RequestOptions.none());
  }

  /** Gets one rule, with per-call options. */
  public PolicyRule get(String ruleId, RequestOptions options) {
    Args.id("get", "ruleId", ruleId);
    return transport.execute(OrganizationRulesApi.getOrgRuleRequest(ruleId), options);
  }

  /** Changes the given fields of a rule; {@code agentId} is refused. */
  public SuccessResponse update(String ruleId, RuleUpdateParams params) {
    return update(ruleId, params, RequestOptions.none());
  }

  /** Changes the given fields of a rule, with per-call options. */
  public SuccessResponse update(String ruleId, RuleUpdateParams params, RequestOptions options) {
    Args.idAndParams("update", "ruleId", ruleId, params);
    return transport.execute(OrganizationRulesApi.updateOrgRuleRequest(ruleId, RuleBodies.org(params)), options);
  }

  /** Deletes a rule. */
  public void delete(String ruleId) {
    delete(ruleId, RequestOptions.none());
  }

  /** Deletes a rule, with per-call options. */
  public void delete(String ruleId, RequestOptions options) {
    Args.id("delete", "ruleId", ruleId);
    transport.execute(OrganizationRulesApi.deleteOrgRuleRequest(ruleId), options);
  }

  /** Gets the organization tool permissions of one app; {@code byAgent} is always empty. */
  public AppPermissionStates getPermissions(String provider) {
    return getPermissions(provider, RequestOptions.none());
  }

  /** Gets the tool permissions of one app, with per-call options. */
  public AppPermissionStates getPermissions(String provider, RequestOptions options) {
    Args.id("getPermissions", "provider", provider);
    return transport.execute(OrganizationRulesApi.getAppPermissionsRequest(provider), options);
  }

  /** Writes the organization tool permissions of one app; {@code agentId} and {@code inherit} are refused. */
  public Map<String, Object> setPermissions(String provider, RulePermissionsSetParams params) {
    return setPermissions(provider, params, RequestOptions.none());
  }

  /** Writes tool permissions of one app, with per-call options. */
  public Map<String, Object> setPermissions(
      String provider, RulePermissionsSetParams params, RequestOptions options) {
    Args.idAndParams("setPermissions", "provider", provider, params);
    return transport.execute(OrganizationRulesApi.setAppPermissionsRequest(provider, RuleBodies.org(params)), options);
  }

  /** Counts the custom rules whose hosts overlap those of an app. */
  public RuleOverlapCount getOverlap(String provider) {
    return getOverlap(provider, RequestOptions.none());
  }

  /** Counts the custom rules overlapping an app, with per-call options. */
  public RuleOverlapCount getOverlap(String provider, RequestOptions options) {
    Args.id("getOverlap", "provider", provider);
    return transport.execute(OrganizationRulesApi.getOrgRuleOverlapRequest(provider), options);
  }
}
