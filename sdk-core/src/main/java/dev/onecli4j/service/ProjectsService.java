package dev.onecli4j.service;

import dev.onecli4j.http.HttpTransport;
import java.util.Objects;

/** Projects (workspaces) of the organization. */
public final class ProjectsService {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from the client. */
  public ProjectsService(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }
}
