package dev.onecli4j.service;

import dev.onecli4j.http.HttpTransport;
import java.util.Objects;

/** The asynchronous twin of {@link PartnerMembersService}. */
public final class PartnerMembersServiceAsync {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from the client. */
  public PartnerMembersServiceAsync(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }
}
