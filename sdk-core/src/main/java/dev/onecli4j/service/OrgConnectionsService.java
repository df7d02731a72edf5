package dev.onecli4j.service;

import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.generated.onecli.api.OrganizationConnectionsApi;
import dev.onecli4j.generated.onecli.model.AppConnection;
import dev.onecli4j.generated.onecli.model.ConnectionRenameRequest;
import dev.onecli4j.generated.onecli.model.ConnectionRenamed;
import dev.onecli4j.internal.http.HttpTransport;
import java.util.List;
import java.util.Objects;

/** App connections of the organization, shared by all of its workspaces. */
public final class OrgConnectionsService {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from the client. */
  public OrgConnectionsService(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  /** Lists the app connections defined for the whole organization. */
  public List<AppConnection> list() {
    return list(RequestOptions.none());
  }

  /** Lists the organization connections, with per-call options. */
  public List<AppConnection> list(RequestOptions options) {
    return transport.execute(OrganizationConnectionsApi.listOrgConnectionsRequest(null), options);
  }

  /** Lists the organization connections of one provider, e.g. {@code github}. */
  public List<AppConnection> list(String provider) {
    return list(provider, RequestOptions.none());
  }

  /** Lists the organization connections of one provider, with per-call options. */
  public List<AppConnection> list(String provider, RequestOptions options) {
    AppBodies.text("list", "provider", provider);
    return transport.execute(OrganizationConnectionsApi.listOrgConnectionsRequest(provider), options);
  }

  /** Changes the display label of an organization connection. */
  public ConnectionRenamed rename(String connectionId, String label) {
    return rename(connectionId, label, RequestOptions.none());
  }

  /** Changes the display label of an organization connection, with per-call options. */
  public ConnectionRenamed rename(String connectionId, String label, RequestOptions options) {
    AppBodies.idAndText("rename", "connectionId", connectionId, "label", label);
    return transport.execute(
        OrganizationConnectionsApi.renameOrgConnectionRequest(
            connectionId, ConnectionRenameRequest.builder().label(label).build()),
        options);
  }

  /** Removes an organization connection for good. */
  public void delete(String connectionId) {
    delete(connectionId, RequestOptions.none());
  }

  /** Removes an organization connection for good, with per-call options. */
  public void delete(String connectionId, RequestOptions options) {
    Args.id("delete", "connectionId", connectionId);
    transport.execute(OrganizationConnectionsApi.deleteOrgConnectionRequest(connectionId), options);
  }
}
