package dev.onecli4j.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onecli4j.OneCli;
import dev.onecli4j.generated.onecli.model.Injection;
import dev.onecli4j.generated.onecli.model.ResourceScope;
import dev.onecli4j.generated.onecli.model.Secret;
import dev.onecli4j.generated.onecli.model.SecretCreated;
import dev.onecli4j.generated.onecli.model.SecretType;
import dev.onecli4j.generated.onecli.model.ValueSource;
import dev.onecli4j.param.SecretCreateParams;
import dev.onecli4j.param.SecretUpdateParams;
import dev.onecli4j.testing.TestServer;
import dev.onecli4j.validation.ValidationException;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each operation of {@link SecretsService} and its async twin: the exact request and the parsed answer. */
class SecretsServiceTest {
  /** A create answer shaped like the real server's: explicit nulls, attachedAgents. */
  static final String CREATED =
      "{\"id\":\"5d1c\",\"name\":\"Stripe\",\"type\":\"generic\",\"valueSource\":\"inline\",\"opRef\":null,"
          + "\"hostPattern\":\"api.stripe.com\",\"pathPattern\":null,\"createdAt\":\"2026-03-04T05:06:07.890Z\","
          + "\"preview\":\"sk_l••••••••1234\",\"attachedAgents\":[]}";
  /** A list answer shaped like the real server's, with the newer "workspace" scope. */
  static final String LIST =
      "[{\"id\":\"5d1c\",\"name\":\"Stripe\",\"type\":\"generic\",\"valueSource\":\"inline\",\"opRef\":null,"
          + "\"hostPattern\":\"api.stripe.com\",\"pathPattern\":null,"
          + "\"injectionConfig\":{\"headerName\":\"Authorization\",\"valueFormat\":\"Bearer {value}\"},"
          + "\"metadata\":null,\"scope\":\"workspace\",\"typeLabel\":\"Generic\",\"createdAt\":\"2026-03-04T05:06:07.890Z\"}]";

  private final TestServer server = new TestServer();
  private final OneCli client = server.oneCli();

  @AfterEach
  void close() {
    server.close();
  }

  static SecretCreateParams stripe() {
    return SecretCreateParams.builder()
        .name("Stripe")
        .type(SecretType.GENERIC)
        .value("sk_live_abc1234")
        .hostPattern("api.stripe.com")
        .injection(Injection.header("Authorization", "Bearer {value}"))
        .build();
  }

  @Test
  void list() {
    server.json(200, LIST);
    List<Secret> secrets = client.secrets().list();
    RecordedRequest r = server.take();
    assertEquals("GET", r.getMethod());
    assertEquals("/v1/secrets", r.getUrl().encodedPath());
    assertEquals(1, secrets.size());
    assertEquals(ResourceScope.WORKSPACE, secrets.get(0).scope());
    assertEquals(Injection.Kind.HEADER, secrets.get(0).injectionConfig().kind());
  }

  @Test
  void create() {
    server.json(201, CREATED);
    SecretCreated created = client.secrets().create(stripe());
    RecordedRequest r = server.take();
    assertEquals("POST", r.getMethod());
    assertEquals("/v1/secrets", r.getUrl().encodedPath());
    assertEquals(
        "{\"name\":\"Stripe\",\"type\":\"generic\",\"value\":\"sk_live_abc1234\",\"hostPattern\":\"api.stripe.com\","
            + "\"injectionConfig\":{\"headerName\":\"Authorization\",\"valueFormat\":\"Bearer {value}\"}}",
        TestServer.body(r));
    assertEquals("5d1c", created.id());
    assertEquals("sk_l••••••••1234", created.preview());
    assertNull(created.pathPattern());
  }

  @Test
  void attachedAgentsAreReadAsIdsOrObjects() {
    server.json(201, CREATED.replace("\"attachedAgents\":[]", "\"attachedAgents\":[\"agt_1\",{\"id\":\"agt_2\",\"name\":\"Bot\"}]"));
    SecretCreated created = client.secrets().create(stripe());
    assertEquals("agt_1", created.attachedAgents().get(0).id());
    assertNull(created.attachedAgents().get(0).name());
    assertEquals("Bot", created.attachedAgents().get(1).name());
  }

