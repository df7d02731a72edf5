package dev.onecli4j.service;

import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.generated.onecli.api.PartnerBudgetsApi;
import dev.onecli4j.generated.onecli.model.Budget;
import dev.onecli4j.internal.http.HttpTransport;
import dev.onecli4j.param.BudgetSetParams;
import dev.onecli4j.validation.Problems;
import java.util.List;
import java.util.Objects;

/** Spend caps of managed organizations on partner LLM keys. */
public final class PartnerBudgetsService {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from {@code client.partner().budgets()}. */
  public PartnerBudgetsService(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  /** Lists the budgets of a customer organization with their current spend. */
  public List<Budget> list(String orgId) {
    return list(orgId, RequestOptions.none());
  }

  /** Lists the budgets of a customer organization, with per-call options. */
  public List<Budget> list(String orgId, RequestOptions options) {
    Args.id("list", "orgId", orgId);
    return transport.execute(PartnerBudgetsApi.listPartnerOrgBudgetsRequest(orgId), options);
  }

  /** Creates or replaces the cap of an organization on a partner LLM key. */
  public Budget set(String orgId, String secretId, BudgetSetParams params) {
    return set(orgId, secretId, params, RequestOptions.none());
  }

  /** Creates or replaces a cap, with per-call options. */
  public Budget set(String orgId, String secretId, BudgetSetParams params, RequestOptions options) {
    Problems.of("set")
        .requiredId("orgId", orgId)
        .requiredId("secretId", secretId)
        .required("params", params)
        .throwIfAny();
    return transport.execute(
        PartnerBudgetsApi.setPartnerOrgBudgetRequest(orgId, secretId, PartnerBodies.budget(params)), options);
  }

  /** Lifts the cap of an organization on a partner LLM key. */
  public void clear(String orgId, String secretId) {
    clear(orgId, secretId, RequestOptions.none());
  }

  /** Lifts a cap, with per-call options. */
  public void clear(String orgId, String secretId, RequestOptions options) {
    Args.ids("clear", "orgId", orgId, "secretId", secretId);
    transport.execute(PartnerBudgetsApi.clearPartnerOrgBudgetRequest(orgId, secretId), options);
  }
}
