package it.boot4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onecli4j.OneCli;
import dev.onecli4j.spring.boot.test.AutoConfigureOneCliEmulator;
import dev.onecli4j.testing.OneCliEmulator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;

/** The starter on Spring Boot 4: beans, properties, health and the emulator test support. */
@SpringBootTest
@AutoConfigureOneCliEmulator
class KeyStoreApplicationTest {
  @Autowired KeyStoreApplication.KeyStore keyStore;
  @Autowired OneCli client;
  @Autowired OneCliEmulator emulator;
  @Autowired HealthIndicator oneCliHealthIndicator;

  @Test
  void runsOnSpringBoot4() {
    assertTrue(SpringBootVersion.getVersion().startsWith("4."), SpringBootVersion.getVersion());
  }

  @Test
  void theOneCliBeanTalksToTheEmulator() {
    String id = keyStore.store("Stripe", "sk_live_consumer").id();
    assertEquals("sk_live_consumer", emulator.secretValue(id).orElseThrow());
    assertEquals(1, client.secrets().list().size());
    assertEquals(1, client.options().retryPolicy().maxRetries(), "onecli.max-retries from application.properties");
  }

  @Test
  void theHealthIndicatorIsUpAndThenDown() {
    Health up = oneCliHealthIndicator.health();
    assertEquals(Status.UP, up.getStatus(), up.toString());
    assertEquals(OneCliEmulator.DEFAULT_SERVER_VERSION, up.getDetails().get("version"));
    emulator.faults().failNext(1, 503);
    Health down = oneCliHealthIndicator.health();
    assertEquals(Status.DOWN, down.getStatus(), down.toString());
    assertTrue(String.valueOf(down.getDetails().get("error")).startsWith("ServiceUnavailableException"), down.toString());
  }
}
