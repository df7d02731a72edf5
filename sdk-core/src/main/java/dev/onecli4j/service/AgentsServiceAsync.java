package dev.onecli4j.service;

import static dev.onecli4j.service.Futures.attempt;

import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.generated.onecli.api.AgentsApi;
import dev.onecli4j.generated.onecli.model.Agent;
import dev.onecli4j.generated.onecli.model.AgentConnectionAssignment;
import dev.onecli4j.generated.onecli.model.AgentConnectionAssignmentInput;
import dev.onecli4j.generated.onecli.model.AgentCreated;
import dev.onecli4j.generated.onecli.model.AgentTokenResponse;
import dev.onecli4j.generated.onecli.model.GranularAccessEntry;
import dev.onecli4j.generated.onecli.model.SecretMode;
import dev.onecli4j.generated.onecli.model.SuccessResponse;
import dev.onecli4j.internal.http.HttpTransport;
import dev.onecli4j.param.AgentCreateParams;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The asynchronous twin of {@link AgentsService}. */
public final class AgentsServiceAsync {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from {@code OneCli.async().agents()}. */
  public AgentsServiceAsync(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  /** Lists the agents of the workspace with their assignment counts. */
  public CompletableFuture<List<Agent>> list() {
    return list(RequestOptions.none());
  }

  /** Lists the agents, with per-call options. */
  public CompletableFuture<List<Agent>> list(RequestOptions options) {
    return attempt(() -> transport.executeAsync(AgentsApi.listAgentsRequest(), options));
  }

  /** Creates an agent; its access token is not part of the answer. */
  public CompletableFuture<AgentCreated> create(AgentCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /** Creates an agent, with per-call options. */
  public CompletableFuture<AgentCreated> create(AgentCreateParams params, RequestOptions options) {
    return attempt(() -> transport.executeAsync(AgentsApi.createAgentRequest(AgentBodies.create(params)), options));
  }

  /** Gets the agent the workspace uses when none is named. */
  public CompletableFuture<Agent> getDefault() {
    return getDefault(RequestOptions.none());
  }

  /** Gets the default agent, with per-call options. */
  public CompletableFuture<Agent> getDefault(RequestOptions options) {
    return attempt(() -> transport.executeAsync(AgentsApi.getDefaultAgentRequest(), options));
  }

  /** Changes the display name of an agent. */
  public CompletableFuture<SuccessResponse> rename(String agentId, String name) {
    return rename(agentId, name, RequestOptions.none());
  }

  /** Changes the display name of an agent, with per-call options. */
  public CompletableFuture<SuccessResponse> rename(String agentId, String name, RequestOptions options) {
    return attempt(
        () ->
            transport.executeAsync(
                AgentsApi.renameAgentRequest(agentId, AgentBodies.rename(agentId, name)), options));
  }

  /** Deletes an agent. */
  public CompletableFuture<Void> delete(String agentId) {
    return delete(agentId, RequestOptions.none());
  }

  /** Deletes an agent, with per-call options. */
  public CompletableFuture<Void> delete(String agentId, RequestOptions options) {
    return attempt(
        () -> {
          Args.id("delete", "agentId", agentId);
          return transport.executeAsync(AgentsApi.deleteAgentRequest(agentId), options);
        });
  }

  /** Makes an agent the default of the workspace. */
  public CompletableFuture<SuccessResponse> setDefault(String agentId) {
    return setDefault(agentId, RequestOptions.none());
  }

  /** Makes an agent the default, with per-call options. */
  public CompletableFuture<SuccessResponse> setDefault(String agentId, RequestOptions options) {
    return attempt(
        () -> {
          Args.id("setDefault", "agentId", agentId);
          return transport.executeAsync(AgentsApi.setDefaultAgentRequest(agentId), options);
        });
  }

  /** Replaces the access token of an agent; the old token stops working at once. */
  public CompletableFuture<AgentTokenResponse> regenerateToken(String agentId) {
    return regenerateToken(agentId, RequestOptions.none());
  }

  /** Replaces the access token of an agent, with per-call options. */
  public CompletableFuture<AgentTokenResponse> regenerateToken(String agentId, RequestOptions options) {
    return attempt(
        () -> {
          Args.id("regenerateToken", "agentId", agentId);
          return transport.executeAsync(AgentsApi.regenerateAgentTokenRequest(agentId), options);
        });
  }

  /** Chooses whether an agent may use every secret or only the assigned ones. */
  public CompletableFuture<SuccessResponse> updateSecretMode(String agentId, SecretMode mode) {
    return updateSecretMode(agentId, mode, RequestOptions.none());
  }

  /** Chooses the secret mode of an agent, with per-call options. */
  public CompletableFuture<SuccessResponse> updateSecretMode(
      String agentId, SecretMode mode, RequestOptions options) {
    return attempt(
        () ->
            transport.executeAsync(
                AgentsApi.updateAgentSecretModeRequest(agentId, AgentBodies.secretMode(agentId, mode)), options));
  }

  /** Lists the IDs of the secrets assigned to an agent. */
  public CompletableFuture<List<String>> getSecrets(String agentId) {
    return getSecrets(agentId, RequestOptions.none());
  }

  /** Lists the IDs of the secrets assigned to an agent, with per-call options. */
  public CompletableFuture<List<String>> getSecrets(String agentId, RequestOptions options) {
    return attempt(
        () -> {
          Args.id("getSecrets", "agentId", agentId);
          return transport.executeAsync(AgentsApi.getAgentSecretsRequest(agentId), options);
        });
  }

  /** Replaces the complete list of secrets assigned to an agent. */
  public CompletableFuture<SuccessResponse> updateSecrets(String agentId, List<String> secretIds) {
    return updateSecrets(agentId, secretIds, RequestOptions.none());
  }

  /** Replaces the secrets assigned to an agent, with per-call options. */
  public CompletableFuture<SuccessResponse> updateSecrets(
      String agentId, List<String> secretIds, RequestOptions options) {
    return attempt(
        () ->
            transport.executeAsync(
                AgentsApi.updateAgentSecretsRequest(agentId, AgentBodies.secrets(agentId, secretIds)), options));
  }

  /** Lists the agent-to-connection assignments of the workspace that carry an access policy. */
  public CompletableFuture<List<GranularAccessEntry>> listGranularAccess() {
    return listGranularAccess(RequestOptions.none());
  }

  /** Lists the restricted connection assignments, with per-call options. */
  public CompletableFuture<List<GranularAccessEntry>> listGranularAccess(RequestOptions options) {
    return attempt(() -> transport.executeAsync(AgentsApi.listAgentGranularAccessRequest(), options));
  }

  /** Lists the app connections assigned to an agent with their access policies. */
  public CompletableFuture<List<AgentConnectionAssignment>> getConnections(String agentId) {
    return getConnections(agentId, RequestOptions.none());
  }

  /** Lists the app connections assigned to an agent, with per-call options. */
  public CompletableFuture<List<AgentConnectionAssignment>> getConnections(String agentId, RequestOptions options) {
    return attempt(
        () -> {
          Args.id("getConnections", "agentId", agentId);
          return transport.executeAsync(AgentsApi.getAgentConnectionsRequest(agentId), options);
        });
  }

  /** Replaces the complete list of app connections of an agent and their access policies. */
  public CompletableFuture<SuccessResponse> updateConnections(
      String agentId, List<AgentConnectionAssignmentInput> connections) {
    return updateConnections(agentId, connections, RequestOptions.none());
  }

  /** Replaces the app connections of an agent, with per-call options. */
  public CompletableFuture<SuccessResponse> updateConnections(
      String agentId, List<AgentConnectionAssignmentInput> connections, RequestOptions options) {
    return attempt(
        () ->
            transport.executeAsync(
                AgentsApi.updateAgentConnectionsRequest(agentId, AgentBodies.connections(agentId, connections)),
                options));
  }
}
