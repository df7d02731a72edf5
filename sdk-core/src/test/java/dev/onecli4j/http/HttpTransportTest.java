package dev.onecli4j.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onecli4j.RawResponse;
import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.UserSecrets;
import dev.onecli4j.error.InvalidResponseException;
import dev.onecli4j.error.NotFoundException;
import dev.onecli4j.error.RateLimitException;
import dev.onecli4j.error.ServiceUnavailableException;
import dev.onecli4j.generated.usersecrets.model.UserSecret;
import dev.onecli4j.generated.usersecrets.model.UserSecretList;
import dev.onecli4j.testing.TestServer;
import dev.onecli4j.validation.ValidationException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CompletionException;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The transport's request building, answer parsing, retries and raw access. */
class HttpTransportTest {
  private static final String SECRET =
      "{\"id\":\"0b7a\",\"name\":\"OPENAI_API_KEY\",\"provider\":\"openai\",\"masked_value\":\"sk-p••••••••1234\","
          + "\"created_at\":\"2026-01-02T03:04:05.678Z\",\"updated_at\":\"2026-01-02T03:04:05.678+01:00\"}";

  private final TestServer server = new TestServer();

  @AfterEach
  void close() {
    server.close();
  }

  @Test
  void sendsDefaultHeadersAndParsesTheAnswer() {
    server.json(200, SECRET);
    UserSecret s = server.userSecrets().secrets().createFromPreset("openai", "sk-proj-abc");
    assertEquals("OPENAI_API_KEY", s.name());
    assertEquals(OffsetDateTime.parse("2026-01-02T03:04:05.678Z").toInstant(), s.createdAt().toInstant());
    RecordedRequest r = server.take();
    assertEquals("POST", r.getMethod());
    assertEquals("/api/v1/user/secrets/preset", r.getUrl().encodedPath());
    assertEquals("Bearer " + TestServer.API_KEY, r.getHeaders().get("Authorization"));
    assertEquals("application/json", r.getHeaders().get("Accept"));
    assertTrue(r.getHeaders().get("User-Agent").matches("onecli4j/\\S+ Java/\\S+"), r.getHeaders().get("User-Agent"));
    assertTrue(r.getHeaders().get("Content-Type").startsWith("application/json"));
    assertEquals("{\"provider\":\"openai\",\"value\":\"sk-proj-abc\"}", TestServer.body(r));
  }

  @Test
  void percentEncodesPathParameters() {
    server.empty(204);
    server.userSecrets().secrets().delete("../admin?x=1#y z");
    RecordedRequest r = server.take();
    assertEquals("DELETE", r.getMethod());
    assertEquals("/api/v1/user/secrets/..%2Fadmin%3Fx%3D1%23y%20z", r.getUrl().encodedPath());
    assertNull(r.getUrl().query());
  }

  @Test
  void refusesBadArgumentsBeforeSendingAndListsEveryProblem() {
    ValidationException e =
        assertThrows(ValidationException.class, () -> server.userSecrets().secrets().rotate("..", ""));
    assertTrue(e.getMessage().contains("secretId"), e.getMessage());
    assertTrue(e.getMessage().contains("value"), e.getMessage());
    assertEquals(2, e.problems().size());
    assertEquals(0, server.server().getRequestCount());
  }

  @Test
  void mapsErrorAnswersToTypedExceptions() {
    server.json(404, "{\"code\":404,\"detail\":\"Secret not found\",\"type\":\"not_found_error\"}");
    NotFoundException e =
        assertThrows(NotFoundException.class, () -> server.userSecrets().secrets().rotate("nope", "v"));
    assertEquals(404, e.status());
    assertEquals("not_found_error", e.errorType());
    assertEquals("Secret not found", e.errorMessage());
  }

  @Test
  void retriesIdempotentCallsOnServerErrorsWithBackoff() {
    server.json(503, "{}").json(502, "{}").json(200, "{\"secrets\":[],\"total\":0}");
    UserSecrets client = server.userSecrets().withOptions(b -> b.maxRetries(2));
    UserSecretList list = client.secrets().list();
    assertEquals(0, list.total());
    assertEquals(3, server.server().getRequestCount());
    assertEquals(List.of(Duration.ofMillis(500), Duration.ofMillis(1000)), server.time().sleeps());
  }

  @Test
  void givesUpAfterMaxRetries() {
    server.json(503, "{}").json(503, "{}").json(503, "{}").json(200, "{}");
    UserSecrets client = server.userSecrets().withOptions(b -> b.maxRetries(2));
    assertThrows(ServiceUnavailableException.class, () -> client.secrets().list());
    assertEquals(3, server.server().getRequestCount());
  }

