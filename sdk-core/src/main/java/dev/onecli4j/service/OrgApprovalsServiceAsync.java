package dev.onecli4j.service;

import static dev.onecli4j.service.Futures.attempt;

import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.generated.onecli.api.OrganizationApprovalsApi;
import dev.onecli4j.generated.onecli.model.PendingApprovalList;
import dev.onecli4j.internal.http.HttpTransport;
import java.util.Collection;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The asynchronous twin of {@link OrgApprovalsService}. */
public final class OrgApprovalsServiceAsync {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from {@code OneCli.async().org().approvals()}. */
  public OrgApprovalsServiceAsync(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  /** Long-polls for held requests of every workspace; each names its workspace. */
  public CompletableFuture<PendingApprovalList> listPending() {
    return listPending(RequestOptions.none());
  }

  /** Long-polls for held requests of every workspace, with per-call options. */
  public CompletableFuture<PendingApprovalList> listPending(RequestOptions options) {
    return attempt(
        () -> transport.executeAsync(OrganizationApprovalsApi.listOrgPendingApprovalsRequest(null), options));
  }

  /** Long-polls for held requests of every workspace other than those with the given approval ids. */
  public CompletableFuture<PendingApprovalList> listPending(Collection<String> exclude) {
    return listPending(exclude, RequestOptions.none());
  }

  /** Long-polls for held requests other than those excluded, with per-call options. */
  public CompletableFuture<PendingApprovalList> listPending(Collection<String> exclude, RequestOptions options) {
    return attempt(
        () -> {
          String joined = ApprovalArgs.exclude("listPending", exclude);
          return transport.executeAsync(OrganizationApprovalsApi.listOrgPendingApprovalsRequest(joined), options);
        });
  }
}
