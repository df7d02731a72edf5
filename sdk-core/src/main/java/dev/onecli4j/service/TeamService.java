package dev.onecli4j.service;

import dev.onecli4j.http.HttpTransport;
import java.util.Objects;

/** Provisioning of team members. */
public final class TeamService {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from the client. */
  public TeamService(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }
}