  @Test
  void honoursRetryAfterAndExposesItOnTheLastFailure() {
    server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "3").body("{}").build());
    server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "4").body("{}").build());
    UserSecrets client = server.userSecrets().withOptions(b -> b.maxRetries(1));
    RateLimitException e = assertThrows(RateLimitException.class, () -> client.secrets().list());
    assertEquals(List.of(Duration.ofSeconds(3)), server.time().sleeps());
    assertEquals(Duration.ofSeconds(4), e.retryAfter().orElseThrow());
  }

  @Test
  void doesNotRetryAPostTheServerMayHaveActedOn() {
    server.json(500, "{}").json(200, SECRET);
    UserSecrets client = server.userSecrets().withOptions(b -> b.maxRetries(3));
    assertThrows(RuntimeException.class, () -> client.secrets().createFromPreset("openai", "sk-1"));
    assertEquals(1, server.server().getRequestCount());
  }

  @Test
  void perRequestOptionsAddHeadersAndQueryAndOverrideRetries() {
    server.json(503, "{}").json(200, "{\"secrets\":[],\"total\":0}");
    RequestOptions options =
        RequestOptions.builder().header("X-Trace", "t-1").queryParam("debug", "1").maxRetries(1).build();
    server.userSecrets().secrets().list(options);
    RecordedRequest r = server.take();
    assertEquals("t-1", r.getHeaders().get("X-Trace"));
    assertEquals("1", r.getUrl().queryParameter("debug"));
    assertEquals(2, server.server().getRequestCount());
  }

  @Test
  void rawResponseCarriesStatusHeadersAndBody() {
    server.enqueue(
        new MockResponse.Builder()
            .code(201)
            .setHeader("Content-Type", "application/json")
            .setHeader("X-Request-Id", "req_42")
            .body(SECRET)
            .build());
    RawResponse<UserSecret> raw =
        server.userSecrets().withRawResponse(c -> c.secrets().createFromPreset("openai", "sk-1"));
    assertEquals(201, raw.status());
    assertEquals("req_42", raw.requestId());
    assertEquals("OPENAI_API_KEY", raw.body().name());
    assertEquals(1, raw.attempts());
  }

  @Test
  void asyncCallsCompleteWithTheBodyOrTheTypedException() {
    server.json(200, "{\"secrets\":[],\"total\":3}");
    server.json(404, "{\"code\":404,\"detail\":\"gone\",\"type\":\"not_found_error\"}");
    UserSecrets client = server.userSecrets();
    assertEquals(3, client.async().secrets().list().join().total());
    CompletionException e =
        assertThrows(CompletionException.class, () -> client.async().secrets().delete("x").join());
    assertTrue(e.getCause() instanceof NotFoundException, String.valueOf(e.getCause()));
  }

  @Test
  void asyncValidationFailuresArriveAsFailedFutures() {
    CompletionException e =
        assertThrows(
            CompletionException.class, () -> server.userSecrets().async().secrets().rotate(null, null).join());
    assertTrue(e.getCause() instanceof ValidationException);
  }

  @Test
  void anEmptyOrNonJsonSuccessBodyIsAnInvalidResponse() {
    server.empty(200);
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "text/html").body("<html>").build());
    server.json(200, "{\"secrets\": [ {\"id\": ");
    UserSecrets client = server.userSecrets();
    assertThrows(InvalidResponseException.class, () -> client.secrets().list());
    assertThrows(InvalidResponseException.class, () -> client.secrets().list());
    InvalidResponseException e = assertThrows(InvalidResponseException.class, () -> client.secrets().list());
    assertFalse(e.getMessage().contains("secrets"), e.getMessage());
  }

  @Test
  void refusesPlainHttpToARemoteHostUnlessAllowed() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> UserSecrets.builder().baseUrl("http://example.com/api/v1").token("t").build());
    assertTrue(e.getMessage().contains("allowInsecureHttp"));
    UserSecrets.builder().baseUrl("http://example.com/api/v1").token("t").allowInsecureHttp(true).build().close();
    UserSecrets.builder().baseUrl("http://127.0.0.1:1/api/v1").token("t").build().close();
  }

  @Test
  void refusesHeaderValuesWithLineBreaksWithoutEchoingThem() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> RequestOptions.builder().header("X-Evil", "a\r\nInjected: secret-canary"));
    assertFalse(e.getMessage().contains("secret-canary"));
    assertTrue(e.getMessage().contains("X-Evil"));
  }
}
