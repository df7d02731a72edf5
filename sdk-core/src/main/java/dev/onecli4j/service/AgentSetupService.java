package dev.onecli4j.service;

import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.generated.onecli.api.AgentSetupApi;
import dev.onecli4j.generated.onecli.model.ContainerConfig;
import dev.onecli4j.generated.onecli.model.CredentialStub;
import dev.onecli4j.generated.onecli.model.CredentialStubAgents;
import dev.onecli4j.internal.http.HttpTransport;
import java.util.Objects;

/** What an agent needs to start behind the gateway. */
public final class AgentSetupService {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from {@code OneCli.agentSetup()}. */
  public AgentSetupService(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  /** Gets the proxy variables, CA certificate and placeholder files of the default agent. */
  public ContainerConfig getContainerConfig() {
    return getContainerConfig(RequestOptions.none());
  }

  /** Gets the container configuration of the default agent, with per-call options. */
  public ContainerConfig getContainerConfig(RequestOptions options) {
    return getContainerConfig(null, options);
  }

  /** Gets the container configuration of the agent with this identifier ({@code null}: the default agent). */
  public ContainerConfig getContainerConfig(String agent) {
    return getContainerConfig(agent, RequestOptions.none());
  }

  /** Gets the container configuration of an agent, with per-call options. */
  public ContainerConfig getContainerConfig(String agent, RequestOptions options) {
    return transport.execute(AgentSetupApi.getContainerConfigRequest(agent), options);
  }

  /** Lists the agent frameworks that have a placeholder credential file. */
  public CredentialStubAgents listCredentialStubs() {
    return listCredentialStubs(RequestOptions.none());
  }

  /** Lists the agent frameworks that have a credential stub, with per-call options. */
  public CredentialStubAgents listCredentialStubs(RequestOptions options) {
    return transport.execute(AgentSetupApi.listCredentialStubsRequest(), options);
  }

  /** Gets the placeholder credential file of an agent framework, e.g. {@code codex}. */
  public CredentialStub getCredentialStub(String agent) {
    return getCredentialStub(agent, RequestOptions.none());
  }

  /** Gets the credential stub of an agent framework, with per-call options. */
  public CredentialStub getCredentialStub(String agent, RequestOptions options) {
    Args.id("getCredentialStub", "agent", agent);
    return transport.execute(AgentSetupApi.getCredentialStubRequest(agent), options);
  }

  /** Gets the Markdown guidance that shows a coding agent how to work behind the gateway. */
  public String getGatewaySkill() {
    return getGatewaySkill(RequestOptions.none());
  }

  /** Gets the gateway skill text, with per-call options. */
  public String getGatewaySkill(RequestOptions options) {
    return getGatewaySkill(null, options);
  }

  /** Gets the gateway skill text tailored to a framework, e.g. {@code claude} ({@code null}: generic). */
  public String getGatewaySkill(String agentFramework) {
    return getGatewaySkill(agentFramework, RequestOptions.none());
  }

  /** Gets the gateway skill text tailored to a framework, with per-call options. */
  public String getGatewaySkill(String agentFramework, RequestOptions options) {
    return transport.execute(AgentSetupApi.getGatewaySkillRequest(agentFramework), options);
  }
}
