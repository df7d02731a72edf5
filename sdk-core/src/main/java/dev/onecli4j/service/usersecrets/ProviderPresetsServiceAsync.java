package dev.onecli4j.service.usersecrets;

import static dev.onecli4j.service.Futures.attempt;

import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.generated.usersecrets.api.PresetsApi;
import dev.onecli4j.generated.usersecrets.model.ProviderPreset;
import dev.onecli4j.generated.usersecrets.model.ProviderPresetList;
import dev.onecli4j.internal.http.HttpTransport;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The asynchronous twin of {@link ProviderPresetsService}. */
public final class ProviderPresetsServiceAsync {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from {@code UserSecrets.async().presets()}. */
  public ProviderPresetsServiceAsync(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  /** Every preset with its environment variable name and whether the caller has one. */
  public CompletableFuture<List<ProviderPreset>> list() {
    return list(RequestOptions.none());
  }

  /** Every preset, with per-call options. */
  public CompletableFuture<List<ProviderPreset>> list(RequestOptions options) {
    return attempt(() -> transport.executeAsync(PresetsApi.listProviderPresetsRequest(), options))
        .thenApply(ProviderPresetList::presets);
  }
}
