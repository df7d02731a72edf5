package dev.onecli4j.service;

import static dev.onecli4j.service.AppsServiceTest.BLOCKLIST;
import static dev.onecli4j.service.AppsServiceTest.CONFIG;
import static dev.onecli4j.service.AppsServiceTest.CONSENT;
import static dev.onecli4j.service.AppsServiceTest.SUCCESS;
import static dev.onecli4j.service.AppsServiceTest.assertProblems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onecli4j.OneCli;
import dev.onecli4j.error.InvalidResponseException;
import dev.onecli4j.generated.onecli.model.AppConfig;
import dev.onecli4j.generated.onecli.model.BlocklistHostState;
import dev.onecli4j.generated.onecli.model.ResourceScope;
import dev.onecli4j.param.AppConnectParams;
import dev.onecli4j.param.OrgAppAuthorizeParams;
import dev.onecli4j.testing.TestServer;
import dev.onecli4j.validation.ValidationException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each operation of {@link OrgAppsService} and its async twin: the exact request and the parsed answer. */
class OrgAppsServiceTest {
  /** An organization blocklist entry, with an unknown extra field. */
  static final String ORG_ENTRY =
      "{\"hostId\":\"c_3\",\"ruleId\":\"c_3\",\"enabled\":true,\"custom\":true,\"name\":\"Gists\","
          + "\"hostPattern\":\"gist.github.com\",\"scope\":\"organization\",\"createdBy\":\"u_1\"}";

  private final TestServer server = new TestServer();
  private final OneCli client = server.oneCli();

  @AfterEach
  void close() {
    server.close();
  }

  private TestServer redirect(String location) {
    return server.enqueue(new MockResponse.Builder().code(302).setHeader("Location", location).build());
  }

  private static void assertRequest(RecordedRequest r, String method, String path, String body) {
    assertEquals(method, r.getMethod());
    assertEquals(path, r.getUrl().encodedPath());
    assertNull(r.getUrl().encodedQuery());
    assertEquals(body, TestServer.body(r));
  }

  @Test
  void authorize() {
    redirect(CONSENT);
    assertEquals(URI.create(CONSENT), client.org().apps().authorize("github"));
    assertRequest(server.take(), "GET", "/v1/org/apps/github/authorize", "");
  }

  @Test
  void authorizeWithQuery() {
    redirect(CONSENT);
    URI target =
        client.org().apps().authorize("github", OrgAppAuthorizeParams.builder().connectionId("cn_7").org("acme inc").build());
    RecordedRequest r = server.take();
    assertEquals("GET", r.getMethod());
    assertEquals("/v1/org/apps/github/authorize", r.getUrl().encodedPath());
    assertEquals("connectionId=cn_7&org=acme%20inc", r.getUrl().encodedQuery());
    assertEquals(URI.create(CONSENT), target);
  }

  @Test
  void authorizeWithoutLocationIsAnInvalidResponse() {
    server.empty(302);
    InvalidResponseException e =
        assertThrows(InvalidResponseException.class, () -> client.org().apps().authorize("github"));
    assertTrue(e.getMessage().contains("authorizeOrgApp"), e.getMessage());
  }

  @Test
  void connect() {
    server.json(200, SUCCESS);
    AppConnectParams params =
        AppConnectParams.builder().field("apiKey", "lin_api_0123456789").connectionId("cn_2").build();
    assertTrue(client.org().apps().connect("linear", params).success());
    assertRequest(
        server.take(),
        "POST",
        "/v1/org/apps/linear/connect",
        "{\"fields\":{\"apiKey\":\"lin_api_0123456789\"},\"connectionId\":\"cn_2\"}");
  }

  @Test
  void connectEncodesTheProvider() {
    server.json(200, SUCCESS);
    client.org().apps().connect("a/b c", AppConnectParams.builder().fields(Map.of()).build());
    RecordedRequest r = server.take();
    assertEquals("/v1/org/apps/a%2Fb%20c/connect", r.getUrl().encodedPath());
    assertEquals("{\"fields\":{}}", TestServer.body(r));
  }

  @Test
  void listConfigured() {
    server.json(200, "[\"gmail\"]");
    assertEquals(List.of("gmail"), client.org().apps().listConfigured());
    assertRequest(server.take(), "GET", "/v1/org/apps/configured", "");
  }

  @Test
  void getConfig() {
    server.json(200, CONFIG);
    AppConfig config = client.org().apps().getConfig("gmail");
    assertRequest(server.take(), "GET", "/v1/org/apps/gmail/config", "");
    assertEquals(Map.of("clientId", "1234.apps.googleusercontent.com"), config.settings());
    assertTrue(config.hasCredentials());
  }

  @Test
  void upsertConfig() {
    server.json(201, SUCCESS);
    Map<String, String> config = new LinkedHashMap<>();
    config.put("appId", "12345");
    config.put("appSlug", "acme-bot");
    config.put("privateKey", "-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----");
    assertTrue(client.org().apps().upsertConfig("github-app", config).success());
    assertRequest(
        server.take(),
        "POST",
        "/v1/org/apps/github-app/config",
        "{\"appId\":\"12345\",\"appSlug\":\"acme-bot\","
            + "\"privateKey\":\"-----BEGIN RSA PRIVATE KEY-----\\nMIIE\\n-----END RSA PRIVATE KEY-----\"}");
  }

  @Test
  void deleteConfig() {
    server.empty(204);
    client.org().apps().deleteConfig("gmail");
    assertRequest(server.take(), "DELETE", "/v1/org/apps/gmail/config", "");
  }

