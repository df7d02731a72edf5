package dev.onecli4j.service;

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

/** Agents, their access tokens, secret assignment and app connections. */
public final class AgentsService {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from {@code OneCli.agents()}. */
  public AgentsService(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  /** Lists the agents of the workspace with their assignment counts. */
  public List<Agent> list() {
    return list(RequestOptions.none());
  }

  /** Lists the agents, with per-call options. */
  public List<Agent> list(RequestOptions options) {
    return transport.execute(AgentsApi.listAgentsRequest(), options);
  }

  /** Creates an agent; its access token is not part of the answer. */
  public AgentCreated create(AgentCreateParams params) {
    return create(params, RequestOptions.none());
  }

  /** Creates an agent, with per-call options. */
  public AgentCreated create(AgentCreateParams params, RequestOptions options) {
    return transport.execute(AgentsApi.createAgentRequest(AgentBodies.create(params)), options);
  }

  /** Gets the agent the workspace uses when none is named. */
  public Agent getDefault() {
    return getDefault(RequestOptions.none());
  }

  /** Gets the default agent, with per-call options. */
  public Agent getDefault(RequestOptions options) {
    return transport.execute(AgentsApi.getDefaultAgentRequest(), options);
  }

  /** Changes the display name of an agent. */
  public SuccessResponse rename(String agentId, String name) {
    return rename(agentId, name, RequestOptions.none());
  }

  /** Changes the display name of an agent, with per-call options. */
  public SuccessResponse rename(String agentId, String name, RequestOptions options) {
    return transport.execute(AgentsApi.renameAgentRequest(agentId, AgentBodies.rename(agentId, name)), options);
  }

  /** Deletes an agent. */
  public void delete(String agentId) {
    delete(agentId, RequestOptions.none());
  }

  /** Deletes an agent, with per-call options. */
  public void delete(String agentId, RequestOptions options) {
    Args.id("delete", "agentId", agentId);
    transport.execute(AgentsApi.deleteAgentRequest(agentId), options);
  }

  /** Makes an agent the default of the workspace. */
  public SuccessResponse setDefault(String agentId) {
    return setDefault(agentId, RequestOptions.none());
  }

  /** Makes an agent the default, with per-call options. */
  public SuccessResponse setDefault(String agentId, RequestOptions options) {
    Args.id("setDefault", "agentId", agentId);
    return transport.execute(AgentsApi.setDefaultAgentRequest(agentId), options);
  }

  /** Replaces the access token of an agent; the old token stops working at once. */
  public AgentTokenResponse regenerateToken(String agentId) {
    return regenerateToken(agentId, RequestOptions.none());
  }

  /** Replaces the access token of an agent, with per-call options. */
  public AgentTokenResponse regenerateToken(String agentId, RequestOptions options) {
    Args.id("regenerateToken", "agentId", agentId);
    return transport.execute(AgentsApi.regenerateAgentTokenRequest(agentId), options);
  }

  /** Chooses whether an agent may use every secret or only the assigned ones. */
  public SuccessResponse updateSecretMode(String agentId, SecretMode mode) {
    return updateSecretMode(agentId, mode, RequestOptions.none());
  }

  /** Chooses the secret mode of an agent, with per-call options. */
  public SuccessResponse updateSecretMode(String agentId, SecretMode mode, RequestOptions options) {
    return transport.execute(
        AgentsApi.updateAgentSecretModeRequest(agentId, AgentBodies.secretMode(agentId, mode)), options);
  }

  /** Lists the IDs of the secrets assigned to an agent. */
  public List<String> getSecrets(String agentId) {
    return getSecrets(agentId, RequestOptions.none());
  }

  /** Lists the IDs of the secrets assigned to an agent, with per-call options. */
  public List<String> getSecrets(String agentId, RequestOptions options) {
    Args.id("getSecrets", "agentId", agentId);
    return transport.execute(AgentsApi.getAgentSecretsRequest(agentId), options);
  }

  /** Replaces the complete list of secrets assigned to an agent. */
  public SuccessResponse updateSecrets(String agentId, List<String> secretIds) {
    return updateSecrets(agentId, secretIds, RequestOptions.none());
  }

  /** Replaces the secrets assigned to an agent, with per-call options. */
  public SuccessResponse updateSecrets(String agentId, List<String> secretIds, RequestOptions options) {
    return transport.execute(
        AgentsApi.updateAgentSecretsRequest(agentId, AgentBodies.secrets(agentId, secretIds)), options);
  }

  /** Lists the agent-to-connection assignments of the workspace that carry an access policy. */
  public List<GranularAccessEntry> listGranularAccess() {
    return listGranularAccess(RequestOptions.none());
  }

  /** Lists the restricted connection assignments, with per-call options. */
  public List<GranularAccessEntry> listGranularAccess(RequestOptions options) {
    return transport.execute(AgentsApi.listAgentGranularAccessRequest(), options);
  }

  /** Lists the app connections assigned to an agent with their access policies. */
  public List<AgentConnectionAssignment> getConnections(String agentId) {
    return getConnections(agentId, RequestOptions.none());
  }

  /** Lists the app connections assigned to an agent, with per-call options. */
  public List<AgentConnectionAssignment> getConnections(String agentId, RequestOptions options) {
    Args.id("getConnections", "agentId", agentId);
    return transport.execute(AgentsApi.getAgentConnectionsRequest(agentId), options);
  }

  /** Replaces the complete list of app connections of an agent and their access policies. */
  public SuccessResponse updateConnections(String agentId, List<AgentConnectionAssignmentInput> connections) {
    return updateConnections(agentId, connections, RequestOptions.none());
  }

  /** Replaces the app connections of an agent, with per-call options. */
  public SuccessResponse updateConnections(
      String agentId, List<AgentConnectionAssignmentInput> connections, RequestOptions options) {
    return transport.execute(
        AgentsApi.updateAgentConnectionsRequest(agentId, AgentBodies.connections(agentId, connections)), options);
  }
}
