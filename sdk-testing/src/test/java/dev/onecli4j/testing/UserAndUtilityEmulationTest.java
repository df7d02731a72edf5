package dev.onecli4j.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onecli4j.OneCli;
import dev.onecli4j.error.AuthenticationException;
import dev.onecli4j.generated.onecli.api.UserApi;
import dev.onecli4j.generated.onecli.api.UtilityApi;
import dev.onecli4j.generated.onecli.model.HealthStatus;
import dev.onecli4j.generated.onecli.model.ResourceCounts;
import dev.onecli4j.generated.onecli.model.SecretType;
import dev.onecli4j.generated.onecli.model.User;
import dev.onecli4j.generated.onecli.model.UserUpdateRequest;
import dev.onecli4j.internal.http.HttpTransport;
import dev.onecli4j.param.SecretCreateParams;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The user, the API key, health and counts. User and utility facade services are still being
 * written, so these tests use the generated request builders through the SDK transport; they
 * move to {@code client.user()} and {@code client.utility()} later.
 */
class UserAndUtilityEmulationTest {
  private static final Instant NOW = Instant.parse("2026-03-01T10:15:30.123Z");
  private static OneCliEmulator emulator;

  @BeforeAll
  static void start() {
    emulator = OneCliEmulator.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).serverVersion("9.9.9").start();
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  @BeforeEach
  void fresh() {
    emulator.reset();
  }

  @Test
  void userCanBeReadAndRenamed() {
    try (HttpTransport t = Transports.of(emulator)) {
      User user = t.execute(UserApi.getUserRequest());
      assertEquals("Emulator User", user.name());
      assertEquals(OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC), user.createdAt());
      User renamed = t.execute(UserApi.updateUserRequest(UserUpdateRequest.builder().name("  Ada ").build()));
      assertEquals("Ada", renamed.name());
      assertEquals(user.id(), renamed.id());
      assertEquals("Ada", t.execute(UserApi.getUserRequest()).name());
    }
    assertEquals(
        "Too small: expected string to have >=1 characters",
        Raw.onecli(emulator, "PATCH", "/user", Raw.json("{'name':''}")).json().get("error").asText());
  }

  @Test
  void regeneratedApiKeyReplacesTheOldOne() {
    String original = emulator.apiKey();
    try (HttpTransport old = Transports.of(emulator)) {
      assertEquals(original, old.execute(UserApi.getApiKeyRequest()).apiKey());
      String fresh = old.execute(UserApi.regenerateApiKeyRequest()).apiKey();
      assertTrue(fresh.startsWith("oc_"));
      assertNotEquals(original, fresh);
      assertEquals(fresh, emulator.apiKey());
      AuthenticationException e = assertThrows(AuthenticationException.class, () -> old.execute(UserApi.getUserRequest()));
      assertEquals("Invalid API key or token.", e.errorMessage());
    }
    try (OneCli client = emulator.client()) {
      assertEquals(0, client.secrets().list().size(), "a new client gets the new key");
    }
    emulator.reset();
    assertEquals(original, emulator.apiKey());
  }

  @Test
  void healthNeedsNoKey() {
    try (HttpTransport anonymous = Transports.of(emulator, "oc_not_the_key")) {
      HealthStatus health = anonymous.execute(UtilityApi.getHealthRequest());
      assertEquals("ok", health.status());
      assertEquals("9.9.9", health.version());
      assertEquals(OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC), health.timestamp());
    }
    Raw.Answer raw = Raw.call(emulator.baseUrl(), null, "GET", "/health", null);
    assertEquals(200, raw.status());
    assertEquals("{\"status\":\"ok\",\"version\":\"9.9.9\",\"timestamp\":\"2026-03-01T10:15:30.123Z\"}", raw.body());
  }

  @Test
  void countsFollowTheState() {
    try (OneCli client = emulator.client(); HttpTransport t = Transports.of(emulator)) {
      client
          .secrets()
          .create(SecretCreateParams.builder().name("k").type(SecretType.ANTHROPIC).value("sk-ant-api03-1").hostPattern("a.com").build());
      ResourceCounts counts = t.execute(UtilityApi.getCountsRequest());
      assertEquals(0, counts.agents(), "2.0.1 seeds no default agent");
      assertEquals(1, counts.llms());
      assertEquals(0, counts.secrets());
    }
  }
}
