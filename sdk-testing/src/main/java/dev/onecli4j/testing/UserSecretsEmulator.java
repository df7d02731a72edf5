package dev.onecli4j.testing;

import dev.onecli4j.UserSecrets;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An in-process emulator of the user-secrets API (provider presets and a per-user secret
 * library) on a local port.
 *
 * <pre>{@code
 * try (UserSecretsEmulator emulator = UserSecretsEmulator.start()) {
 *   UserSecret s = emulator.client().secrets().createFromPreset("openai", "sk-proj-...");
 * }
 * }</pre>
 *
 * <p>Presets {@code openai}, {@code anthropic}, {@code github} and {@code tinker} name the
 * secret {@code OPENAI_API_KEY}, {@code ANTHROPIC_API_KEY}, {@code GITHUB_TOKEN} and
 * {@code TINKER_API_KEY}; an unknown provider answers 404 and a taken name 409. Errors use the
 * API's envelope {@code {code, detail, type}}, with {@code errors} ({@code loc}, {@code msg},
 * {@code type}) on 422. Values are kept in memory and shown only masked. Thread-safe.
 */
public final class UserSecretsEmulator implements AutoCloseable {
  private final String token;
  private final UserSecretsHandler handler;
  private final RequestLog log = new RequestLog();
  private final Faults faults = new Faults();
  private final EmulatorServer server;

  private UserSecretsEmulator(Builder b) {
    this.token = b.token;
    this.handler = new UserSecretsHandler(b.clock, b.token);
    this.server = new EmulatorServer(new FaultingDispatcher(UserSecretsHandler.BASE, log, faults, handler));
  }

  /**
   * Starts an emulator with a fresh token on a free loopback port.
   *
   * @return the new user secrets emulator
   */
  public static UserSecretsEmulator start() {
    return builder().start();
  }

  /** {@return a builder to choose the token or the clock} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the base URL to give the SDK, e.g. {@code http://127.0.0.1:54321/api/v1}} */
  public String baseUrl() {
    return server.url("/api/v1");
  }

  /** {@return the bearer token the emulator accepts} */
  public String token() {
    return token;
  }

  /** {@return a client pointed at the emulator; clients share the emulator's connection pool} */
  public UserSecrets client() {
    return clientBuilder().build();
  }

  /**
   * A client builder pointed at the emulator, to change options before {@code build()}.
   *
   * @return this builder
   */
  public UserSecrets.Builder clientBuilder() {
    return UserSecrets.builder().baseUrl(baseUrl()).token(token).okHttpClient(server.http());
  }

  /** {@return the fault injection of this emulator} */
  public Faults faults() {
    return faults;
  }

  /** {@return how many requests the emulator received, faulted ones included} */
  public int requestCount() {
    return log.count();
  }

  /** {@return the requests received so far, oldest first: method, path and header names only} */
  public List<EmulatedRequest> requests() {
    return log.snapshot();
  }

  /**
   * The value stored for secret {@code secretId}, which the API never returns.
   *
   * @param secretId the secret's id
   * @return the value stored for secret {@code secretId}, which the API never returns
   */
  public Optional<String> secretValue(String secretId) {
    return Optional.ofNullable(handler.value(secretId));
  }

  /** Forgets every secret and request and clears the faults. */
  public void reset() {
    handler.reset();
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
    return "UserSecretsEmulator{" + baseUrl() + "}";
  }

  /** Configures and starts a {@link UserSecretsEmulator}. */
  public static final class Builder {
    private String token = Ids.userToken();
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Sets the bearer token the emulator accepts.
     *
     * @param token the bearer token the emulator accepts
     * @return this builder
     */
    public Builder token(String token) {
      Objects.requireNonNull(token, "token");
      if (token.trim().isEmpty()) {
        throw new IllegalArgumentException("token must not be blank");
      }
      this.token = token;
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
     * Starts the emulator on a free loopback port.
     *
     * @return the started emulator
     */
    public UserSecretsEmulator start() {
      return new UserSecretsEmulator(this);
    }
  }
}
