package dev.onecli4j.service;

import dev.onecli4j.http.HttpTransport;
import java.util.Objects;

/** Policy rules of the current workspace and app tool permissions. */
public final class RulesService {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from the client. */
  public RulesService(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }
}
