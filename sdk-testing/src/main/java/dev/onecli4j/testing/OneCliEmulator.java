package dev.onecli4j.testing;

import dev.onecli4j.OneCli;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An in-process emulator of the OneCLI API v1 as the server 2.0.1 serves it, on a local port,
 * for trying the SDK and testing code that uses it without a server.
 *
 * <pre>{@code
 * try (OneCliEmulator emulator = OneCliEmulator.start()) {
 *   OneCli client = emulator.client();
 *   client.secrets().create(params);
 * }
 * }</pre>
 *
 * <p>It keeps a user with an organization and a workspace in memory: agents (the 2.0.1 model,
 * no default agent), secrets, app connections, grants with their automatic LLM keys, the
 * organization's secrets, connections, draft and published policy and invitations, workspaces,
 * and the reflections of the policy (effective credentials, effective agents, per-tool verdicts).
 * Answers follow the recorded real server: its validation messages and order, its two error
 * shapes, its status codes, its shapes. Retired routes answer 410 with the server's message,
 * routes the server lacks answer 404 "Unrecognized request URL", unknown ids answer 404.
 * Operations the emulator does not model answer a fixed, well-formed success.
 *
 * <p>Credentials: {@link #apiKey()} is a workspace key (it ignores {@code X-Workspace-Id});
 * {@link #orgApiKey()} is an organization key, which needs {@code X-Workspace-Id} on workspace
 * routes. The legacy {@code X-Project-Id} and {@code /projects} work and are answered with
 * {@code Deprecation} and {@code Link} headers. {@link #gatewayUrl()} is an emulated gateway
 * serving the approvals routes.
 *
 * <p>Thread-safe. {@link #faults()} injects latency, errors, rate limits and dropped
 * connections; {@link #requests()} shows what was received.
 */
public final class OneCliEmulator implements AutoCloseable {
  /** The server version {@code GET /health} and {@code GET /instance} report unless configured otherwise. */
  public static final String DEFAULT_SERVER_VERSION = "2.0.1";

  private final OneCliState state;
  private final RequestLog log = new RequestLog();
  private final Faults faults = new Faults();
  private final EmulatorServer server;
  private final EmulatorServer gateway;

  private OneCliEmulator(Builder b) {
    this.state = new OneCliState(b.clock, b.apiKey, b.workspaceId, b.serverVersion, b.gatewayCa ? InstanceEndpoint.testCaPem() : null);
    this.server = new EmulatorServer(new FaultingDispatcher(OneCliHandler.BASE, log, faults, new OneCliHandler(state)));
    this.gateway =
        new EmulatorServer(new FaultingDispatcher(GatewayHandler.BASE, new RequestLog(), new Faults(), new GatewayHandler(state)));
    state.gatewayUrl(gateway.url(""));
    state.appUrl(server.url(""));
  }

  /**
   * Starts an emulator with a fresh API key and workspace on a free loopback port.
   *
   * @return the new one cli emulator
   */
  public static OneCliEmulator start() {
    return builder().start();
  }

  /**
   * {@return a builder to choose the API key, workspace id, reported version, clock or gateway CA}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the base URL to give the SDK, e.g. {@code http://127.0.0.1:54321/v1}} */
  public String baseUrl() {
    return server.url("/v1");
  }

  /**
   * The workspace key the emulator accepts now ({@code oc_...}); regenerating it through the
   * API changes it.
   *
   * @return the workspace key the emulator accepts now ({@code oc_...}); regenerating it through
   *     the API changes it
   */
  public String apiKey() {
    return state.apiKey();
  }

  /** {@return the organization key of the emulated organization ({@code oc_org_...})} */
  public String orgApiKey() {
    return state.orgApiKey;
  }

  /** {@return the id of the emulated workspace} */
  public String workspaceId() {
    return state.workspaceId;
  }

  /** {@return the id of the emulated user (the one a policy rule's {@code user} identity names)} */
  public String userId() {
    return state.userId;
  }

  /**
   * Where the emulated gateway listens (what {@code GET /gateway-url} answers), e.g. {@code
   * http://127.0.0.1:54322}; it serves {@code /v1/approvals/pending} and {@code
   * /v1/approvals/{id}/decision}.
   *
   * @return where the emulated gateway listens (what {@code GET /gateway-url} answers), e.g. {@code
   *     http://127.0.0.1:54322}; it serves {@code /v1/approvals/pending} and {@code
   *     /v1/approvals/{id}/decision}
   */
  public String gatewayUrl() {
    return state.gatewayUrl();
  }

  /**
   * A client pointed at the emulator with the current API key and the SDK's default options.
   * Clients share one connection pool owned by the emulator; closing them is optional.
   *
   * @return a client pointed at the emulator with the current API key and the SDK's default options
   */
  public OneCli client() {
    return clientBuilder().build();
  }

  /**
   * A client builder pointed at the emulator, to change options before {@code build()}.
   *
   * @return this builder
   */
  public OneCli.Builder clientBuilder() {
    return OneCli.builder().baseUrl(baseUrl()).apiKey(apiKey()).okHttpClient(server.http());
  }

  /**
   * {@return a client with the organization key that acts in the emulated workspace ({@code
   * X-Workspace-Id})}
   */
  public OneCli orgClient() {
    return OneCli.builder().baseUrl(baseUrl()).apiKey(orgApiKey()).workspaceId(workspaceId()).okHttpClient(server.http()).build();
  }

  /**
   * Adds another account (user, organization, workspace, keys), empty.
   *
   * @param name the new tenant's name
   * @return the new tenant
   */
  public EmulatedTenant addTenant(String name) {
    return state.addTenant(Objects.requireNonNull(name, "name"));
  }

  /** {@return the fault injection of this emulator (the API, not the gateway)} */
  public Faults faults() {
    return faults;
  }

  /** {@return how many API requests the emulator received, faulted ones included} */
  public int requestCount() {
    return log.count();
  }

  /**
   * {@return the API requests received so far, oldest first: method, path and header names only}
   */
  public List<EmulatedRequest> requests() {
    return log.snapshot();
  }

  /**
   * The inline value stored for secret {@code secretId} (of the emulated workspace or
   * organization), which the API never returns: lets a test check that a rotation arrived.
   * Empty for unknown and 1Password-backed secrets.
   *
   * @param secretId the secret's id
   * @return the inline value stored for secret {@code secretId} (of the emulated workspace or
   *     organization), which the API never returns: lets a test check that a rotation arrived
   */
  public Optional<String> secretValue(String secretId) {
    synchronized (state) {
      StoredSecret s = state.primaryWorkspace().poolSecret(secretId);
      return Optional.ofNullable(s == null ? null : s.value);
    }
  }

  /**
   * Holds a request of an agent of the emulated workspace for a manual approval, as the gateway
   * would; it shows in the gateway's pending list until decided.
   *
   * @param agentId an agent of the emulated workspace
   * @param method the held request's method, e.g. {@code POST}
   * @param url the held request's URL, e.g. {@code https://api.github.com/repos/o/r/issues}
   * @return the approval's id
   * @throws IllegalArgumentException if there is no such agent or the URL is not absolute
   */
  public String requestApproval(String agentId, String method, String url) {
    okhttp3.HttpUrl parsed = okhttp3.HttpUrl.parse(url);
    if (parsed == null) {
      throw new IllegalArgumentException("not an absolute http(s) URL");
    }
    synchronized (state) {
      StoredAgent agent = state.primaryWorkspace().agents.get(agentId);
      if (agent == null) {
        throw new IllegalArgumentException("no agent " + agentId + " in the emulated workspace");
      }
      ApprovalStore.Approval a =
          new ApprovalStore.Approval(
              Ids.uuid(), state.workspaceId, agent, method, parsed, state.now(), state.now().plus(Duration.ofSeconds(GatewayHandler.TIMEOUT_SECONDS)));
      state.approvals.add(a);
      return a.id;
    }
  }

  /**
   * The decision ({@code approve} or {@code deny}) submitted for an approval, if any.
   *
   * @param approvalId the approval's id
   * @return the decision ({@code approve} or {@code deny}) submitted for an approval, if any
   */
  public Optional<String> approvalDecision(String approvalId) {
    synchronized (state) {
      ApprovalStore.Approval a = state.approvals.get(approvalId);
      return Optional.ofNullable(a == null ? null : a.decision);
    }
  }

  /**
   * Forgets everything (agents, secrets, connections, grants, policy, workspaces, invitations,
   * other tenants, approvals, requests), clears the faults and restores the first API key.
   */
  public void reset() {
    state.reset();
    faults.clear();
    log.clear();
  }

  /** Stops the servers and releases the shared connection pool. */
  @Override
  public void close() {
    server.close();
    gateway.close();
  }

  @Override
  public String toString() {
    return "OneCliEmulator{" + baseUrl() + "}";
  }

  /** Configures and starts a {@link OneCliEmulator}. */
  public static final class Builder {
    private String apiKey = Ids.apiKey();
    private String workspaceId = Ids.workspaceId();
    private String serverVersion = DEFAULT_SERVER_VERSION;
    private Clock clock = Clock.systemUTC();
    private boolean gatewayCa = true;

    private Builder() {}

    /**
     * Sets the workspace key the emulator accepts; it must start with {@code oc_} (not {@code oc_org_}).
     *
     * @param apiKey the workspace key the emulator accepts; it must start with {@code oc_} (not
     *     {@code oc_org_})
     * @return this builder
     */
    public Builder apiKey(String apiKey) {
      Objects.requireNonNull(apiKey, "apiKey");
      if (!apiKey.startsWith("oc_") || apiKey.startsWith("oc_org_") || apiKey.length() < 4) {
        throw new IllegalArgumentException("a OneCLI workspace key starts with oc_");
      }
      this.apiKey = apiKey;
      return this;
    }

    /**
     * Sets the id of the emulated workspace (the server makes 16 lowercase letters).
     *
     * @param workspaceId the id of the emulated workspace (the server makes 16 lowercase letters)
     * @return this builder
     */
    public Builder workspaceId(String workspaceId) {
      this.workspaceId = Objects.requireNonNull(workspaceId, "workspaceId");
      return this;
    }

    /**
     * Sets the version {@code GET /health} and {@code GET /instance} report.
     *
     * @param serverVersion the version {@code GET /health} and {@code GET /instance} report
     * @return this builder
     */
    public Builder serverVersion(String serverVersion) {
      this.serverVersion = Objects.requireNonNull(serverVersion, "serverVersion");
      return this;
    }

    /**
     * Sets the clock of every timestamp the emulator writes.
     *
     * @param clock the clock of every timestamp the emulator writes
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Plays a server whose gateway never ran: {@code GET /gateway/ca} answers 503 instead of the
     * emulator's fixed test CA certificate.
     *
     * @return this builder
     */
    public Builder withoutGatewayCa() {
      this.gatewayCa = false;
      return this;
    }

    /**
     * Starts the emulator on a free loopback port.
     *
     * @return the started emulator
     */
    public OneCliEmulator start() {
      return new OneCliEmulator(this);
    }
  }
}
