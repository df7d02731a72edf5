package dev.onecli4j.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onecli4j.OneCli;
import dev.onecli4j.generated.onecli.model.Injection;
import dev.onecli4j.generated.onecli.model.ResourceScope;
import dev.onecli4j.generated.onecli.model.Secret;
import dev.onecli4j.generated.onecli.model.SecretCreated;
import dev.onecli4j.generated.onecli.model.SecretType;
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

/** Each operation of {@link PartnerSecretsService} and its async twin: the exact request and the parsed answer. */
class PartnerSecretsServiceTest {
  /** A create answer shaped like the real server's: explicit nulls, attachedAgents, an unknown field. */
  static final String CREATED =
      "{\"id\":\"c3d4\",\"name\":\"Partner Anthropic\",\"type\":\"anthropic\",\"valueSource\":\"inline\","
          + "\"opRef\":null,\"hostPattern\":\"api.anthropic.com\",\"pathPattern\":\"/v1/*\","
          + "\"createdAt\":\"2026-03-04T05:06:07.890Z\",\"preview\":\"sk-a••••••••wxyz\",\"attachedAgents\":[],"
          + "\"partnerId\":\"ptn_1\"}";
  /** A list answer shaped like the real server's, with a scope value the spec does not list (assumed, to prove tolerance). */
  static final String LIST =
      "[{\"id\":\"c3d4\",\"name\":\"Partner Anthropic\",\"type\":\"anthropic\",\"valueSource\":\"inline\","
          + "\"opRef\":null,\"hostPattern\":\"api.anthropic.com\",\"pathPattern\":\"/v1/*\",\"injectionConfig\":null,"
          + "\"metadata\":null,\"scope\":\"partner\",\"typeLabel\":\"Anthropic\","
          + "\"createdAt\":\"2026-03-04T05:06:07.890Z\"}]";

  private final TestServer server = new TestServer();
  private final OneCli client = server.oneCli();

  @AfterEach
  void close() {
    server.close();
  }

  private static SecretCreateParams anthropic() {
    return SecretCreateParams.builder()
        .name("Partner Anthropic")
        .type(SecretType.ANTHROPIC)
        .value("sk-ant-123wxyz")
        .hostPattern("api.anthropic.com")
        .pathPattern("/v1/*")
        .build();
  }

  private static SecretCreateParams onePassword() {
    return SecretCreateParams.builder()
        .name("Partner Anthropic")
        .type(SecretType.ANTHROPIC)
        .onePassword("op://vault/anthropic/key")
        .hostPattern("api.anthropic.com")
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
    List<Secret> secrets = client.partner().secrets().list();
    assertRequest(server.take(), "GET", "/v1/partner/secrets", "");
    assertEquals(1, secrets.size());
    assertEquals(SecretType.ANTHROPIC, secrets.get(0).type());
    assertEquals(ResourceScope.of("partner"), secrets.get(0).scope());
    assertEquals("/v1/*", secrets.get(0).pathPattern());
  }

  @Test
  void create() {
    server.json(201, CREATED);
    SecretCreated created = client.partner().secrets().create(anthropic());
    assertRequest(
        server.take(),
        "POST",
        "/v1/partner/secrets",
        "{\"name\":\"Partner Anthropic\",\"type\":\"anthropic\",\"value\":\"sk-ant-123wxyz\","
            + "\"hostPattern\":\"api.anthropic.com\",\"pathPattern\":\"/v1/*\"}");
    assertEquals("c3d4", created.id());
    assertEquals("sk-a••••••••wxyz", created.preview());
    assertEquals("ptn_1", created.additionalProperties().get("partnerId"));
  }

  @Test
  void createWithInjection() {
    server.json(201, CREATED);
    client.partner().secrets().create(
        SecretCreateParams.builder()
            .name("Search")
            .type(SecretType.GENERIC)
            .value("key-123")
            .hostPattern("api.search.example")
            .injection(Injection.header("X-Api-Key"))
            .build());
    assertEquals(
        "{\"name\":\"Search\",\"type\":\"generic\",\"value\":\"key-123\",\"hostPattern\":\"api.search.example\","
            + "\"injectionConfig\":{\"headerName\":\"X-Api-Key\"}}",
        TestServer.body(server.take()));
  }

  @Test
  void updateEncodesTheIdAndSendsTheExplicitNull() {
    server.json(200, "{\"success\":true}");
    assertTrue(
        client.partner().secrets()
            .update("a/b c", SecretUpdateParams.builder().name("Renamed").clearPathPattern().clearInjection().build())
            .success());
    assertRequest(
        server.take(),
        "PATCH",
        "/v1/partner/secrets/a%2Fb%20c",
        "{\"name\":\"Renamed\",\"pathPattern\":null,\"injectionConfig\":null}");
  }

  @Test
  void delete() {
    server.empty(204);
    client.partner().secrets().delete("c3d4");
    assertRequest(server.take(), "DELETE", "/v1/partner/secrets/c3d4", "");
  }

  @Test
  void onePasswordIsRefusedBeforeSending() {
    ValidationException create =
        assertThrows(ValidationException.class, () -> client.partner().secrets().create(onePassword()));
    assertEquals(List.of("valueSource"), fields(create));
    assertTrue(create.getMessage().contains("partner"), create.getMessage());
    ValidationException update =
        assertThrows(
            ValidationException.class,
            () -> client.partner().secrets().update("c3d4", SecretUpdateParams.builder().onePassword("op://v/i/f").build()));
    assertEquals(List.of("valueSource"), fields(update));
    assertEquals(
        List.of("valueSource"),
        fields(failure(client.async().partner().secrets().update("c3d4", SecretUpdateParams.builder().onePassword("op://v/i/f").build()))));
    assertEquals(0, server.server().getRequestCount());
  }

  @Test
  void asyncTwin() {
    server.json(200, LIST).json(201, CREATED).json(200, "{\"success\":true}").empty(204);
    assertEquals("c3d4", client.async().partner().secrets().list().join().get(0).id());
    assertEquals("c3d4", client.async().partner().secrets().create(anthropic()).join().id());
    assertTrue(
        client.async().partner().secrets()
            .update("c3d4", SecretUpdateParams.builder().clearPathPattern().build())
            .join()
            .success());
    assertNull(client.async().partner().secrets().delete("c3d4").join());
    assertRequest(server.take(), "GET", "/v1/partner/secrets", "");
    assertEquals("POST", server.take().getMethod());
    assertRequest(server.take(), "PATCH", "/v1/partner/secrets/c3d4", "{\"pathPattern\":null}");
    assertRequest(server.take(), "DELETE", "/v1/partner/secrets/c3d4", "");
  }

  @Test
  void badInputIsRefusedBeforeSending() {
    assertEquals(
        List.of("secretId", "params"),
        fields(assertThrows(ValidationException.class, () -> client.partner().secrets().update("", null))));
    assertEquals(
        List.of("params"), fields(assertThrows(ValidationException.class, () -> client.partner().secrets().create(null))));
    assertEquals(
        List.of("secretId"), fields(assertThrows(ValidationException.class, () -> client.partner().secrets().delete(null))));
    assertEquals(List.of("secretId", "params"), fields(failure(client.async().partner().secrets().update(".", null))));
    assertEquals(List.of("params"), fields(failure(client.async().partner().secrets().create(null))));
    assertEquals(List.of("secretId"), fields(failure(client.async().partner().secrets().delete(" "))));
    assertEquals(0, server.server().getRequestCount());
  }
}
