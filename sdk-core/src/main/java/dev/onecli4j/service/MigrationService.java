package dev.onecli4j.service;

import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.generated.onecli.api.MigrationApi;
import dev.onecli4j.generated.onecli.model.MigrateExportResult;
import dev.onecli4j.internal.http.HttpTransport;
import dev.onecli4j.param.MigrationExportParams;
import java.util.Objects;

/** Export of a self-hosted installation to the cloud service. */
public final class MigrationService {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from {@code OneCli.migration()}. */
  public MigrationService(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  /** Sends the secrets, agents, assignments and rules of this self-hosted server to a cloud account. */
  public MigrateExportResult export(MigrationExportParams params) {
    return export(params, RequestOptions.none());
  }

  /** Exports this self-hosted server to a cloud account, with per-call options. */
  public MigrateExportResult export(MigrationExportParams params, RequestOptions options) {
    return transport.execute(MigrationApi.migrateExportRequest(AccountBodies.export(params)), options);
  }
}
