package dev.onecli4j.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onecli4j.OneCli;
import dev.onecli4j.generated.onecli.model.ClaimLinkResponse;
import dev.onecli4j.generated.onecli.model.CreatePartnerOrgResponse;
import dev.onecli4j.generated.onecli.model.PartnerOrg;
import dev.onecli4j.generated.onecli.model.RotateTokensResponse;
import dev.onecli4j.testing.TestServer;
import dev.onecli4j.validation.Problem;
import dev.onecli4j.validation.ValidationException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each operation of {@link PartnerOrgsService} and its async twin: the exact request and the parsed answer. */
class PartnerOrgsServiceTest {
  static final String ORG_API_KEY = "oc_org_7f3c2a9d1e8b4c6a";
  static final String PROJECT_API_KEY = "oc_5b8e1d4f7a2c9e3b";
  static final String AGENT_TOKEN = "aoc_9c2e6f1a4d7b3e8c";

  /** An unclaimed organization as the server gives it: explicit nulls, its default project. */
  static final String UNCLAIMED =
      "{\"id\":\"org_1\",\"name\":\"Acme Corp\",\"slug\":\"acme-corp\",\"createdAt\":\"2026-03-04T05:06:07.890Z\","
          + "\"status\":\"unclaimed\",\"claimedByEmail\":null,\"claimedAt\":null,"
          + "\"projects\":[{\"id\":\"prj_1\",\"name\":\"Default\",\"slug\":\"default\","
          + "\"createdAt\":\"2026-03-04T05:06:07.890Z\"}]}";
  /** A claimed organization with a status and a field newer than the spec. */
  static final String LIST =
      "["
          + UNCLAIMED
          + ",{\"id\":\"org_2\",\"name\":\"Globex\",\"slug\":\"globex\",\"createdAt\":\"2026-02-01T00:00:00.000Z\","
          + "\"status\":\"suspended\",\"claimedByEmail\":\"cto@globex.example\","
          + "\"claimedAt\":\"2026-02-03T10:00:00.000Z\",\"projects\":[],\"plan\":\"team\"}]";
  /** A create answer with one-time credentials, plus a field the spec does not list. */
  static final String CREATED =
      "{\"organizationId\":\"org_1\",\"projectId\":\"prj_1\",\"orgApiKey\":\""
          + ORG_API_KEY
          + "\",\"projectApiKey\":\""
          + PROJECT_API_KEY
          + "\",\"agentToken\":\""
          + AGENT_TOKEN
          + "\",\"claimUrl\":\"https://app.onecli.sh/claim/cl_4d9a\",\"agentId\":\"agt_1\"}";
  static final String ROTATED =
      "{\"orgApiKey\":\"" + ORG_API_KEY + "\",\"projectApiKey\":\"" + PROJECT_API_KEY + "\"}";
  static final String CLAIM_LINK = "{\"claimUrl\":\"https://app.onecli.sh/claim/cl_8e2f\"}";

  private final TestServer server = new TestServer();
  private final OneCli client = server.oneCli();

  @AfterEach
  void close() {
    server.close();
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
    List<PartnerOrg> orgs = client.partner().orgs().list();
    assertRequest(server.take(), "GET", "/v1/partner/orgs", "");
    assertEquals(2, orgs.size());
    assertEquals(PartnerOrg.StatusEnum.UNCLAIMED, orgs.get(0).status());
    assertNull(orgs.get(0).claimedByEmail());
    assertNull(orgs.get(0).claimedAt());
    assertEquals("default", orgs.get(0).projects().get(0).slug());
    assertFalse(orgs.get(1).status().isKnown());
    assertEquals("suspended", orgs.get(1).status().value());
    assertEquals(OffsetDateTime.parse("2026-02-03T10:00:00Z"), orgs.get(1).claimedAt());
    assertEquals("team", orgs.get(1).additionalProperties().get("plan"));
  }

  @Test
  void create() {
    server.json(201, CREATED);
    CreatePartnerOrgResponse created = client.partner().orgs().create("Acme Corp");
    assertRequest(server.take(), "POST", "/v1/partner/orgs", "{\"name\":\"Acme Corp\"}");
    assertEquals("org_1", created.organizationId());
    assertEquals("prj_1", created.projectId());
    assertEquals(ORG_API_KEY, created.orgApiKey());
    assertEquals(PROJECT_API_KEY, created.projectApiKey());
    assertEquals(AGENT_TOKEN, created.agentToken());
    assertEquals("https://app.onecli.sh/claim/cl_4d9a", created.claimUrl());
  }

