package dev.onecli4j.service;

import static dev.onecli4j.service.Futures.attempt;

import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.generated.onecli.api.UtilityApi;
import dev.onecli4j.generated.onecli.model.HealthStatus;
import dev.onecli4j.generated.onecli.model.ResourceCounts;
import dev.onecli4j.generated.onecli.model.VaultConnection;
import dev.onecli4j.internal.http.HttpTransport;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The asynchronous twin of {@link UtilityService}. */
public final class UtilityServiceAsync {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from {@code OneCli.async().utility()}. */
  public UtilityServiceAsync(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  /** Tells whether the service is up and which version runs; the server needs no API key for it. */
  public CompletableFuture<HealthStatus> health() {
    return health(RequestOptions.none());
  }

  /** Tells whether the service is up, with per-call options. */
  public CompletableFuture<HealthStatus> health(RequestOptions options) {
    return attempt(() -> transport.executeAsync(UtilityApi.getHealthRequest(), options));
  }

  /** Counts the agents, apps, LLM keys and secrets of the workspace. */
  public CompletableFuture<ResourceCounts> counts() {
    return counts(RequestOptions.none());
  }

  /** Counts the resources of the workspace, with per-call options. */
  public CompletableFuture<ResourceCounts> counts(RequestOptions options) {
    return attempt(() -> transport.executeAsync(UtilityApi.getCountsRequest(), options));
  }

  /** Lists the external vaults, such as 1Password, linked to the workspace. */
  public CompletableFuture<List<VaultConnection>> listVaults() {
    return listVaults(RequestOptions.none());
  }

  /** Lists the linked vaults, with per-call options. */
  public CompletableFuture<List<VaultConnection>> listVaults(RequestOptions options) {
    return attempt(() -> transport.executeAsync(UtilityApi.listVaultsRequest(), options));
  }
}
