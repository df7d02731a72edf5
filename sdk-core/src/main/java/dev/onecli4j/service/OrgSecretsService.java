package dev.onecli4j.service;

import dev.onecli4j.http.HttpTransport;
import java.util.Objects;

/** Secrets shared by every workspace of the organization. */
public final class OrgSecretsService {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from the client. */
  public OrgSecretsService(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }
}
