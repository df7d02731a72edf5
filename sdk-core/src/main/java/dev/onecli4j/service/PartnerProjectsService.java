package dev.onecli4j.service;

import dev.onecli4j.http.HttpTransport;
import java.util.Objects;

/** Projects of partner-managed organizations. */
public final class PartnerProjectsService {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from the client. */
  public PartnerProjectsService(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }
}
