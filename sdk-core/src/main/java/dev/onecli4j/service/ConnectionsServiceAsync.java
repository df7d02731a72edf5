package dev.onecli4j.service;

import static dev.onecli4j.service.Futures.attempt;

import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.generated.onecli.api.ConnectionsApi;
import dev.onecli4j.generated.onecli.model.AppConnection;
import dev.onecli4j.generated.onecli.model.ConnectionRenameRequest;
import dev.onecli4j.generated.onecli.model.ConnectionRenamed;
import dev.onecli4j.internal.http.HttpTransport;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The asynchronous twin of {@link ConnectionsService}. */
public final class ConnectionsServiceAsync {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from the client. */
  public ConnectionsServiceAsync(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  /** Lists the app connections of the workspace, inherited organization ones included. */
  public CompletableFuture<List<AppConnection>> list() {
    return list(RequestOptions.none());
  }

  /** Lists the app connections, with per-call options. */
  public CompletableFuture<List<AppConnection>> list(RequestOptions options) {
    return attempt(() -> transport.executeAsync(ConnectionsApi.listConnectionsRequest(null), options));
  }

  /** Lists the app connections of one provider, e.g. {@code github}. */
  public CompletableFuture<List<AppConnection>> list(String provider) {
    return list(provider, RequestOptions.none());
  }

  /** Lists the app connections of one provider, with per-call options. */
  public CompletableFuture<List<AppConnection>> list(String provider, RequestOptions options) {
    return attempt(
        () -> {
          AppBodies.text("list", "provider", provider);
          return transport.executeAsync(ConnectionsApi.listConnectionsRequest(provider), options);
        });
  }

  /** Changes the display label of a connection. */
  public CompletableFuture<ConnectionRenamed> rename(String connectionId, String label) {
    return rename(connectionId, label, RequestOptions.none());
  }

  /** Changes the display label of a connection, with per-call options. */
  public CompletableFuture<ConnectionRenamed> rename(String connectionId, String label, RequestOptions options) {
    return attempt(
        () -> {
          AppBodies.idAndText("rename", "connectionId", connectionId, "label", label);
          return transport.executeAsync(
              ConnectionsApi.renameConnectionRequest(
                  connectionId, ConnectionRenameRequest.builder().label(label).build()),
              options);
        });
  }

  /** Removes a connection for good. */
  public CompletableFuture<Void> disconnect(String connectionId) {
    return disconnect(connectionId, RequestOptions.none());
  }

  /** Removes a connection for good, with per-call options. */
  public CompletableFuture<Void> disconnect(String connectionId, RequestOptions options) {
    return attempt(
        () -> {
          Args.id("disconnect", "connectionId", connectionId);
          return transport.executeAsync(ConnectionsApi.disconnectConnectionRequest(connectionId), options);
        });
  }
}
