package dev.onecli4j.service;

import dev.onecli4j.http.HttpTransport;
import java.util.Objects;

/** App configuration and blocklists of the organization. */
public final class OrgAppsService {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from the client. */
  public OrgAppsService(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }
}
