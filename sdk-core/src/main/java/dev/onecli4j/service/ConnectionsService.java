package dev.onecli4j.service;

import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.generated.onecli.api.ConnectionsApi;
import dev.onecli4j.generated.onecli.model.AppConnection;
import dev.onecli4j.generated.onecli.model.ConnectionRenameRequest;
import dev.onecli4j.generated.onecli.model.ConnectionRenamed;
import dev.onecli4j.internal.http.HttpTransport;
import java.util.List;
import java.util.Objects;

/** App connections of the current workspace. */
public final class ConnectionsService {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from the client. */
  public ConnectionsService(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  /** Lists the app connections of the workspace, inherited organization ones included. */
  public List<AppConnection> list() {
    return list(RequestOptions.none());
  }

  /** Lists the app connections, with per-call options. */
  public List<AppConnection> list(RequestOptions options) {
    return transport.execute(ConnectionsApi.listConnectionsRequest(null), options);
  }

  /** Lists the app connections of one provider, e.g. {@code github}. */
  public List<AppConnection> list(String provider) {
    return list(provider, RequestOptions.none());
  }

  /** Lists the app connections of one provider, with per-call options. */
  public List<AppConnection> list(String provider, RequestOptions options) {
    AppBodies.text("list", "provider", provider);
    return transport.execute(ConnectionsApi.listConnectionsRequest(provider), options);
  }

  /** Changes the display label of a connection. */
  public ConnectionRenamed rename(String connectionId, String label) {
    return rename(connectionId, label, RequestOptions.none());
  }

  /** Changes the display label of a connection, with per-call options. */
  public ConnectionRenamed rename(String connectionId, String label, RequestOptions options) {
    AppBodies.idAndText("rename", "connectionId", connectionId, "label", label);
    return transport.execute(
        ConnectionsApi.renameConnectionRequest(connectionId, ConnectionRenameRequest.builder().label(label).build()),
        options);
  }

  /** Removes a connection for good. */
  public void disconnect(String connectionId) {
    disconnect(connectionId, RequestOptions.none());
  }

  /** Removes a connection for good, with per-call options. */
  public void disconnect(String connectionId, RequestOptions options) {
    Args.id("disconnect", "connectionId", connectionId);
    transport.execute(ConnectionsApi.disconnectConnectionRequest(connectionId), options);
  }
}
