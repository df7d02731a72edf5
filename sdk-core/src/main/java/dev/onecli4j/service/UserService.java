package dev.onecli4j.service;

import dev.onecli4j.http.HttpTransport;
import java.util.Objects;

/** The calling user and their API key. */
public final class UserService {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from the client. */
  public UserService(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }
}
