package dev.onecli4j.testing;

import dev.onecli4j.OneCli;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An in-process emulator of the OneCLI API v1 on a local port, for trying the SDK and testing
 * code that uses it without a server.
 *
 * <pre>{@code
 * try (OneCliEmulator emulator = OneCliEmulator.start()) {
 *   OneCli client = emulator.client();
 *   client.secrets().create(params);
 * }
 * }</pre>
 *
 * <p>Secrets, agents, policy rules, the user and the API key are kept in memory and follow the
 * real server's rules: its validation messages, its two error shapes, its status codes and the
 * shapes of its answers (including where they differ from the published description). Every
 * other operation of the API answers a fixed, well-formed success. Requests need
 * {@code Authorization: Bearer} with {@link #apiKey()}, except {@code GET /health}. A request
 * with {@code X-Workspace-Id} or {@code X-Project-Id} naming another workspace gets 404; one
 * with the legacy {@code X-Project-Id} gets {@code Deprecation} and {@code Link} headers.
 *
 * <p>Thread-safe. {@link #faults()} injects latency, errors, rate limits and dropped
 * connections; {@link #requests()} shows what was received.
 */
public final class OneCliEmulator implements AutoCloseable {
  /** The server version {@code GET /health} reports unless configured otherwise. */
  public static final String DEFAULT_SERVER_VERSION = "2.0.1";

  private final OneCliState state;
  private final OneCliHandler handler;
  private final RequestLog log = new RequestLog();
  private final Faults faults = new Faults();
  private final EmulatorServer server;

  private OneCliEmulator(Builder b) {
    this.state = new OneCliState(b.clock, b.apiKey, b.workspaceId, b.serverVersion);
    this.handler = new OneCliHandler(state);
    this.server = new EmulatorServer(new FaultingDispatcher(OneCliHandler.BASE, log, faults, handler));
  }

  /** Starts an emulator with a fresh API key and workspace on a free loopback port. */
  public static OneCliEmulator start() {
    return builder().start();
  }

  /** A builder to choose the API key, workspace id, reported version or clock. */
  public static Builder builder() {
    return new Builder();
  }

  /** The base URL to give the SDK, e.g. {@code http://127.0.0.1:54321/v1}. */
  public String baseUrl() {
    return server.url("/v1");
  }

  /** The API key the emulator accepts now ({@code oc_...}); regenerating it through the API changes it. */
  public String apiKey() {
    return state.apiKey();
  }

  /** The id of the emulated workspace. */
  public String workspaceId() {
    return state.workspaceId;
  }

  /**
   * A client pointed at the emulator with the current API key and the SDK's default options.
   * Clients share one connection pool owned by the emulator; closing them is optional.
   */
  public OneCli client() {
    return clientBuilder().build();
  }

  /** A client builder pointed at the emulator, to change options before {@code build()}. */
  public OneCli.Builder clientBuilder() {
    return OneCli.builder().baseUrl(baseUrl()).apiKey(apiKey()).okHttpClient(server.http());
  }

  /** The fault injection of this emulator. */
  public Faults faults() {
    return faults;
  }

  /** How many requests the emulator received, faulted ones included. */
  public int requestCount() {
    return log.count();
  }

  /** The requests received so far, oldest first: method, path and header names only. */
  public List<EmulatedRequest> requests() {
    return log.snapshot();
  }

  /**
   * The inline value stored for secret {@code secretId}, which the API never returns: lets a
   * test check that a rotation arrived. Empty for unknown and 1Password-backed secrets.
   */
  public Optional<String> secretValue(String secretId) {
    synchronized (state) {
      StoredSecret s = state.secrets.get(secretId);
      return Optional.ofNullable(s == null ? null : s.value);
    }
  }

  /** Forgets every secret, agent, rule and request, clears the faults and restores the first API key. */
  public void reset() {
    synchronized (state) {
      state.reset();
    }
    faults.clear();
    log.clear();
  }

  /** Stops the server and releases the shared connection pool. */
  @Override
  public void close() {
    server.close();
  }

  @Override
  public String toString() {
    return "OneCliEmulator{" + baseUrl() + "}";
  }

  /** Configures and starts a {@link OneCliEmulator}. */
  public static final class Builder {
    private String apiKey = Ids.apiKey();
    private String workspaceId = Ids.uuid();
    private String serverVersion = DEFAULT_SERVER_VERSION;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /** Sets the API key the emulator accepts; it must start with {@code oc_}. */
    public Builder apiKey(String apiKey) {
      Objects.requireNonNull(apiKey, "apiKey");
      if (!apiKey.startsWith("oc_") || apiKey.length() < 4) {
        throw new IllegalArgumentException("a OneCLI API key starts with oc_");
      }
      this.apiKey = apiKey;
      return this;
    }

    /** Sets the workspace id that the workspace headers must name. */
    public Builder workspaceId(String workspaceId) {
      this.workspaceId = Objects.requireNonNull(workspaceId, "workspaceId");
      return this;
    }

    /** Sets the version {@code GET /health} reports. */
    public Builder serverVersion(String serverVersion) {
      this.serverVersion = Objects.requireNonNull(serverVersion, "serverVersion");
      return this;
    }

    /** Sets the clock of every timestamp the emulator writes. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Starts the emulator on a free loopback port. */
    public OneCliEmulator start() {
      return new OneCliEmulator(this);
    }
  }
}
