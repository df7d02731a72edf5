package dev.onecli4j.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onecli4j.OneCli;
import dev.onecli4j.UserSecrets;
import dev.onecli4j.generated.onecli.model.Injection;
import dev.onecli4j.generated.onecli.model.SecretType;
import dev.onecli4j.param.SecretCreateParams;
import dev.onecli4j.preset.Preset;
import dev.onecli4j.spring.boot.test.AutoConfigureOneCliEmulator;
import dev.onecli4j.testing.OneCliEmulator;
import dev.onecli4j.testing.UserSecretsEmulator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A whole Spring Boot application (auto-configuration, actuator, application.properties) with
 * {@code @AutoConfigureOneCliEmulator}: the clients reach the emulators, the health endpoint
 * reports oneCli, and each test starts from empty emulators.
 */
@SpringBootTest(properties = "management.endpoint.health.show-details=always")
@AutoConfigureOneCliEmulator
class SpringBootApplicationTest {
  @Autowired OneCli client;
  @Autowired UserSecrets userSecrets;
  @Autowired OneCliEmulator emulator;
  @Autowired UserSecretsEmulator userSecretsEmulator;
  @Autowired HealthEndpoint health;

  @Test
  void theClientTalksToTheEmulatorNotToApplicationProperties() {
    assertThat(client.options().baseUrl()).hasToString(emulator.baseUrl());
    assertThat(client.options().retryPolicy().maxRetries()).isEqualTo(1);
    String id = client.secrets().create(secret("first")).id();
    assertThat(emulator.secretValue(id)).contains("sk_live_first");
    assertThat(client.secrets().list()).hasSize(1);
  }

  @Test
  void eachTestStartsFromAnEmptyEmulator() {
    client.secrets().create(secret("second"));
    assertThat(client.secrets().list()).hasSize(1);
  }

  @Test
  void theUserSecretsClientTalksToItsEmulator() {
    userSecrets.secrets().createFromPreset(Preset.OPENAI, "sk-proj-abc123456789");
    assertThat(userSecretsEmulator.requestCount()).isEqualTo(1);
  }

  @Test
  void theHealthEndpointReportsOneCli() {
    assertThat(health.healthForPath("oneCli").getStatus()).isEqualTo(Status.UP);
    emulator.faults().failNext(1, 503);
    assertThat(health.healthForPath("oneCli").getStatus()).isEqualTo(Status.DOWN);
  }

  private static SecretCreateParams secret(String name) {
    return SecretCreateParams.builder()
        .name(name)
        .type(SecretType.GENERIC)
        .value("sk_live_" + name)
        .hostPattern("api.example.com")
        .injection(Injection.header("Authorization", "Bearer {value}"))
        .build();
  }

  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class Application {}
}