  @Test
  void createdCredentialsStayOutOfToString() {
    server.json(201, CREATED);
    String text = client.partner().orgs().create("Acme Corp").toString();
    assertFalse(text.contains(ORG_API_KEY), text);
    assertFalse(text.contains(PROJECT_API_KEY), text);
    assertFalse(text.contains(AGENT_TOKEN), text);
    assertTrue(text.contains("org_1"), text);
  }

  @Test
  void getEncodesTheId() {
    server.json(200, UNCLAIMED);
    PartnerOrg org = client.partner().orgs().get("a/b c");
    assertRequest(server.take(), "GET", "/v1/partner/orgs/a%2Fb%20c", "");
    assertEquals("Acme Corp", org.name());
    assertEquals(OffsetDateTime.parse("2026-03-04T05:06:07.890Z"), org.createdAt());
    assertEquals(1, org.projects().size());
  }

  @Test
  void delete() {
    server.empty(204);
    client.partner().orgs().delete("org_1");
    assertRequest(server.take(), "DELETE", "/v1/partner/orgs/org_1", "");
  }

  @Test
  void reissueClaimLink() {
    server.json(200, CLAIM_LINK);
    ClaimLinkResponse link = client.partner().orgs().reissueClaimLink("org_1");
    assertRequest(server.take(), "POST", "/v1/partner/orgs/org_1/claim-link", "");
    assertEquals("https://app.onecli.sh/claim/cl_8e2f", link.claimUrl());
  }

  @Test
  void rotateTokens() {
    server.json(200, ROTATED);
    RotateTokensResponse rotated = client.partner().orgs().rotateTokens("org_1");
    assertRequest(server.take(), "POST", "/v1/partner/orgs/org_1/rotate-tokens", "");
    assertEquals(ORG_API_KEY, rotated.orgApiKey());
    assertEquals(PROJECT_API_KEY, rotated.projectApiKey());
    String text = rotated.toString();
    assertFalse(text.contains(ORG_API_KEY), text);
    assertFalse(text.contains(PROJECT_API_KEY), text);
  }

  @Test
  void asyncTwin() {
    server.json(200, LIST).json(201, CREATED).json(200, UNCLAIMED).empty(204).json(200, CLAIM_LINK).json(200, ROTATED);
    assertEquals(2, client.async().partner().orgs().list().join().size());
    assertEquals(AGENT_TOKEN, client.async().partner().orgs().create("Acme Corp").join().agentToken());
    assertEquals("acme-corp", client.async().partner().orgs().get("org_1").join().slug());
    assertNull(client.async().partner().orgs().delete("org_1").join());
    assertEquals("https://app.onecli.sh/claim/cl_8e2f", client.async().partner().orgs().reissueClaimLink("org_1").join().claimUrl());
    assertEquals(ORG_API_KEY, client.async().partner().orgs().rotateTokens("org_1").join().orgApiKey());
    assertRequest(server.take(), "GET", "/v1/partner/orgs", "");
    assertRequest(server.take(), "POST", "/v1/partner/orgs", "{\"name\":\"Acme Corp\"}");
    assertRequest(server.take(), "GET", "/v1/partner/orgs/org_1", "");
    assertRequest(server.take(), "DELETE", "/v1/partner/orgs/org_1", "");
    assertRequest(server.take(), "POST", "/v1/partner/orgs/org_1/claim-link", "");
    assertRequest(server.take(), "POST", "/v1/partner/orgs/org_1/rotate-tokens", "");
  }

  @Test
  void badInputIsRefusedBeforeSending() {
    assertEquals(List.of("name"), fields(assertThrows(ValidationException.class, () -> client.partner().orgs().create(" "))));
    assertEquals(List.of("name"), fields(assertThrows(ValidationException.class, () -> client.partner().orgs().create(null))));
    assertEquals(List.of("orgId"), fields(assertThrows(ValidationException.class, () -> client.partner().orgs().get(""))));
    assertEquals(List.of("orgId"), fields(assertThrows(ValidationException.class, () -> client.partner().orgs().delete(".."))));
    assertEquals(
        List.of("orgId"), fields(assertThrows(ValidationException.class, () -> client.partner().orgs().reissueClaimLink(null))));
    assertEquals(
        List.of("orgId"), fields(assertThrows(ValidationException.class, () -> client.partner().orgs().rotateTokens(" "))));
    assertEquals(List.of("name"), fields(failure(client.async().partner().orgs().create(""))));
    assertEquals(List.of("orgId"), fields(failure(client.async().partner().orgs().get(null))));
    assertEquals(List.of("orgId"), fields(failure(client.async().partner().orgs().delete("."))));
    assertEquals(List.of("orgId"), fields(failure(client.async().partner().orgs().reissueClaimLink(""))));
    assertEquals(List.of("orgId"), fields(failure(client.async().partner().orgs().rotateTokens(null))));
    assertEquals(0, server.server().getRequestCount());
  }
}
