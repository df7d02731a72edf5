package dev.onecli4j.service;

import dev.onecli4j.http.HttpTransport;
import java.util.Objects;

/** Requests held for a manual decision across the organization. */
public final class OrgApprovalsService {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from the client. */
  public OrgApprovalsService(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }
}
