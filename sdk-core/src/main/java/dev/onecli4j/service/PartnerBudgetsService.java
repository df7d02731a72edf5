package dev.onecli4j.service;

import dev.onecli4j.http.HttpTransport;
import java.util.Objects;

/** Spending budgets of partner-managed organizations. */
public final class PartnerBudgetsService {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from the client. */
  public PartnerBudgetsService(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }
}
