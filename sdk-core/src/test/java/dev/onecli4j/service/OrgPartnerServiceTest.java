package dev.onecli4j.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onecli4j.OneCli;
import dev.onecli4j.generated.onecli.model.Injection;
import dev.onecli4j.generated.onecli.model.PartnerLinkStatus;
import dev.onecli4j.generated.onecli.model.ResourceScope;
import dev.onecli4j.generated.onecli.model.Secret;
import dev.onecli4j.generated.onecli.model.SecretType;
import dev.onecli4j.testing.TestServer;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Each operation of {@link OrgPartnerService} and its async twin: the exact request and the parsed
 * answer. The service takes no arguments, so there is no bad input to refuse.
 */
class OrgPartnerServiceTest {
  /** Inherited partner secrets shaped like a secret list: explicit nulls, an unknown field. */
  static final String INHERITED =
      "[{\"id\":\"ps-1\",\"name\":\"Partner OpenAI\",\"type\":\"openai\",\"valueSource\":\"inline\",\"opRef\":null,"
          + "\"hostPattern\":\"api.openai.com\",\"pathPattern\":null,\"injectionConfig\":null,\"metadata\":null,"
          + "\"scope\":\"organization\",\"typeLabel\":\"OpenAI\",\"partnerId\":\"pa-1\","
          + "\"createdAt\":\"2026-03-04T05:06:07.890Z\"},"
          + "{\"id\":\"ps-2\",\"name\":\"Partner search\",\"type\":\"generic\",\"valueSource\":\"inline\",\"opRef\":null,"
          + "\"hostPattern\":\"api.search.example\",\"pathPattern\":\"/v2/*\","
          + "\"injectionConfig\":{\"headerName\":\"X-Api-Key\"},\"metadata\":null,"
          + "\"scope\":\"organization\",\"typeLabel\":\"Generic\",\"createdAt\":\"2026-03-04T05:06:07.890Z\"}]";

  private final TestServer server = new TestServer();
  private final OneCli client = server.oneCli();

  @AfterEach
  void close() {
    server.close();
  }

  @Test
  void listInheritedSecrets() {
    server.json(200, INHERITED);
    List<Secret> secrets = client.org().partner().listInheritedSecrets();
    RecordedRequest r = server.take();
    assertEquals("GET", r.getMethod());
    assertEquals("/v1/org/partner/inherited-secrets", r.getUrl().encodedPath());
    assertNull(r.getUrl().query());
    assertEquals(2, secrets.size());
    assertEquals(SecretType.OPENAI, secrets.get(0).type());
    assertNull(secrets.get(0).injectionConfig());
    assertEquals(ResourceScope.ORGANIZATION, secrets.get(0).scope());
    assertEquals("pa-1", secrets.get(0).additionalProperties().get("partnerId"));
    assertEquals(Injection.Kind.HEADER, secrets.get(1).injectionConfig().kind());
  }

  @Test
  void listInheritedSecretsWhenDetached() {
    server.json(200, "[]");
    assertTrue(client.org().partner().listInheritedSecrets().isEmpty());
  }

  @Test
  void getStatus() {
    server.json(200, "{\"partnerManaged\":true,\"detached\":false}");
    PartnerLinkStatus status = client.org().partner().getStatus();
    RecordedRequest r = server.take();
    assertEquals("GET", r.getMethod());
    assertEquals("/v1/org/partner/status", r.getUrl().encodedPath());
    assertNull(r.getUrl().query());
    assertTrue(status.partnerManaged());
    assertFalse(status.detached());
  }

  @Test
  void detach() {
    server.json(200, "{\"success\":true}");
    assertTrue(client.org().partner().detach().success());
    RecordedRequest r = server.take();
    assertEquals("POST", r.getMethod());
    assertEquals("/v1/org/partner/detach", r.getUrl().encodedPath());
    assertNull(r.getUrl().query());
    assertEquals("", TestServer.body(r));
  }

  @Test
  void asyncTwin() {
    server
        .json(200, INHERITED)
        .json(200, "{\"partnerManaged\":true,\"detached\":true}")
        .json(200, "{\"success\":true}");
    OrgPartnerServiceAsync partner = client.async().org().partner();
    assertEquals("ps-1", partner.listInheritedSecrets().join().get(0).id());
    assertTrue(partner.getStatus().join().detached());
    assertTrue(partner.detach().join().success());
    assertEquals(
        List.of(
            "GET /v1/org/partner/inherited-secrets", "GET /v1/org/partner/status", "POST /v1/org/partner/detach"),
        List.of(line(server.take()), line(server.take()), line(server.take())));
  }

  private static String line(RecordedRequest r) {
    return r.getMethod() + " " + r.getUrl().encodedPath();
  }
}
