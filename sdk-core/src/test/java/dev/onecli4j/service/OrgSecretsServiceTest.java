package dev.onecli4j.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onecli4j.OneCli;
import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.generated.onecli.model.Injection;
import dev.onecli4j.generated.onecli.model.ResourceScope;
import dev.onecli4j.generated.onecli.model.Secret;
import dev.onecli4j.generated.onecli.model.SecretCreated;
import dev.onecli4j.generated.onecli.model.SecretType;
import dev.onecli4j.generated.onecli.model.ValueSource;
import dev.onecli4j.param.SecretCreateParams;
import dev.onecli4j.param.SecretUpdateParams;
import dev.onecli4j.testing.TestServer;
import dev.onecli4j.validation.Problem;
import dev.onecli4j.validation.ValidationException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each operation of {@link OrgSecretsService} and its async twin: the exact request and the parsed answer. */
class OrgSecretsServiceTest {
  /** A create answer shaped like the real server's: explicit nulls, attachedAgents. */
  static final String CREATED =
      "{\"id\":\"7a0e\",\"name\":\"Shared OpenAI\",\"type\":\"openai\",\"valueSource\":\"inline\",\"opRef\":null,"
          + "\"hostPattern\":\"api.openai.com\",\"pathPattern\":null,\"createdAt\":\"2026-03-04T05:06:07.890Z\","
          + "\"preview\":\"sk-p••••••••9xyz\",\"attachedAgents\":[]}";
  /** A list answer shaped like the real server's, with an organization-scoped secret. */
  static final String LIST =
      "[{\"id\":\"7a0e\",\"name\":\"Shared OpenAI\",\"type\":\"openai\",\"valueSource\":\"inline\",\"opRef\":null,"
          + "\"hostPattern\":\"api.openai.com\",\"pathPattern\":null,\"injectionConfig\":null,\"metadata\":null,"
          + "\"scope\":\"organization\",\"typeLabel\":\"OpenAI\",\"createdAt\":\"2026-03-04T05:06:07.890Z\"},"
          + "{\"id\":\"8b1f\",\"name\":\"Search\",\"type\":\"generic\",\"valueSource\":\"inline\",\"opRef\":null,"
          + "\"hostPattern\":\"*.search.example\",\"pathPattern\":\"/v2/*\","
          + "\"injectionConfig\":{\"paramName\":\"key\"},\"metadata\":null,"
          + "\"scope\":\"organization\",\"typeLabel\":\"Generic\",\"createdAt\":\"2026-03-05T00:00:00.000Z\"}]";

  private final TestServer server = new TestServer();
  private final OneCli client = server.oneCli();

  @AfterEach
  void close() {
    server.close();
  }

  private static SecretCreateParams openAi() {
    return SecretCreateParams.builder()
        .name("Shared OpenAI")
        .type(SecretType.OPENAI)
        .value("sk-proj-abc9xyz")
        .hostPattern("api.openai.com")
        .build();
  }

  private static SecretCreateParams onePassword() {
    return SecretCreateParams.builder()
        .name("Shared OpenAI")
        .type(SecretType.OPENAI)
        .onePassword("op://vault/openai/key")
        .hostPattern("api.openai.com")
        .build();
  }

  private static void assertRequest(RecordedRequest r, String method, String path, String body) {
    assertEquals(method, r.getMethod());
    assertEquals(path, r.getUrl().encodedPath());
    assertNull(r.getUrl().encodedQuery());
    assertEquals(body, TestServer.body(r));
  }

  private static ValidationException failure(CompletableFuture<?> future) {
    CompletionException e = assertThrows(CompletionException.class, future::join);
    return assertInstanceOf(ValidationException.class, e.getCause());
  }

  private static List<String> fields(ValidationException e) {
    return e.problems().stream().map(Problem::field).collect(Collectors.toList());
  }

  @Test
  void list() {
    server.json(200, LIST);
    List<Secret> secrets = client.org().secrets().list();
    assertRequest(server.take(), "GET", "/v1/org/secrets", "");
    assertEquals(2, secrets.size());
    assertEquals(ResourceScope.ORGANIZATION, secrets.get(0).scope());
    assertNull(secrets.get(0).injectionConfig());
    assertEquals(Injection.Kind.QUERY_PARAM, secrets.get(1).injectionConfig().kind());
    assertEquals("/v2/*", secrets.get(1).pathPattern());
  }

