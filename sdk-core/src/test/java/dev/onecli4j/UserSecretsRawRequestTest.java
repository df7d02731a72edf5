package dev.onecli4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.error.BadRequestException;
import dev.onecli4j.error.ConflictException;
import dev.onecli4j.testing.TestServer;
import dev.onecli4j.validation.ValidationException;
import java.util.Map;
import java.util.concurrent.CompletionException;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code rawRequest} on the user-secrets client: a route the SDK does not model, sent with the
 * user's token through the same transport as the modelled calls.
 */
class UserSecretsRawRequestTest {
  private static final String VALUE = "user-raw-canary-7d1e93b2f0";

  private final TestServer server = new TestServer();
  private final UserSecrets client = server.userSecrets();

  @AfterEach
  void close() {
    client.close();
    server.close();
  }

  @Test
  void sendsUnderTheBaseUrlWithTheUsersToken() {
    server.json(200, "{\"exported\":2}");
    RawHttpResponse r =
        client.rawRequest(
            RawRequest.builder("GET", "/user/secrets/{id}/history").pathParam("id", "s 1").queryParam("limit", "5").build());
    RecordedRequest sent = server.take();
    assertEquals("GET", sent.getMethod());
    assertEquals("/api/v1/user/secrets/s%201/history?limit=5", sent.getTarget());
    assertEquals("Bearer " + TestServer.API_KEY, sent.getHeaders().get("Authorization"));
    assertEquals(200, r.status());
    assertEquals(2, r.json().get("exported").asInt());
  }

  @Test
  void errorAnswersAreTheSdksExceptionsWithTheBodysValuesMasked() {
    server.json(400, "{\"detail\":\"value " + VALUE + " is not a key\"}");
    BadRequestException e =
        assertThrows(
            BadRequestException.class,
            () -> client.rawRequest("POST", "/user/secrets/check", Map.of("note", VALUE), RequestOptions.none()));
    assertEquals("{\"note\":\"" + VALUE + "\"}", TestServer.body(server.take()));
    assertFalse(e.getMessage().contains(VALUE), e.getMessage());
    assertFalse(String.valueOf(e.errorMessage()).contains(VALUE), e.errorMessage());
    assertFalse(e.bodyExcerpt().contains(VALUE), e.bodyExcerpt());
    assertTrue(e.getMessage().contains("is not a key"), e.getMessage());
  }

  @Test
  void asyncCallsCompleteWithTheAnswerOrTheSdksException() {
    server.json(201, "{\"id\":\"s_1\"}").json(409, "{\"detail\":\"exists\"}");
    assertEquals("s_1", client.async().rawRequest("POST", "/user/secrets/copy", Map.of("from", "s_0"), RequestOptions.none()).join().json().get("id").asText());
    CompletionException e =
        assertThrows(CompletionException.class, () -> client.async().rawRequest(RawRequest.builder("DELETE", "/user/secrets/s_1").build()).join());
    assertInstanceOf(ConflictException.class, e.getCause());
    assertEquals(2, server.server().getRequestCount());
  }

  @Test
  void badRequestsAreRefusedBeforeSending() {
    assertThrows(ValidationException.class, () -> client.rawRequest("FETCH", "user/secrets", null, RequestOptions.none()));
    CompletionException async =
        assertThrows(CompletionException.class, () -> client.async().rawRequest("GET", "/user/{id}", null, RequestOptions.none()).join());
    assertInstanceOf(ValidationException.class, async.getCause());
    assertEquals(0, server.server().getRequestCount());
  }
}
