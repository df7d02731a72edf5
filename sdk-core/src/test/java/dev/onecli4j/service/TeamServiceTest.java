package dev.onecli4j.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onecli4j.OneCli;
import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.generated.onecli.model.MemberRole;
import dev.onecli4j.generated.onecli.model.ProvisionResult;
import dev.onecli4j.param.TeamProvisionParams;
import dev.onecli4j.testing.TestServer;
import dev.onecli4j.validation.ValidationException;
import java.time.OffsetDateTime;
import java.util.concurrent.CompletionException;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The operation of {@link TeamService} and its async twin: the exact request and the parsed answer. */
class TeamServiceTest {
  static final String PROVISIONED =
      "{\"id\":\"prov_1\",\"userId\":\"u_placeholder\",\"projectId\":\"prj_9\",\"apiKey\":\"oc_0123456789abcdef\","
          + "\"claimUrl\":\"https://app.onecli.sh/claim/abc\",\"expiresAt\":\"2026-03-11T05:06:07.890Z\","
          + "\"agentId\":\"ag_3\"}";

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
  void provision() {
    server.json(201, PROVISIONED);
    ProvisionResult result =
        client.team().provision(TeamProvisionParams.builder().role(MemberRole.ADMIN).skipOnboarding(false).build());
    assertRequest(server.take(), "POST", "/v1/team/provisions", "{\"role\":\"admin\",\"skipOnboarding\":false}");
    assertEquals("prov_1", result.id());
    assertEquals("oc_0123456789abcdef", result.apiKey());
    assertEquals("https://app.onecli.sh/claim/abc", result.claimUrl());
    assertEquals(OffsetDateTime.parse("2026-03-11T05:06:07.890Z"), result.expiresAt());
    assertEquals("ag_3", result.additionalProperties().get("agentId"));
    assertTrue(result.toString().contains("apiKey=****"), result.toString());
  }

  @Test
  void provisionWithDefaultsSendsAnEmptyObject() {
    server.json(201, PROVISIONED).json(201, PROVISIONED);
    assertEquals("prj_9", client.team().provision().projectId());
    client.team().provision(TeamProvisionParams.builder().build(), RequestOptions.none());
    assertRequest(server.take(), "POST", "/v1/team/provisions", "{}");
    assertRequest(server.take(), "POST", "/v1/team/provisions", "{}");
  }

  @Test
  void asyncTwin() {
    server.json(201, PROVISIONED).json(201, PROVISIONED);
    TeamServiceAsync team = client.async().team();
    assertEquals("u_placeholder", team.provision().join().userId());
    assertEquals(
        "prov_1", team.provision(TeamProvisionParams.builder().role(MemberRole.MEMBER).build()).join().id());
    assertRequest(server.take(), "POST", "/v1/team/provisions", "{}");
    assertRequest(server.take(), "POST", "/v1/team/provisions", "{\"role\":\"member\"}");
  }

  @Test
  void badInputIsRefusedBeforeSending() {
    ValidationException e =
        assertThrows(ValidationException.class, () -> client.team().provision((TeamProvisionParams) null));
    assertEquals("params", e.problems().get(0).field());
    CompletionException async =
        assertThrows(
            CompletionException.class, () -> client.async().team().provision((TeamProvisionParams) null).join());
    assertInstanceOf(ValidationException.class, async.getCause());
    assertEquals(0, server.server().getRequestCount());
  }
}
