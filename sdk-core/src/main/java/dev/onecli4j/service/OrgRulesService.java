package dev.onecli4j.service;

import dev.onecli4j.http.HttpTransport;
import java.util.Objects;

/** Policy rules and app permissions of the organization. */
public final class OrgRulesService {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from the client. */
  public OrgRulesService(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }
}
