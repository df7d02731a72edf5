package dev.onecli4j.service;

import dev.onecli4j.http.HttpTransport;
import java.util.Objects;

/** The organization's link to its partner account. */
public final class OrgPartnerService {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from the client. */
  public OrgPartnerService(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }
}
