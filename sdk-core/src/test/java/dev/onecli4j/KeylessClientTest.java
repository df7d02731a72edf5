package dev.onecli4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.error.MissingApiKeyException;
import dev.onecli4j.generated.onecli.model.HealthStatus;
import dev.onecli4j.testing.TestServer;
import java.util.Map;
import java.util.concurrent.CompletionException;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A client built without an API key: it serves the operations that need none and refuses the rest before sending. */
class KeylessClientTest {
  private static final String HEALTH = "{\"status\":\"ok\",\"version\":\"2.0.1\",\"timestamp\":\"2026-03-04T05:06:07.890Z\"}";

  private final TestServer server = new TestServer();
  private final OneCli keyless = OneCli.builder().baseUrl(server.baseUrl()).maxRetries(0).build();

  @AfterEach
  void close() {
    keyless.close();
    server.close();
  }

  @Test
  void callsHealthWithoutAnAuthorizationHeader() {
    server.json(200, HEALTH);
    HealthStatus health = keyless.utility().health();
    RecordedRequest r = server.take();
    assertEquals("/v1/health", r.getTarget());
    assertNull(r.getHeaders().get("Authorization"));
    assertEquals("2.0.1", health.version());
    assertNull(keyless.options().apiKey());
  }

  @Test
  void callsHealthAsynchronously() {
    server.json(200, HEALTH);
    assertEquals("ok", keyless.async().utility().health().join().status());
    assertNull(server.take().getHeaders().get("Authorization"));
  }

  @Test
  void refusesAnOperationThatNeedsAKeyBeforeSending() {
    MissingApiKeyException e = assertThrows(MissingApiKeyException.class, () -> keyless.secrets().list());
    assertTrue(e.getMessage().startsWith("listSecrets needs an API key"), e.getMessage());
    assertTrue(e.getMessage().contains("nothing was sent"), e.getMessage());
    assertThrows(MissingApiKeyException.class, () -> keyless.utility().counts());
    assertEquals(0, server.server().getRequestCount());
  }

  @Test
  void refusesAsynchronouslyWithAFailedFuture() {
    CompletionException e = assertThrows(CompletionException.class, () -> keyless.async().agents().list().join());
    assertInstanceOf(MissingApiKeyException.class, e.getCause());
    assertEquals(0, server.server().getRequestCount());
  }

  @Test
  void anAuthorizationHeaderOfTheCallerTakesTheKeysPlace() {
    server.json(200, "[]").json(200, "[]");
    keyless.secrets().list(RequestOptions.builder().header("authorization", "Bearer oc_header_key_42").build());
    assertEquals("Bearer oc_header_key_42", server.take().getHeaders().get("Authorization"));
    try (OneCli withHeader = keyless.withOptions(b -> b.header("Authorization", "Bearer oc_client_header_7"))) {
      withHeader.secrets().list();
    }
    assertEquals("Bearer oc_client_header_7", server.take().getHeaders().get("Authorization"));
  }

  @Test
  void aKeyedClientStillSendsItsKeyToHealth() {
    server.json(200, HEALTH);
    try (OneCli keyed = server.oneCli()) {
      keyed.utility().health();
    }
    assertEquals("Bearer " + TestServer.API_KEY, server.take().getHeaders().get("Authorization"));
  }

  @Test
  void blankKeysStayRefused() {
    assertThrows(IllegalArgumentException.class, () -> OneCli.builder().apiKey(""));
    assertThrows(IllegalArgumentException.class, () -> OneCli.builder().apiKey("  \t"));
    assertThrows(NullPointerException.class, () -> OneCli.builder().apiKey(null));
  }

  @Test
  void fromEnvStillNeedsTheKey() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> OneCli.fromEnv(Map.of(OneCli.ENV_BASE_URL, server.baseUrl())));
    assertTrue(e.getMessage().contains(OneCli.ENV_API_KEY), e.getMessage());
    try (OneCli fromEnv = OneCli.fromEnv(Map.of(OneCli.ENV_API_KEY, "oc_env_key_123", OneCli.ENV_BASE_URL, server.baseUrl()))) {
      assertEquals("oc_env_key_123", fromEnv.options().apiKey());
    }
  }
}
