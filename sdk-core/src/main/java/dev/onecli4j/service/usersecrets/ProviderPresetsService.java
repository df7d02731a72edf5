package dev.onecli4j.service.usersecrets;

import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.generated.usersecrets.api.PresetsApi;
import dev.onecli4j.generated.usersecrets.model.ProviderPreset;
import dev.onecli4j.internal.http.HttpTransport;
import java.util.List;
import java.util.Objects;

/** The provider presets the user-secrets server knows. */
public final class ProviderPresetsService {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from {@code UserSecrets.presets()}. */
  public ProviderPresetsService(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  /** Every preset with its environment variable name and whether the caller has one. */
  public List<ProviderPreset> list() {
    return list(RequestOptions.none());
  }

  /** Every preset, with per-call options. */
  public List<ProviderPreset> list(RequestOptions options) {
    return transport.execute(PresetsApi.listProviderPresetsRequest(), options).presets();
  }
}
