package dev.onecli4j.service;

import dev.onecli4j.http.HttpTransport;
import java.util.Objects;

/** Settings of the organization. */
public final class OrgSettingsService {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from the client. */
  public OrgSettingsService(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }
}
