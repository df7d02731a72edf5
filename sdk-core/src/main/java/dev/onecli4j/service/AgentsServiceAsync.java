package dev.onecli4j.service;

import dev.onecli4j.http.HttpTransport;
import java.util.Objects;

/** The asynchronous twin of {@link AgentsService}. */
public final class AgentsServiceAsync {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from the client. */
  public AgentsServiceAsync(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }
}
