package dev.onecli4j.service;

import dev.onecli4j.http.HttpTransport;
import java.util.Objects;

/** Requests held for a manual decision in the current workspace. */
public final class ApprovalsService {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from the client. */
  public ApprovalsService(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }
}
