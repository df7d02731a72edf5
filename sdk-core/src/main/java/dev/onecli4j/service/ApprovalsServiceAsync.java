package dev.onecli4j.service;

import dev.onecli4j.http.HttpTransport;
import java.util.Objects;

/** The asynchronous twin of {@link ApprovalsService}. */
public final class ApprovalsServiceAsync {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from the client. */
  public ApprovalsServiceAsync(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }
}
