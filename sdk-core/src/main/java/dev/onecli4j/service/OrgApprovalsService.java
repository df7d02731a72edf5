package dev.onecli4j.service;

import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.generated.onecli.api.OrganizationApprovalsApi;
import dev.onecli4j.generated.onecli.model.PendingApprovalList;
import dev.onecli4j.internal.http.HttpTransport;
import java.util.Collection;
import java.util.Objects;

/**
 * Requests held for a manual decision across the organization. Decide on them with {@link
 * ApprovalsService#decide} in the workspace each request names.
 */
public final class OrgApprovalsService {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from {@code OneCli.org().approvals()}. */
  public OrgApprovalsService(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  /** Long-polls for held requests of every workspace; each names its workspace. */
  public PendingApprovalList listPending() {
    return listPending(RequestOptions.none());
  }

  /** Long-polls for held requests of every workspace, with per-call options. */
  public PendingApprovalList listPending(RequestOptions options) {
    return transport.execute(OrganizationApprovalsApi.listOrgPendingApprovalsRequest(null), options);
  }

  /** Long-polls for held requests of every workspace other than those with the given approval ids. */
  public PendingApprovalList listPending(Collection<String> exclude) {
    return listPending(exclude, RequestOptions.none());
  }

  /** Long-polls for held requests other than those excluded, with per-call options. */
  public PendingApprovalList listPending(Collection<String> exclude, RequestOptions options) {
    String joined = ApprovalArgs.exclude("listPending", exclude);
    return transport.execute(OrganizationApprovalsApi.listOrgPendingApprovalsRequest(joined), options);
  }
}