  @Test
  void listPassesRequestOptions() {
    server.json(200, "[]");
    assertTrue(client.org().secrets().list(RequestOptions.builder().header("X-Workspace-Id", "ws_1").build()).isEmpty());
    assertEquals("ws_1", server.take().getHeaders().get("X-Workspace-Id"));
  }

  @Test
  void create() {
    server.json(201, CREATED);
    SecretCreated created = client.org().secrets().create(openAi());
    assertRequest(
        server.take(),
        "POST",
        "/v1/org/secrets",
        "{\"name\":\"Shared OpenAI\",\"type\":\"openai\",\"value\":\"sk-proj-abc9xyz\",\"hostPattern\":\"api.openai.com\"}");
    assertEquals("7a0e", created.id());
    assertEquals(ValueSource.INLINE, created.valueSource());
    assertEquals("sk-p••••••••9xyz", created.preview());
    assertNull(created.opRef());
  }

  @Test
  void update() {
    server.json(200, "{\"success\":true}");
    assertTrue(
        client.org().secrets()
            .update("7a0e", SecretUpdateParams.builder().value("sk-proj-new5678").clearPathPattern().build())
            .success());
    assertRequest(
        server.take(), "PATCH", "/v1/org/secrets/7a0e", "{\"value\":\"sk-proj-new5678\",\"pathPattern\":null}");
  }

  @Test
  void updateWithoutPathPatternLeavesItOut() {
    server.json(200, "{\"success\":true}");
    client.org().secrets().update("7a0e", SecretUpdateParams.builder().hostPattern("api.openai.com").build());
    assertEquals("{\"hostPattern\":\"api.openai.com\"}", TestServer.body(server.take()));
  }

  @Test
  void deleteEncodesTheId() {
    server.empty(204);
    client.org().secrets().delete("a/b c");
    assertRequest(server.take(), "DELETE", "/v1/org/secrets/a%2Fb%20c", "");
  }

  @Test
  void onePasswordIsRefusedBeforeSending() {
    ValidationException create = assertThrows(ValidationException.class, () -> client.org().secrets().create(onePassword()));
    assertEquals(List.of("valueSource"), fields(create));
    ValidationException update =
        assertThrows(
            ValidationException.class,
            () -> client.org().secrets().update("7a0e", SecretUpdateParams.builder().onePassword("op://v/i/f").build()));
    assertEquals(List.of("valueSource"), fields(update));
    assertEquals(List.of("valueSource"), fields(failure(client.async().org().secrets().create(onePassword()))));
    assertEquals(0, server.server().getRequestCount());
  }

  @Test
  void asyncTwin() {
    server.json(200, LIST).json(201, CREATED).json(200, "{\"success\":true}").empty(204);
    assertEquals(2, client.async().org().secrets().list().join().size());
    assertEquals("7a0e", client.async().org().secrets().create(openAi()).join().id());
    assertTrue(
        client.async().org().secrets().update("7a0e", SecretUpdateParams.builder().clearPathPattern().build()).join().success());
    assertNull(client.async().org().secrets().delete("7a0e").join());
    assertRequest(server.take(), "GET", "/v1/org/secrets", "");
    assertEquals("POST /v1/org/secrets", line(server.take()));
    assertRequest(server.take(), "PATCH", "/v1/org/secrets/7a0e", "{\"pathPattern\":null}");
    assertRequest(server.take(), "DELETE", "/v1/org/secrets/7a0e", "");
  }

  @Test
  void badInputIsRefusedBeforeSending() {
    ValidationException update = assertThrows(ValidationException.class, () -> client.org().secrets().update(" ", null));
    assertEquals(List.of("secretId", "params"), fields(update));
    assertEquals(List.of("params"), fields(assertThrows(ValidationException.class, () -> client.org().secrets().create(null))));
    assertEquals(List.of("secretId"), fields(assertThrows(ValidationException.class, () -> client.org().secrets().delete(".."))));
    assertEquals(List.of("secretId", "params"), fields(failure(client.async().org().secrets().update(null, null))));
    assertEquals(List.of("params"), fields(failure(client.async().org().secrets().create(null))));
    assertEquals(List.of("secretId"), fields(failure(client.async().org().secrets().delete(""))));
    assertEquals(0, server.server().getRequestCount());
  }

  private static String line(RecordedRequest r) {
    return r.getMethod() + " " + r.getUrl().encodedPath();
  }
}
