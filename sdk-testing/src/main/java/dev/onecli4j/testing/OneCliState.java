package dev.onecli4j.testing;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Everything a OneCLI emulator remembers. Routes run while holding this object's lock, so each
 * request sees and leaves a consistent state; the API key may be read from any thread.
 */
final class OneCliState {
  final Clock clock;
  final String workspaceId;
  final String serverVersion;
  final SecretStore secrets = new SecretStore();
  final SecretStore orgSecrets = new SecretStore();
  final AgentStore agents = new AgentStore();
  final RuleStore rules = new RuleStore();
  final String userId = Ids.uuid();
  private final String initialApiKey;
  private volatile String apiKey;
  String userName;
  OffsetDateTime userCreatedAt;

  OneCliState(Clock clock, String apiKey, String workspaceId, String serverVersion) {
    this.clock = clock;
    this.initialApiKey = apiKey;
    this.workspaceId = workspaceId;
    this.serverVersion = serverVersion;
    reset();
  }

  /** Back to the start: no secrets or rules, the default agent only, the initial API key. */
  synchronized void reset() {
    secrets.clear();
    orgSecrets.clear();
    rules.clear();
    agents.reset(now());
    apiKey = initialApiKey;
    userName = "Emulator User";
    userCreatedAt = now();
  }

  /** The API key the emulator accepts now. */
  String apiKey() {
    return apiKey;
  }

  void apiKey(String key) {
    this.apiKey = key;
  }

  /** The current time in UTC, to the millisecond like the server's timestamps. */
  OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
  }
}
