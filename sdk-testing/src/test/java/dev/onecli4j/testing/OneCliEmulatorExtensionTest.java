package dev.onecli4j.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.onecli4j.OneCli;
import dev.onecli4j.UserSecrets;
import dev.onecli4j.generated.onecli.model.SecretType;
import dev.onecli4j.param.SecretCreateParams;
import java.time.Duration;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/** The extension with {@code @ExtendWith}: parameters, a reset per test, sharing with nested classes. */
@ExtendWith(OneCliEmulatorExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OneCliEmulatorExtensionTest {
  private static OneCliEmulator seenByOuter;

  private static SecretCreateParams secret() {
    return SecretCreateParams.builder()
        .name("k")
        .type(SecretType.ANTHROPIC)
        .value("sk-ant-api03-0123456789")
        .hostPattern("api.anthropic.com")
        .build();
  }

  @Test
  @Order(1)
  void resolvesEmulatorsAndClients(OneCliEmulator emulator, OneCli client, UserSecretsEmulator us, UserSecrets usClient) {
    seenByOuter = emulator;
    client.secrets().create(secret());
    assertEquals(1, client.secrets().list().size());
    usClient.secrets().createFromPreset("openai", "sk-proj-0123456789");
    assertEquals(1, usClient.secrets().list().total());
    assertEquals(emulator.baseUrl(), client.options().baseUrl().toString());
    assertEquals(us.baseUrl(), usClient.options().baseUrl().toString());
    emulator.faults().latency(Duration.ofMillis(1));
  }

  @Test
  @Order(2)
  void stateIsResetBeforeEachTest(OneCliEmulator emulator, OneCli client, UserSecrets usClient) {
    assertSame(seenByOuter, emulator, "one emulator per test class");
    assertEquals(0, client.secrets().list().size());
    assertEquals(0, usClient.secrets().list().total());
    assertEquals(Duration.ZERO, emulator.faults().latency());
    assertEquals(1, emulator.requestCount(), "the request log starts empty too");
  }

  @Nested
  class Inner {
    @Test
    void sharesTheOuterEmulator(OneCliEmulator emulator, OneCli client) {
      assertNotNull(seenByOuter);
      assertSame(seenByOuter, emulator);
      assertEquals(0, client.secrets().list().size());
    }
  }
}
