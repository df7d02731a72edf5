package dev.onecli4j.service;

import dev.onecli4j.http.HttpTransport;
import java.util.Objects;

/** App connections of the organization. */
public final class OrgConnectionsService {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from the client. */
  public OrgConnectionsService(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }
}
