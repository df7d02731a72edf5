package dev.onecli4j.service;

import static dev.onecli4j.service.Futures.attempt;

import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.generated.onecli.api.ApprovalsApi;
import dev.onecli4j.generated.onecli.model.ApprovalDecision;
import dev.onecli4j.generated.onecli.model.ApprovalDecisionRequest;
import dev.onecli4j.generated.onecli.model.PendingApprovalList;
import dev.onecli4j.generated.onecli.model.SuccessResponse;
import dev.onecli4j.internal.http.HttpTransport;
import java.util.Collection;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The asynchronous twin of {@link ApprovalsService}. */
public final class ApprovalsServiceAsync {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from {@code OneCli.async().approvals()}. */
  public ApprovalsServiceAsync(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  /** Long-polls for held requests: answers at once if some wait, otherwise when one arrives or the poll ends. */
  public CompletableFuture<PendingApprovalList> listPending() {
    return listPending(RequestOptions.none());
  }

  /** Long-polls for held requests, with per-call options. */
  public CompletableFuture<PendingApprovalList> listPending(RequestOptions options) {
    return attempt(() -> transport.executeAsync(ApprovalsApi.listPendingApprovalsRequest(null), options));
  }

  /** Long-polls for held requests other than those with the given approval ids. */
  public CompletableFuture<PendingApprovalList> listPending(Collection<String> exclude) {
    return listPending(exclude, RequestOptions.none());
  }

  /** Long-polls for held requests other than those excluded, with per-call options. */
  public CompletableFuture<PendingApprovalList> listPending(Collection<String> exclude, RequestOptions options) {
    return attempt(
        () -> {
          String joined = ApprovalArgs.exclude("listPending", exclude);
          return transport.executeAsync(ApprovalsApi.listPendingApprovalsRequest(joined), options);
        });
  }

  /** Approves (forwards) or denies (blocks) a held request. */
  public CompletableFuture<SuccessResponse> decide(String id, ApprovalDecision decision) {
    return decide(id, decision, RequestOptions.none());
  }

  /** Approves or denies a held request, with per-call options. */
  public CompletableFuture<SuccessResponse> decide(String id, ApprovalDecision decision, RequestOptions options) {
    return attempt(
        () -> {
          ApprovalArgs.decision("decide", id, decision);
          return transport.executeAsync(
              ApprovalsApi.submitApprovalDecisionRequest(
                  id, ApprovalDecisionRequest.builder().decision(decision).build()),
              options);
        });
  }
}
