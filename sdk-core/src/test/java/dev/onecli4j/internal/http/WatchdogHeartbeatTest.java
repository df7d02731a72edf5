package dev.onecli4j.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onecli4j.OneCli;
import dev.onecli4j.error.TimeoutException;
import dev.onecli4j.testing.TestServer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The heartbeat only saves okio's watchdog wake-ups: calls still time out when they should, with
 * attempt timeouts both longer and shorter than a beat. These tests use real time (OkHttp's call
 * timeout runs on the real clock), bounded to a few seconds.
 */
class WatchdogHeartbeatTest {
  private final TestServer server = new TestServer();

  @AfterEach
  void close() {
    server.close();
  }

  private OneCli client(Duration timeout) {
    return OneCli.builder().apiKey(TestServer.API_KEY).baseUrl(server.baseUrl()).timeout(timeout).maxRetries(0).build();
  }

  @Test
  void aCallArmsTheHeartbeat() {
    server.json(200, "[]");
    try (OneCli client = client(Duration.ofSeconds(60))) {
      assertEquals(0, client.secrets().list().size());
    }
    assertTrue(WatchdogHeartbeat.isArmed());
  }

  @Test
  void theHeartbeatStopsOnceCallsStop() throws InterruptedException {
    server.json(200, "[]");
    try (OneCli client = client(Duration.ofSeconds(60))) {
      client.secrets().list();
    }
    assertTrue(WatchdogHeartbeat.isArmed());
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WatchdogHeartbeat.IDLE_MILLIS + 3 * WatchdogHeartbeat.BEAT_MILLIS);
    while (WatchdogHeartbeat.isArmed() && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertFalse(WatchdogHeartbeat.isArmed(), "no background timer left behind once idle");
  }

  @Test
  void anAttemptLongerThanABeatStillTimesOutOnTime() {
    server.json(200, "[]"); // arms the heartbeat
    server.enqueue(stalled());
    try (OneCli client = client(Duration.ofMillis(1500))) {
      client.secrets().list();
      assertTrue(WatchdogHeartbeat.isArmed());
      long start = System.nanoTime();
      TimeoutException e = assertThrows(TimeoutException.class, () -> client.secrets().list());
      long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      assertFalse(e.overallDeadline());
      assertTrue(elapsedMs >= 1400 && elapsedMs < 6000, "timed out after " + elapsedMs + " ms");
    }
  }

  @Test
  void anAttemptShorterThanABeatTimesOutOnTime() {
    server.enqueue(stalled());
    try (OneCli client = client(Duration.ofMillis(300))) {
      long start = System.nanoTime();
      assertThrows(TimeoutException.class, () -> client.secrets().list());
      long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      assertTrue(elapsedMs >= 250 && elapsedMs < 900, "timed out after " + elapsedMs + " ms");
    }
  }

  @Test
  void anAsyncAttemptLongerThanABeatStillTimesOut() {
    server.json(200, "[]");
    server.enqueue(stalled());
    try (OneCli client = client(Duration.ofMillis(1200))) {
      client.secrets().list();
      long start = System.nanoTime();
      Exception e = assertThrows(Exception.class, () -> client.async().secrets().list().get(10, TimeUnit.SECONDS));
      long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      assertTrue(e.getCause() instanceof TimeoutException, String.valueOf(e));
      assertTrue(elapsedMs >= 1100 && elapsedMs < 6000, "timed out after " + elapsedMs + " ms");
    }
  }

  private static MockResponse stalled() {
    return new MockResponse.Builder()
        .code(200)
        .setHeader("Content-Type", "application/json")
        .body("[]")
        .headersDelay(3, TimeUnit.SECONDS)
        .build();
  }
}
