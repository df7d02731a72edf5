package dev.onecli4j.service;

import dev.onecli4j.http.HttpTransport;
import java.util.Objects;

/** Secrets a partner shares with its organizations. */
public final class PartnerSecretsService {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from the client. */
  public PartnerSecretsService(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }
}
