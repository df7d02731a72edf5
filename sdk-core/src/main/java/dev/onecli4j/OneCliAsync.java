package dev.onecli4j;

import dev.onecli4j.internal.http.HttpTransport;
import dev.onecli4j.service.AgentsServiceAsync;
import dev.onecli4j.service.SecretsServiceAsync;
import dev.onecli4j.service.RulesServiceAsync;
import dev.onecli4j.service.ApprovalsServiceAsync;
import dev.onecli4j.service.UserServiceAsync;
import dev.onecli4j.service.ProjectsServiceAsync;
import dev.onecli4j.service.TeamServiceAsync;
import dev.onecli4j.service.AppsServiceAsync;
import dev.onecli4j.service.ConnectionsServiceAsync;
import dev.onecli4j.service.UtilityServiceAsync;
import dev.onecli4j.service.AgentSetupServiceAsync;
import dev.onecli4j.service.MigrationServiceAsync;
import dev.onecli4j.service.OrgServicesAsync;
import dev.onecli4j.service.PartnerServicesAsync;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** The asynchronous view of {@link OneCli}: every call returns a {@link CompletableFuture}. */
public final class OneCliAsync {
  private final HttpTransport transport;
  private final AgentsServiceAsync agents;
  private final SecretsServiceAsync secrets;
  private final RulesServiceAsync rules;
  private final ApprovalsServiceAsync approvals;
  private final UserServiceAsync user;
  private final ProjectsServiceAsync projects;
  private final TeamServiceAsync team;
  private final AppsServiceAsync apps;
  private final ConnectionsServiceAsync connections;
  private final UtilityServiceAsync utility;
  private final AgentSetupServiceAsync agentSetup;
  private final MigrationServiceAsync migration;
  private final OrgServicesAsync org;
  private final PartnerServicesAsync partner;

  OneCliAsync(HttpTransport transport) {
    this.transport = transport;
    this.agents = new AgentsServiceAsync(transport);
    this.secrets = new SecretsServiceAsync(transport);
    this.rules = new RulesServiceAsync(transport);
    this.approvals = new ApprovalsServiceAsync(transport);
    this.user = new UserServiceAsync(transport);
    this.projects = new ProjectsServiceAsync(transport);
    this.team = new TeamServiceAsync(transport);
    this.apps = new AppsServiceAsync(transport);
    this.connections = new ConnectionsServiceAsync(transport);
    this.utility = new UtilityServiceAsync(transport);
    this.agentSetup = new AgentSetupServiceAsync(transport);
    this.migration = new MigrationServiceAsync(transport);
    this.org = new OrgServicesAsync(transport);
    this.partner = new PartnerServicesAsync(transport);
  }

  /** Agents, their tokens, secrets assignment and connections. */
  public AgentsServiceAsync agents() {
    return agents;
  }

  /** Credentials the gateway injects into matching requests. */
  public SecretsServiceAsync secrets() {
    return secrets;
  }

  /** Policy rules. */
  public RulesServiceAsync rules() {
    return rules;
  }

  /** Manual approvals of held requests. */
  public ApprovalsServiceAsync approvals() {
    return approvals;
  }

  /** The caller's profile and API key. */
  public UserServiceAsync user() {
    return user;
  }

  /** Projects (workspaces). */
  public ProjectsServiceAsync projects() {
    return projects;
  }

  /** Team provisioning. */
  public TeamServiceAsync team() {
    return team;
  }

  /** Apps, their configuration, permissions and blocklists. */
  public AppsServiceAsync apps() {
    return apps;
  }

  /** App connections. */
  public ConnectionsServiceAsync connections() {
    return connections;
  }

  /** Health, resource counts and vaults. */
  public UtilityServiceAsync utility() {
    return utility;
  }

  /** What an agent's container needs: configuration, credential stubs, the gateway skill. */
  public AgentSetupServiceAsync agentSetup() {
    return agentSetup;
  }

  /** Moving data to the cloud service. */
  public MigrationServiceAsync migration() {
    return migration;
  }

  /** Organization-wide resources (organization keys). */
  public OrgServicesAsync org() {
    return org;
  }

  /** Partner resources: managed organizations, their projects, secrets, budgets and members. */
  public PartnerServicesAsync partner() {
    return partner;
  }

  /**
   * Runs one call and completes with its raw answer and parsed body:
   * {@code client.async().withRawResponse(c -> c.secrets().list())}.
   */
  public <T> CompletableFuture<RawResponse<T>> withRawResponse(
      Function<? super OneCliAsync, CompletableFuture<T>> call) {
    return RawCapture.async(transport, OneCliAsync::new, call);
  }
}
