package dev.onecli4j.service;

import dev.onecli4j.http.HttpTransport;
import java.util.Objects;

/** What an agent needs to start behind the gateway. */
public final class AgentSetupService {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from the client. */
  public AgentSetupService(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }
}
