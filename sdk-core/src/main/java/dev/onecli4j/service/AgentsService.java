package dev.onecli4j.service;

import dev.onecli4j.http.HttpTransport;
import java.util.Objects;

/** Agents, their access tokens, secret assignment and app connections. */
public final class AgentsService {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from the client. */
  public AgentsService(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }
}
