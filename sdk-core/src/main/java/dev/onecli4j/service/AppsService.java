package dev.onecli4j.service;

import dev.onecli4j.http.HttpTransport;
import java.util.Objects;

/** The app catalog, app configuration, tool permissions and blocklists. */
public final class AppsService {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from the client. */
  public AppsService(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }
}