  @Test
  void toggleConfig() {
    server.json(200, SUCCESS);
    assertTrue(client.org().apps().toggleConfig("gmail", true).success());
    assertRequest(server.take(), "PATCH", "/v1/org/apps/gmail/config/toggle", "{\"enabled\":true}");
  }

  @Test
  void getBlocklist() {
    server.json(200, BLOCKLIST);
    List<BlocklistHostState> entries = client.org().apps().getBlocklist("github");
    assertRequest(server.take(), "GET", "/v1/org/apps/github/blocklist", "");
    assertEquals(2, entries.size());
    assertNull(entries.get(0).ruleId());
    assertTrue(entries.get(1).custom());
  }

  @Test
  void addBlocklistEntry() {
    server.json(201, ORG_ENTRY);
    BlocklistHostState entry =
        client.org().apps().addBlocklistEntry("github", "uploads.github.com");
    assertRequest(
        server.take(), "POST", "/v1/org/apps/github/blocklist", "{\"hostId\":\"uploads.github.com\"}");
    assertEquals(ResourceScope.ORGANIZATION, entry.scope());
    assertEquals("c_3", entry.ruleId());
  }

  @Test
  void toggleBlocklistRule() {
    server.json(200, SUCCESS);
    assertTrue(client.org().apps().toggleBlocklistRule("github", "c_3", false).success());
    assertRequest(server.take(), "PATCH", "/v1/org/apps/github/blocklist/c_3", "{\"enabled\":false}");
  }

  @Test
  void removeBlocklistRule() {
    server.empty(204);
    client.org().apps().removeBlocklistRule("github", "c/3");
    assertRequest(server.take(), "DELETE", "/v1/org/apps/github/blocklist/c%2F3", "");
  }

  @Test
  void asyncTwin() {
    redirect(CONSENT);
    redirect(CONSENT);
    server
        .json(200, SUCCESS)
        .json(200, "[\"gmail\"]")
        .json(200, CONFIG)
        .json(201, SUCCESS)
        .empty(204)
        .json(200, SUCCESS)
        .json(200, BLOCKLIST)
        .json(201, ORG_ENTRY)
        .json(200, SUCCESS)
        .empty(204);
    OrgAppsServiceAsync apps = client.async().org().apps();
    assertEquals(URI.create(CONSENT), apps.authorize("github").join());
    assertEquals(URI.create(CONSENT), apps.authorize("github", OrgAppAuthorizeParams.builder().org("acme").build()).join());
    assertTrue(apps.connect("linear", AppConnectParams.builder().field("apiKey", "k").build()).join().success());
    assertEquals(List.of("gmail"), apps.listConfigured().join());
    assertTrue(apps.getConfig("gmail").join().enabled());
    assertTrue(apps.upsertConfig("gmail", Map.of("clientId", "1234")).join().success());
    assertNull(apps.deleteConfig("gmail").join());
    assertTrue(apps.toggleConfig("gmail", false).join().success());
    assertEquals(2, apps.getBlocklist("github").join().size());
    assertEquals(
        ResourceScope.ORGANIZATION,
        apps.addBlocklistEntry("github", "uploads.github.com").join().scope());
    assertTrue(apps.toggleBlocklistRule("github", "c_3", true).join().success());
    assertNull(apps.removeBlocklistRule("github", "c_3").join());
    List<String> seen = IntStream.range(0, 12).mapToObj(i -> AppsServiceTest.line(server.take())).collect(Collectors.toList());
    assertEquals(
        List.of(
            "GET /v1/org/apps/github/authorize",
            "GET /v1/org/apps/github/authorize?org=acme",
            "POST /v1/org/apps/linear/connect",
            "GET /v1/org/apps/configured",
            "GET /v1/org/apps/gmail/config",
            "POST /v1/org/apps/gmail/config",
            "DELETE /v1/org/apps/gmail/config",
            "PATCH /v1/org/apps/gmail/config/toggle",
            "GET /v1/org/apps/github/blocklist",
            "POST /v1/org/apps/github/blocklist",
            "PATCH /v1/org/apps/github/blocklist/c_3",
            "DELETE /v1/org/apps/github/blocklist/c_3"),
        seen);
  }

  @Test
  void badInputIsReportedCompletelyBeforeSending() {
    OrgAppsService apps = client.org().apps();
    assertProblems(() -> apps.authorize(""), "provider");
    assertProblems(() -> apps.authorize(null, (OrgAppAuthorizeParams) null), "provider", "params");
    assertProblems(() -> apps.connect(" ", null), "provider", "params");
    assertProblems(() -> apps.getConfig(".."), "provider");
    assertProblems(() -> apps.upsertConfig(null, null), "provider", "config");
    assertProblems(() -> apps.deleteConfig(null), "provider");
    assertProblems(() -> apps.toggleConfig("", false), "provider");
    assertProblems(() -> apps.getBlocklist(" "), "provider");
    assertProblems(() -> apps.addBlocklistEntry("", null), "provider", "hostId");
    assertProblems(() -> apps.toggleBlocklistRule(null, " ", true), "provider", "ruleId");
    assertProblems(() -> apps.removeBlocklistRule("", null), "provider", "ruleId");
    CompletionException e =
        assertThrows(CompletionException.class, () -> client.async().org().apps().upsertConfig("gmail", null).join());
    assertInstanceOf(ValidationException.class, e.getCause());
    assertTrue(client.async().org().apps().authorize(" ").isCompletedExceptionally());
    assertEquals(0, server.server().getRequestCount());
  }
}
