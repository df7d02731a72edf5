package dev.onecli4j.service;

import dev.onecli4j.http.HttpTransport;
import java.util.Objects;

/** Members of a partner account. */
public final class PartnerMembersService {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from the client. */
  public PartnerMembersService(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }
}
