package dev.onecli4j.service;

import static dev.onecli4j.service.Futures.attempt;

import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.generated.onecli.api.MigrationApi;
import dev.onecli4j.generated.onecli.model.MigrateExportResult;
import dev.onecli4j.internal.http.HttpTransport;
import dev.onecli4j.param.MigrationExportParams;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The asynchronous twin of {@link MigrationService}. */
public final class MigrationServiceAsync {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from {@code OneCli.async().migration()}. */
  public MigrationServiceAsync(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  /** Sends the secrets, agents, assignments and rules of this self-hosted server to a cloud account. */
  public CompletableFuture<MigrateExportResult> export(MigrationExportParams params) {
    return export(params, RequestOptions.none());
  }

  /** Exports this self-hosted server to a cloud account, with per-call options. */
  public CompletableFuture<MigrateExportResult> export(MigrationExportParams params, RequestOptions options) {
    return attempt(
        () -> transport.executeAsync(MigrationApi.migrateExportRequest(AccountBodies.export(params)), options));
  }
}
