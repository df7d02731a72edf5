package dev.onecli4j.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onecli4j.core.ClientOptions;
import dev.onecli4j.UserSecrets;
import dev.onecli4j.error.AuthenticationException;
import dev.onecli4j.error.ConflictException;
import dev.onecli4j.error.NotFoundException;
import dev.onecli4j.error.UnprocessableEntityException;
import dev.onecli4j.generated.usersecrets.api.SecretsApi;
import dev.onecli4j.generated.usersecrets.model.ProviderPreset;
import dev.onecli4j.generated.usersecrets.model.UserSecret;
import dev.onecli4j.generated.usersecrets.model.UserSecretList;
import dev.onecli4j.generated.usersecrets.model.UserSecretRotateRequest;
import dev.onecli4j.internal.http.HttpTransport;
import dev.onecli4j.service.usersecrets.UserSecretCreateParams;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The user-secrets emulator through the SDK facade ({@code UserSecrets}). */
class UserSecretsEmulatorTest {
  private static UserSecretsEmulator emulator;
  private UserSecrets client;

  @BeforeAll
  static void start() {
    emulator = UserSecretsEmulator.builder().clock(Clock.fixed(Instant.parse("2026-02-03T04:05:06Z"), ZoneOffset.UTC)).start();
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  @BeforeEach
  void fresh() {
    emulator.reset();
    client = emulator.clientBuilder().maxRetries(0).build();
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  @ParameterizedTest
  @CsvSource({"openai, OPENAI_API_KEY", "anthropic, ANTHROPIC_API_KEY", "github, GITHUB_TOKEN", "tinker, TINKER_API_KEY"})
  void presetNamesTheSecret(String provider, String name) {
    UserSecret s = client.secrets().createFromPreset(provider, "sk-proj-abcdef123456789");
    assertEquals(name, s.name());
    assertEquals(provider, s.provider());
    assertEquals("sk-pro\u2022\u2022\u2022\u2022789", s.maskedValue());
    assertEquals(s.id(), java.util.UUID.fromString(s.id()).toString());
  }

  @Test
  void presetsShowWhatIsConfigured() {
    client.secrets().createFromPreset("github", "ghp_0123456789abcdef");
    Map<String, ProviderPreset> presets =
        client.presets().list().stream().collect(Collectors.toMap(ProviderPreset::provider, p -> p));
    assertEquals(List.of("openai", "anthropic", "github", "tinker"), client.presets().list().stream().map(ProviderPreset::provider).toList());
    assertTrue(presets.get("github").configured());
    assertEquals(false, presets.get("openai").configured());
    assertEquals("OPENAI_API_KEY", presets.get("openai").envVarName());
  }

  @Test
  void unknownProviderIsNotFound() {
    NotFoundException e = assertThrows(NotFoundException.class, () -> client.secrets().createFromPreset("acme", "v"));
    assertEquals("Unknown provider: acme", e.errorMessage());
    assertEquals("not_found_error", e.errorType());
  }

  @Test
  void createListRotateDelete() {
    UserSecret created =
        client.secrets().create(UserSecretCreateParams.builder().name("MY_TOKEN").value("tok-0123456789-xyz").build());
    assertNull(created.provider());
    assertEquals("tok-01\u2022\u2022\u2022\u2022xyz", created.maskedValue());

    UserSecretList list = client.secrets().list();
    assertEquals(1, list.total());
    assertEquals(List.of(created), list.secrets());

    UserSecret rotated = client.secrets().rotate(created.id(), "new-value-9876543210");
    assertEquals("new-va\u2022\u2022\u2022\u2022210", rotated.maskedValue());
    assertNotEquals(created.maskedValue(), rotated.maskedValue());
    assertEquals("new-value-9876543210", emulator.secretValue(created.id()).orElseThrow());

    client.secrets().delete(created.id());
    assertEquals(0, client.secrets().list().total());
    NotFoundException e = assertThrows(NotFoundException.class, () -> client.secrets().delete(created.id()));
    assertEquals("Secret not found", e.errorMessage());
    assertThrows(NotFoundException.class, () -> client.secrets().rotate(created.id(), "x"));
  }

  @Test
  void duplicateNameIsAConflict() {
    client.secrets().createFromPreset("openai", "sk-one-0123456789");
    ConflictException e = assertThrows(ConflictException.class, () -> client.secrets().create("OPENAI_API_KEY", "sk-two"));
    assertEquals(409, e.status());
    assertEquals("A secret named OPENAI_API_KEY already exists", e.errorMessage());
  }

  @Test
  void wrongTokenIsTheCanonicalEnvelope() {
    try (UserSecrets stranger = emulator.clientBuilder().token("someone-else").maxRetries(0).build()) {
      AuthenticationException e = assertThrows(AuthenticationException.class, () -> stranger.secrets().list());
      assertEquals("Authentication failed", e.errorMessage());
      assertEquals("authentication_error", e.errorType());
    }
    Raw.Answer raw = Raw.call(emulator.baseUrl(), null, "GET", "/user/secrets", null);
    assertEquals(401, raw.status());
    assertEquals("{\"code\":401,\"detail\":\"Authentication failed\",\"type\":\"authentication_error\"}", raw.body());
  }

  @Test
  void missingFieldIsA422WithFieldErrors() {
    Raw.Answer raw = Raw.userSecrets(emulator, "POST", "/user/secrets", Raw.json("{'value':''}"));
    assertEquals(422, raw.status());
    JsonNode body = raw.json();
    assertEquals(422, body.get("code").asInt());
    assertEquals("validation_error", body.get("type").asText());
    JsonNode errors = body.get("errors");
    assertEquals(2, errors.size());
    assertEquals("[\"body\",\"name\"]", errors.get(0).get("loc").toString());
    assertEquals("Field required", errors.get(0).get("msg").asText());
    assertEquals("missing", errors.get(0).get("type").asText());
    assertEquals("string_too_short", errors.get(1).get("type").asText());
  }

  @Test
  void fieldErrorsReachTheSdk() {
    // The facade refuses an empty value locally, so the generated builder sends the bad body.
    try (HttpTransport t =
        HttpTransport.create(
            ClientOptions.builder().apiKey(emulator.token()).baseUrl(emulator.baseUrl()).maxRetries(0).build())) {
      UnprocessableEntityException e =
          assertThrows(
              UnprocessableEntityException.class,
              () -> t.execute(SecretsApi.rotateUserSecretRequest("some-id", UserSecretRotateRequest.builder().build())));
      assertEquals(1, e.fieldErrors().size());
      assertEquals(List.of("body", "value"), e.fieldErrors().get(0).loc());
      assertEquals("Field required", e.fieldErrors().get(0).msg());
    }
  }

  @Test
  void timestampsHaveAZone() {
    UserSecret s = client.secrets().create("A_KEY", "value-0123456789");
    assertEquals(Instant.parse("2026-02-03T04:05:06Z"), s.createdAt().toInstant());
    JsonNode raw = Raw.userSecrets(emulator, "GET", "/user/secrets", null).json().get("secrets").get(0);
    assertTrue(raw.get("created_at").asText().endsWith("Z"), raw.toString());
    assertTrue(raw.get("updated_at").asText().endsWith("Z"));
    assertTrue(raw.has("masked_value"));
    assertTrue(raw.get("provider").isNull());
  }

  @Test
  void unknownRouteIsNotFound() {
    Raw.Answer raw = Raw.userSecrets(emulator, "GET", "/user/nothing", null);
    assertEquals(404, raw.status());
    assertEquals("not_found_error", raw.json().get("type").asText());
  }
}
