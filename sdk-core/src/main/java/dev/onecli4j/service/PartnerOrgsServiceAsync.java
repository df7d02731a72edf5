package dev.onecli4j.service;

import dev.onecli4j.http.HttpTransport;
import java.util.Objects;

/** The asynchronous twin of {@link PartnerOrgsService}. */
public final class PartnerOrgsServiceAsync {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from the client. */
  public PartnerOrgsServiceAsync(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }
}
