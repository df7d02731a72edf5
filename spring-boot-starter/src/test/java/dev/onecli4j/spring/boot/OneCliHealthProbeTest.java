package dev.onecli4j.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onecli4j.OneCli;
import dev.onecli4j.spring.boot.actuate.OneCliHealthIndicator;
import dev.onecli4j.testing.OneCliEmulator;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/** The health check against the emulator: up, down on an error answer or no server, never retried. */
class OneCliHealthProbeTest {
  private static final OneCliEmulator emulator = OneCliEmulator.start();

  @AfterAll
  static void stop() {
    emulator.close();
  }

  @BeforeEach
  void reset() {
    emulator.reset();
  }

  @Test
  void upWithTheServersVersion() {
    Health health = indicator(emulator.clientBuilder().build()).health();
    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails())
        .containsEntry("status", "ok")
        .containsEntry("version", OneCliEmulator.DEFAULT_SERVER_VERSION)
        .containsEntry("baseUrl", emulator.baseUrl());
  }

  @Test
  void needsNoValidApiKey() {
    OneCli wrongKey = emulator.clientBuilder().apiKey("oc_wrong_key_1234").build();
    assertThat(indicator(wrongKey).health().getStatus()).isEqualTo(Status.UP);
    assertThat(wrongKey.utility()).isNotNull();
  }

  @Test
  void downOnAnErrorAnswerAfterOneRequestWhateverTheClientsRetries() {
    emulator.faults().failNext(3, 503);
    Health health = indicator(emulator.clientBuilder().maxRetries(3).build()).health();
    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat((String) health.getDetails().get("error")).startsWith("ServiceUnavailableException");
    assertThat(emulator.requestCount()).isEqualTo(1);
  }

  @Test
  void downWhenNothingListens() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    OneCli client = OneCli.builder().apiKey("oc_test_key_8f3a2c").baseUrl("http://127.0.0.1:" + port + "/v1").build();
    Health health = indicator(client).health();
    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat((String) health.getDetails().get("error")).startsWith("ConnectionException").doesNotContain("oc_test_key_8f3a2c");
    assertThat(health.getDetails()).containsEntry("baseUrl", "http://127.0.0.1:" + port + "/v1");
  }

  private static OneCliHealthIndicator indicator(OneCli client) {
    return new OneCliHealthIndicator(new OneCliHealthProbe(client, Duration.ofSeconds(5)));
  }
}
