package dev.onecli4j.service;

import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.generated.onecli.api.UtilityApi;
import dev.onecli4j.generated.onecli.model.HealthStatus;
import dev.onecli4j.generated.onecli.model.ResourceCounts;
import dev.onecli4j.generated.onecli.model.VaultConnection;
import dev.onecli4j.internal.http.HttpTransport;
import java.util.List;
import java.util.Objects;

/** Health, resource counts and vault connections. */
public final class UtilityService {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from {@code OneCli.utility()}. */
  public UtilityService(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  /** Tells whether the service is up and which version runs; the server needs no API key for it. */
  public HealthStatus health() {
    return health(RequestOptions.none());
  }

  /** Tells whether the service is up, with per-call options. */
  public HealthStatus health(RequestOptions options) {
    return transport.execute(UtilityApi.getHealthRequest(), options);
  }

  /** Counts the agents, apps, LLM keys and secrets of the workspace. */
  public ResourceCounts counts() {
    return counts(RequestOptions.none());
  }

  /** Counts the resources of the workspace, with per-call options. */
  public ResourceCounts counts(RequestOptions options) {
    return transport.execute(UtilityApi.getCountsRequest(), options);
  }

  /** Lists the external vaults, such as 1Password, linked to the workspace. */
  public List<VaultConnection> listVaults() {
    return listVaults(RequestOptions.none());
  }

  /** Lists the linked vaults, with per-call options. */
  public List<VaultConnection> listVaults(RequestOptions options) {
    return transport.execute(UtilityApi.listVaultsRequest(), options);
  }
}
