package dev.onecli4j.service;

import static dev.onecli4j.service.Futures.attempt;

import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.generated.onecli.api.PartnerBudgetsApi;
import dev.onecli4j.generated.onecli.model.Budget;
import dev.onecli4j.internal.http.HttpTransport;
import dev.onecli4j.param.BudgetSetParams;
import dev.onecli4j.validation.Problems;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The asynchronous twin of {@link PartnerBudgetsService}. */
public final class PartnerBudgetsServiceAsync {
  private final HttpTransport transport;

  /**
   * Binds the service to a transport; applications get it from {@code client.async().partner().budgets()}.
   */
  public PartnerBudgetsServiceAsync(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  /** Lists the budgets of a customer organization with their current spend. */
  public CompletableFuture<List<Budget>> list(String orgId) {
    return list(orgId, RequestOptions.none());
  }

  /** Lists the budgets of a customer organization, with per-call options. */
  public CompletableFuture<List<Budget>> list(String orgId, RequestOptions options) {
    return attempt(
        () -> {
          Args.id("list", "orgId", orgId);
          return transport.executeAsync(PartnerBudgetsApi.listPartnerOrgBudgetsRequest(orgId), options);
        });
  }

  /** Creates or replaces the cap of an organization on a partner LLM key. */
  public CompletableFuture<Budget> set(String orgId, String secretId, BudgetSetParams params) {
    return set(orgId, secretId, params, RequestOptions.none());
  }

  /** Creates or replaces a cap, with per-call options. */
  public CompletableFuture<Budget> set(
      String orgId, String secretId, BudgetSetParams params, RequestOptions options) {
    return attempt(
        () -> {
          Problems.of("set")
              .requiredId("orgId", orgId)
              .requiredId("secretId", secretId)
              .required("params", params)
              .throwIfAny();
          return transport.executeAsync(
              PartnerBudgetsApi.setPartnerOrgBudgetRequest(orgId, secretId, PartnerBodies.budget(
                  params)), options);
        });
  }

  /** Lifts the cap of an organization on a partner LLM key. */
  public CompletableFuture<Void> clear(String orgId, String secretId) {
    return clear(orgId, secretId, RequestOptions.none());
  }

  /** Lifts a cap, with per-call options. */
  public CompletableFuture<Void> clear(String orgId, String secretId, RequestOptions options) {
    return attempt(
        () -> {
          Args.ids("clear", "orgId", orgId, "secretId", secretId);
          return transport.executeAsync(
              PartnerBudgetsApi.clearPartnerOrgBudgetRequest(orgId, secretId), options);
        });
  }
}
