package dev.onecli4j.service;

import static dev.onecli4j.service.Futures.attempt;

import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.generated.onecli.api.OrganizationConnectionsApi;
import dev.onecli4j.generated.onecli.model.AppConnection;
import dev.onecli4j.generated.onecli.model.ConnectionRenameRequest;
import dev.onecli4j.generated.onecli.model.ConnectionRenamed;
import dev.onecli4j.internal.http.HttpTransport;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The asynchronous twin of {@link OrgConnectionsService}. */
public final class OrgConnectionsServiceAsync {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from the client. */
  public OrgConnectionsServiceAsync(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  /** Lists the app connections defined for the whole organization. */
  public CompletableFuture<List<AppConnection>> list() {
    return list(RequestOptions.none());
  }

  /** Lists the organization connections, with per-call options. */
  public CompletableFuture<List<AppConnection>> list(RequestOptions options) {
    return attempt(() -> transport.executeAsync(OrganizationConnectionsApi.listOrgConnectionsRequest(null), options));
  }

  /** Lists the organization connections of one provider, e.g. {@code github}. */
  public CompletableFuture<List<AppConnection>> list(String provider) {
    return list(provider, RequestOptions.none());
  }

  /** Lists the organization connections of one provider, with per-call options. */
  public CompletableFuture<List<AppConnection>> list(String provider, RequestOptions options) {
    return attempt(
        () -> {
          AppBodies.text("list", "provider", provider);
          return transport.executeAsync(OrganizationConnectionsApi.listOrgConnectionsRequest(provider), options);
        });
  }

  /** Changes the display label of an organization connection. */
  public CompletableFuture<ConnectionRenamed> rename(String connectionId, String label) {
    return rename(connectionId, label, RequestOptions.none());
  }

  /** Changes the display label of an organization connection, with per-call options. */
  public CompletableFuture<ConnectionRenamed> rename(String connectionId, String label, RequestOptions options) {
    return attempt(
        () -> {
          AppBodies.idAndText("rename", "connectionId", connectionId, "label", label);
          return transport.executeAsync(
              OrganizationConnectionsApi.renameOrgConnectionRequest(
                  connectionId, ConnectionRenameRequest.builder().label(label).build()),
              options);
        });
  }

  /** Removes an organization connection for good. */
  public CompletableFuture<Void> delete(String connectionId) {
    return delete(connectionId, RequestOptions.none());
  }

  /** Removes an organization connection for good, with per-call options. */
  public CompletableFuture<Void> delete(String connectionId, RequestOptions options) {
    return attempt(
        () -> {
          Args.id("delete", "connectionId", connectionId);
          return transport.executeAsync(OrganizationConnectionsApi.deleteOrgConnectionRequest(connectionId), options);
        });
  }
}
