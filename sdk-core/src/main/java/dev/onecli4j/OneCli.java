package dev.onecli4j;

import dev.onecli4j.core.ClientOptions;
import dev.onecli4j.internal.http.HttpTransport;
import dev.onecli4j.service.AgentSetupService;
import dev.onecli4j.service.AgentsService;
import dev.onecli4j.service.ApprovalsService;
import dev.onecli4j.service.AppsService;
import dev.onecli4j.service.ConnectionsService;
import dev.onecli4j.service.MigrationService;
import dev.onecli4j.service.OrgServices;
import dev.onecli4j.service.PartnerServices;
import dev.onecli4j.service.ProjectsService;
import dev.onecli4j.service.RulesService;
import dev.onecli4j.service.SecretsService;
import dev.onecli4j.service.TeamService;
import dev.onecli4j.service.UserService;
import dev.onecli4j.service.UtilityService;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Client of the OneCLI API v1, the credential gateway for AI agents.
 *
 * <pre>{@code
 * try (OneCli client = OneCli.fromEnv()) {
 *   List<Secret> secrets = client.secrets().list();
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe; share one instance. Copies from {@link #withOptions} share its
 * connection pool. {@link #close()} releases the pool only if the SDK created it.
 */
public final class OneCli implements AutoCloseable {
  /** Environment variable of the API key. */
  public static final String ENV_API_KEY = "ONECLI_API_KEY";
  /** Environment variable of the base URL. */
  public static final String ENV_BASE_URL = "ONECLI_BASE_URL";
  /** Environment variable of the project id (legacy name of a workspace). */
  public static final String ENV_PROJECT_ID = "ONECLI_PROJECT_ID";
  /** Environment variable of the workspace id. */
  public static final String ENV_WORKSPACE_ID = "ONECLI_WORKSPACE_ID";

  private final HttpTransport transport;
  private final AgentsService agents;
  private final SecretsService secrets;
  private final RulesService rules;
  private final ApprovalsService approvals;
  private final UserService user;
  private final ProjectsService projects;
  private final TeamService team;
  private final AppsService apps;
  private final ConnectionsService connections;
  private final UtilityService utility;
  private final AgentSetupService agentSetup;
  private final MigrationService migration;
  private final OrgServices org;
  private final PartnerServices partner;
  private final OneCliAsync async;

  private OneCli(HttpTransport transport) {
    this.transport = transport;
    this.agents = new AgentsService(transport);
    this.secrets = new SecretsService(transport);
    this.rules = new RulesService(transport);
    this.approvals = new ApprovalsService(transport);
    this.user = new UserService(transport);
    this.projects = new ProjectsService(transport);
    this.team = new TeamService(transport);
    this.apps = new AppsService(transport);
    this.connections = new ConnectionsService(transport);
    this.utility = new UtilityService(transport);
    this.agentSetup = new AgentSetupService(transport);
    this.migration = new MigrationService(transport);
    this.org = new OrgServices(transport);
    this.partner = new PartnerServices(transport);
    this.async = new OneCliAsync(transport);
  }

  /** A builder with the defaults: the cloud base URL, 2 retries, 60 s per attempt. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client configured from {@code ONECLI_API_KEY} (required), {@code ONECLI_BASE_URL},
   * {@code ONECLI_PROJECT_ID} and {@code ONECLI_WORKSPACE_ID}.
   */
  public static OneCli fromEnv() {
    return builder().fromEnv().build();
  }

  /** Agents, their tokens, secrets assignment and connections. */
  public AgentsService agents() {
    return agents;
  }

  /** Credentials the gateway injects into matching requests. */
  public SecretsService secrets() {
    return secrets;
  }

  /** Policy rules. */
  public RulesService rules() {
    return rules;
  }

  /** Manual approvals of held requests. */
  public ApprovalsService approvals() {
    return approvals;
  }

  /** The caller's profile and API key. */
  public UserService user() {
    return user;
  }

  /** Projects (workspaces). */
  public ProjectsService projects() {
    return projects;
  }

  /** Team provisioning. */
  public TeamService team() {
    return team;
  }

  /** Apps, their configuration, permissions and blocklists. */
  public AppsService apps() {
    return apps;
  }

  /** App connections. */
  public ConnectionsService connections() {
    return connections;
  }

  /** Health, resource counts and vaults. */
  public UtilityService utility() {
    return utility;
  }

  /** What an agent's container needs: configuration, credential stubs, the gateway skill. */
  public AgentSetupService agentSetup() {
    return agentSetup;
  }

  /** Moving data to the cloud service. */
  public MigrationService migration() {
    return migration;
  }

  /** Organization-wide resources (organization keys). */
  public OrgServices org() {
    return org;
  }

  /** Partner resources: managed organizations, their projects, secrets, budgets and members. */
  public PartnerServices partner() {
    return partner;
  }

  /** The same client with calls that return futures. */
  public OneCliAsync async() {
    return async;
  }

  /** The options this client applies. */
  public ClientOptions options() {
    return transport.options();
  }

  /** A copy with modified options that shares this client's connection pool. */
  public OneCli withOptions(Consumer<ClientOptions.Builder> modifier) {
    ClientOptions.Builder b = transport.options().newBuilder();
    modifier.accept(b);
    return new OneCli(transport.withOptions(b.build()));
  }

  /**
   * Runs one call and returns its raw answer (status, headers, request id) with the parsed body:
   * {@code client.withRawResponse(c -> c.secrets().create(params))}.
   */
  public <T> RawResponse<T> withRawResponse(Function<? super OneCli, T> call) {
    return RawCapture.sync(transport, OneCli::new, call);
  }

  /** Releases the connection pool and threads, if the SDK created them. */
  @Override
  public void close() {
    transport.close();
  }

  @Override
  public String toString() {
    return "OneCli{" + transport.options().baseUrl() + "}";
  }

  /** Builds {@link OneCli} clients. */
  public static final class Builder extends ClientOptions.AbstractBuilder<Builder> {
    private Builder() {}

    /** Reads the {@code ONECLI_*} environment variables; unset ones leave the option as it is. */
    public Builder fromEnv() {
      return fromEnv(System.getenv());
    }

    Builder fromEnv(Map<String, String> env) {
      String apiKey = env.get(ENV_API_KEY);
      if (apiKey != null && !apiKey.isEmpty()) {
        apiKey(apiKey);
      }
      String baseUrl = env.get(ENV_BASE_URL);
      if (baseUrl != null && !baseUrl.isEmpty()) {
        baseUrl(baseUrl);
      }
      String projectId = env.get(ENV_PROJECT_ID);
      if (projectId != null && !projectId.isEmpty()) {
        projectId(projectId);
      }
      String workspaceId = env.get(ENV_WORKSPACE_ID);
      if (workspaceId != null && !workspaceId.isEmpty()) {
        workspaceId(workspaceId);
      }
      return this;
    }

    /**
     * Builds the client.
     *
     * @throws IllegalStateException if no API key was given
     */
    public OneCli build() {
      ClientOptions options = options();
      if (options.apiKey() == null) {
        throw new IllegalStateException(
            "OneCli needs an API key: call apiKey(...) or set " + ENV_API_KEY);
      }
      return new OneCli(HttpTransport.create(options));
    }
  }
}
