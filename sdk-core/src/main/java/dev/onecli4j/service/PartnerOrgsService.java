package dev.onecli4j.service;

import dev.onecli4j.http.HttpTransport;
import java.util.Objects;

/** Organizations managed by a partner account. */
public final class PartnerOrgsService {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from the client. */
  public PartnerOrgsService(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }
}
