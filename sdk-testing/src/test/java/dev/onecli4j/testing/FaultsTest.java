package dev.onecli4j.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onecli4j.OneCli;
import dev.onecli4j.UserSecrets;
import dev.onecli4j.error.BadGatewayException;
import dev.onecli4j.error.ConnectionException;
import dev.onecli4j.error.InternalServerException;
import dev.onecli4j.error.RateLimitException;
import dev.onecli4j.error.ServiceUnavailableException;
import dev.onecli4j.http.RetryPolicy;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Fault injection, the request log, and how the SDK's retries meet them. */
class FaultsTest {
  private static OneCliEmulator emulator;

  @BeforeAll
  static void start() {
    emulator = OneCliEmulator.start();
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  @BeforeEach
  void fresh() {
    emulator.reset();
  }

  private static OneCli noRetries() {
    return emulator.clientBuilder().maxRetries(0).build();
  }

  /** Retries with a tiny backoff, so the test does not wait. */
  private static OneCli quickRetries(int retries) {
    return emulator
        .clientBuilder()
        .retryPolicy(RetryPolicy.defaults().newBuilder().maxRetries(retries).initialBackoff(Duration.ofMillis(1)).build())
        .build();
  }

  @Test
  void latencyDelaysButDoesNotFail() {
    emulator.faults().latency(Duration.ofMillis(50));
    try (OneCli client = noRetries()) {
      assertEquals(List.of(), client.secrets().list());
    }
    assertEquals(Duration.ofMillis(50), emulator.faults().latency());
  }

  @Test
  void failNextIsRetriedAwayBySdk() {
    emulator.faults().failNext(2, 503);
    try (OneCli client = quickRetries(2)) {
      assertEquals(List.of(), client.secrets().list());
    }
    assertEquals(3, emulator.requestCount());
    assertEquals(0, emulator.faults().pending());
  }

  @Test
  void failNextWithoutRetriesMapsTheStatus() {
    emulator.faults().failNext(1, 500).failNext(1, 503);
    try (OneCli client = noRetries()) {
      InternalServerException first = assertThrows(InternalServerException.class, () -> client.secrets().list());
      assertEquals("api_error", first.errorType());
      assertEquals("Injected failure: HTTP 500", first.errorMessage());
      assertThrows(ServiceUnavailableException.class, () -> client.secrets().list());
      assertEquals(List.of(), client.secrets().list(), "faults are one-shot");
    }
  }

  @Test
  void rateLimitCarriesRetryAfter() {
    emulator.faults().rateLimitNext(1, Duration.ofSeconds(7));
    try (OneCli client = noRetries()) {
      RateLimitException e = assertThrows(RateLimitException.class, () -> client.secrets().list());
      assertEquals(429, e.status());
      assertEquals(Duration.ofSeconds(7), e.retryAfter().orElseThrow());
      assertEquals("rate_limit_error", e.errorType());
    }
    emulator.faults().rateLimitNext(1, Duration.ofMillis(1500));
    assertEquals("2", Raw.onecli(emulator, "GET", "/secrets", null).header("Retry-After"), "rounded up to whole seconds");
  }

  @Test
  void rateLimitWithoutWaitIsRetriedAway() {
    emulator.faults().rateLimitNext(1, Duration.ZERO);
    try (OneCli client = quickRetries(1)) {
      assertEquals(List.of(), client.secrets().list());
    }
    assertEquals(2, emulator.requestCount());
  }

  @Test
  void droppedConnectionIsAConnectionFailure() {
    emulator.faults().dropNext(1);
    try (OneCli client = noRetries()) {
      assertThrows(ConnectionException.class, () -> client.secrets().list());
      assertEquals(List.of(), client.secrets().list());
    }
    assertEquals(2, emulator.requestCount());
  }

  @Test
  void droppedConnectionIsRetriedAwayForReads() {
    emulator.faults().dropNext(1);
    try (OneCli client = quickRetries(1)) {
      assertEquals(List.of(), client.secrets().list());
    }
    assertEquals(2, emulator.requestCount());
  }

  @Test
  void clearRemovesQueuedFaultsAndLatency() {
    emulator.faults().failNext(3, 500).dropNext(2).latency(Duration.ofMillis(10));
    assertEquals(5, emulator.faults().pending());
    emulator.faults().clear();
    assertEquals(0, emulator.faults().pending());
    assertEquals(Duration.ZERO, emulator.faults().latency());
    try (OneCli client = noRetries()) {
      assertEquals(List.of(), client.secrets().list());
    }
  }

  @Test
  void faultArgumentsAreChecked() {
    assertThrows(IllegalArgumentException.class, () -> emulator.faults().failNext(1, 200));
    assertThrows(IllegalArgumentException.class, () -> emulator.faults().dropNext(-1));
    assertThrows(IllegalArgumentException.class, () -> emulator.faults().latency(Duration.ofMillis(-1)));
  }

  @Test
  void requestLogKeepsHeaderNamesNeverValues() {
    try (OneCli client = noRetries()) {
      client.secrets().list();
    }
    Raw.onecli(emulator, "GET", "/health", null);
    List<EmulatedRequest> requests = emulator.requests();
    assertEquals(2, requests.size());
    EmulatedRequest first = requests.get(0);
    assertEquals("GET", first.method());
    assertEquals("/v1/secrets", first.path());
    assertTrue(first.hasHeader("authorization"));
    assertTrue(first.headerNames().contains("User-Agent"));
    assertFalse(first.toString().contains(emulator.apiKey()));
    assertEquals("/v1/health", requests.get(1).path());
  }

  @Test
  void userSecretsEmulatorHasFaultsToo() {
    try (UserSecretsEmulator us = UserSecretsEmulator.start();
        UserSecrets client = us.clientBuilder().maxRetries(0).build()) {
      us.faults().failNext(1, 502);
      BadGatewayException e = assertThrows(BadGatewayException.class, () -> client.secrets().list());
      assertEquals("server_error", e.errorType());
      assertEquals(0, client.secrets().list().total());
      assertEquals(2, us.requestCount());
    }
  }
}