  @Test
  void createFromOnePassword() {
    server.json(201, CREATED);
    client.secrets().create(
        SecretCreateParams.builder()
            .name("OpenAI")
            .type(SecretType.OPENAI)
            .onePassword("op://vault/openai/key")
            .hostPattern("api.openai.com")
            .build());
    assertEquals(
        "{\"name\":\"OpenAI\",\"type\":\"openai\",\"valueSource\":\"onepassword\",\"opRef\":\"op://vault/openai/key\","
            + "\"hostPattern\":\"api.openai.com\"}",
        TestServer.body(server.take()));
  }

  @Test
  void update() {
    server.json(200, "{\"success\":true}");
    assertTrue(
        client.secrets().update("5d1c", SecretUpdateParams.builder().value("sk_new_5678").clearPathPattern().build()).success());
    RecordedRequest r = server.take();
    assertEquals("PATCH", r.getMethod());
    assertEquals("/v1/secrets/5d1c", r.getUrl().encodedPath());
    assertEquals("{\"value\":\"sk_new_5678\",\"pathPattern\":null}", TestServer.body(r));
  }

  @Test
  void delete() {
    server.empty(204);
    client.secrets().delete("5d1c");
    RecordedRequest r = server.take();
    assertEquals("DELETE", r.getMethod());
    assertEquals("/v1/secrets/5d1c", r.getUrl().encodedPath());
  }

  @Test
  void asyncTwin() {
    server.json(201, CREATED).json(200, LIST).json(200, "{\"success\":true}").empty(204);
    assertEquals("5d1c", client.async().secrets().create(stripe()).join().id());
    assertEquals(1, client.async().secrets().list().join().size());
    assertTrue(client.async().secrets().update("5d1c", SecretUpdateParams.builder().name("x").build()).join().success());
    assertNull(client.async().secrets().delete("5d1c").join());
    assertEquals(List.of("POST", "GET", "PATCH", "DELETE"),
        List.of(server.take().getMethod(), server.take().getMethod(), server.take().getMethod(), server.take().getMethod()));
  }

  @Test
  void missingRequiredFieldsAreAllReportedBeforeSending() {
    ValidationException e =
        assertThrows(ValidationException.class, () -> SecretCreateParams.builder().name(" ").build());
    assertEquals(3, e.problems().size(), e.getMessage());
    assertThrows(ValidationException.class, () -> SecretUpdateParams.builder().build());
    assertThrows(ValidationException.class, () -> client.secrets().delete(""));
    assertEquals(0, server.server().getRequestCount());
  }

  /**
   * Name and host pattern go out trimmed, in every scope: the server trims them anyway, and the
   * spec's length limits (name 255, host 1000) apply to what is sent, which the local rules
   * measure trimmed.
   */
  @Test
  void nameAndHostPatternAreSentTrimmed() {
    String name = " " + "n".repeat(255) + " ";
    SecretCreateParams create =
        SecretCreateParams.builder()
            .name(name)
            .type(SecretType.OPENAI)
            .value(" sk-kept-as-is ")
            .hostPattern("  api.openai.com\t")
            .build();
    SecretUpdateParams update = SecretUpdateParams.builder().name(name).hostPattern(" api.openai.com ").build();
    String expectedCreate =
        "{\"name\":\"" + "n".repeat(255) + "\",\"type\":\"openai\",\"value\":\" sk-kept-as-is \","
            + "\"hostPattern\":\"api.openai.com\"}";
    String expectedUpdate = "{\"name\":\"" + "n".repeat(255) + "\",\"hostPattern\":\"api.openai.com\"}";
    for (int i = 0; i < 6; i++) {
      server.json(i % 2 == 0 ? 201 : 200, i % 2 == 0 ? CREATED : "{\"success\":true}");
    }
    client.secrets().create(create);
    client.secrets().update("5d1c", update);
    client.org().secrets().create(create);
    client.org().secrets().update("5d1c", update);
    client.partner().secrets().create(create);
    client.partner().secrets().update("5d1c", update);
    for (int i = 0; i < 6; i++) {
      assertEquals(i % 2 == 0 ? expectedCreate : expectedUpdate, TestServer.body(server.take()));
    }
  }

  @Test
  void organizationSecretsRefuseOnePassword() {
    SecretCreateParams params =
        SecretCreateParams.builder().name("x").type(SecretType.OPENAI).onePassword("op://a/b/c").hostPattern("api.openai.com").build();
    ValidationException e = assertThrows(ValidationException.class, () -> SecretBodies.org(params));
    assertTrue(e.getMessage().contains("valueSource"), e.getMessage());
    assertEquals(ValueSource.ONEPASSWORD, params.valueSource());
  }
}
