package dev.onecli4j.service;

import dev.onecli4j.http.HttpTransport;
import java.util.Objects;

/** Export of a self-hosted installation to the cloud service. */
public final class MigrationService {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from the client. */
  public MigrationService(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }
}
