package dev.onecli4j.service;

import dev.onecli4j.http.HttpTransport;
import java.util.Objects;

/** The asynchronous twin of {@link RulesService}. */
public final class RulesServiceAsync {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from the client. */
  public RulesServiceAsync(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }
}
