package dev.onecli4j.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onecli4j.OneCli;
import dev.onecli4j.generated.onecli.model.ApiKeyResponse;
import dev.onecli4j.generated.onecli.model.User;
import dev.onecli4j.testing.TestServer;
import dev.onecli4j.validation.Problem;
import dev.onecli4j.validation.ValidationException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CompletionException;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each operation of {@link UserService} and its async twin: the exact request and the parsed answer. */
class UserServiceTest {
  /** A profile without a display name: the server sends an explicit null. */
  static final String USER =
      "{\"id\":\"u_1\",\"email\":\"ada@example.com\",\"name\":null,\"createdAt\":\"2026-03-04T05:06:07.890Z\","
          + "\"image\":null}";
  static final String NAMED = USER.replace("\"name\":null", "\"name\":\"Ada\"");
  static final String KEY = "{\"apiKey\":\"oc_0123456789abcdef\"}";
  static final String NEW_KEY = "{\"apiKey\":\"oc_fedcba9876543210\"}";

  private final TestServer server = new TestServer();
  private final OneCli client = server.oneCli();

  @AfterEach
  void close() {
    server.close();
  }

  private static void assertRequest(RecordedRequest r, String method, String target, String body) {
    assertEquals(method, r.getMethod());
    assertEquals(target, r.getTarget());
    assertEquals(body, TestServer.body(r));
  }

  @Test
  void get() {
    server.json(200, USER);
    User user = client.user().get();
    assertRequest(server.take(), "GET", "/v1/user", "");
    assertEquals("ada@example.com", user.email());
    assertNull(user.name());
    assertEquals(OffsetDateTime.parse("2026-03-04T05:06:07.890Z"), user.createdAt());
  }

  @Test
  void update() {
    server.json(200, NAMED);
    assertEquals("Ada", client.user().update("Ada").name());
    assertRequest(server.take(), "PATCH", "/v1/user", "{\"name\":\"Ada\"}");
  }

  @Test
  void getApiKey() {
    server.json(200, KEY);
    ApiKeyResponse key = client.user().getApiKey();
    assertRequest(server.take(), "GET", "/v1/user/api-key", "");
    assertEquals("oc_0123456789abcdef", key.apiKey());
    assertTrue(key.toString().contains("****"), key.toString());
  }

  @Test
  void regenerateApiKey() {
    server.json(200, NEW_KEY);
    assertEquals("oc_fedcba9876543210", client.user().regenerateApiKey().apiKey());
    assertRequest(server.take(), "POST", "/v1/user/api-key/regenerate", "");
  }

  @Test
  void asyncTwin() {
    server.json(200, USER).json(200, NAMED).json(200, KEY).json(200, NEW_KEY);
    UserServiceAsync user = client.async().user();
    assertEquals("u_1", user.get().join().id());
    assertEquals("Ada", user.update("Ada").join().name());
    assertEquals("oc_0123456789abcdef", user.getApiKey().join().apiKey());
    assertEquals("oc_fedcba9876543210", user.regenerateApiKey().join().apiKey());
    String[] expected = {"GET /v1/user", "PATCH /v1/user", "GET /v1/user/api-key", "POST /v1/user/api-key/regenerate"};
    for (String line : expected) {
      RecordedRequest r = server.take();
      assertEquals(line, r.getMethod() + " " + r.getTarget());
    }
  }

  @Test
  void badInputIsRefusedBeforeSending() {
    ValidationException missing = assertThrows(ValidationException.class, () -> client.user().update(null));
    assertEquals(List.of(new Problem("name", "is required")), missing.problems());
    ValidationException blank = assertThrows(ValidationException.class, () -> client.user().update(" "));
    assertEquals(List.of(new Problem("name", "must not be blank")), blank.problems());
    CompletionException async = assertThrows(CompletionException.class, () -> client.async().user().update("").join());
    assertInstanceOf(ValidationException.class, async.getCause());
    assertEquals(0, server.server().getRequestCount());
  }
}
