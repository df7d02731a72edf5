package dev.onecli4j.service;

import dev.onecli4j.http.HttpTransport;
import java.util.Objects;

/** Health, resource counts and vault connections. */
public final class UtilityService {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from the client. */
  public UtilityService(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }
}
