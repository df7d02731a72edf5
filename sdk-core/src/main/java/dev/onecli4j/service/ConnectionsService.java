package dev.onecli4j.service;

import dev.onecli4j.http.HttpTransport;
import java.util.Objects;

/** App connections of the current workspace. */
public final class ConnectionsService {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from the client. */
  public ConnectionsService(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }
}
