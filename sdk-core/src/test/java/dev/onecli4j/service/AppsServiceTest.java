package dev.onecli4j.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onecli4j.OneCli;
import dev.onecli4j.error.InvalidResponseException;
import dev.onecli4j.generated.onecli.model.App;
import dev.onecli4j.generated.onecli.model.AppConfig;
import dev.onecli4j.generated.onecli.model.AppConnectionType;
import dev.onecli4j.generated.onecli.model.AppDetails;
import dev.onecli4j.generated.onecli.model.AppToolGroup;
import dev.onecli4j.generated.onecli.model.BlocklistHostState;
import dev.onecli4j.generated.onecli.model.PermissionDefinition;
import dev.onecli4j.generated.onecli.model.ResourceScope;
import dev.onecli4j.param.AppAuthorizeParams;
import dev.onecli4j.param.AppConnectParams;
import dev.onecli4j.testing.TestServer;
import dev.onecli4j.validation.Problem;
import dev.onecli4j.validation.ValidationException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Each operation of {@link AppsService} and its async twin: the exact request and the parsed answer. */
class AppsServiceTest {
  /** A list answer shaped like the real server's: explicit null config, an unknown field. */
  static final String LIST =
      "[{\"id\":\"gmail\",\"name\":\"Gmail\",\"available\":true,\"connectionType\":\"oauth\",\"configurable\":true,"
          + "\"config\":null,\"connections\":[{\"id\":\"cn_1\",\"label\":\"ops@example.com\",\"status\":\"connected\","
          + "\"scopes\":[\"https://www.googleapis.com/auth/gmail.readonly\"],\"connectedAt\":\"2026-03-04T05:06:07.890Z\"}],"
          + "\"credentialStubs\":[]},"
          + "{\"id\":\"gcloud\",\"name\":\"Google Cloud\",\"available\":false,\"connectionType\":\"credentials_import\","
          + "\"configurable\":false,\"config\":{\"hasCredentials\":false,\"enabled\":false},\"connections\":[],"
          + "\"credentialStubs\":[{\"path\":\"~/.config/gcloud/application_default_credentials.json\","
          + "\"content\":{\"type\":\"authorized_user\",\"refresh_token\":\"onecli-managed\"}}],\"icon\":\"/icons/gcloud.svg\"}]";
  /** One app with its hint and a connection type newer than the spec. */
  static final String DETAILS =
      "{\"id\":\"github\",\"name\":\"GitHub\",\"available\":true,\"connectionType\":\"device_code\",\"configurable\":true,"
          + "\"config\":{\"hasCredentials\":true,\"enabled\":true},\"connections\":[],\"credentialStubs\":[],"
          + "\"hint\":\"Create an OAuth app in the GitHub developer settings.\"}";
  static final String CONFIG =
      "{\"settings\":{\"clientId\":\"1234.apps.googleusercontent.com\"},\"hasCredentials\":true,\"enabled\":true}";
  static final String DEFINITION =
      "{\"provider\":\"github\",\"groups\":[{\"category\":\"read\",\"tools\":[{\"id\":\"github.list_repos\","
          + "\"name\":\"List repositories\",\"description\":\"Lists the repositories of the account.\"}],"
          + "\"wildcard\":{\"id\":\"github.read.*\",\"name\":\"All read operations\",\"description\":\"\"}},"
          + "{\"category\":\"write\",\"tools\":[{\"id\":\"github.create_issue\",\"name\":\"Create an issue\","
          + "\"description\":\"Opens an issue.\"}],\"wildcard\":null}]}";
  /** A blocklist answer: a predefined host never switched on (null rule and scope) and a custom rule. */
  static final String BLOCKLIST =
      "[{\"hostId\":\"uploads.github.com\",\"ruleId\":null,\"enabled\":false,\"custom\":false,\"name\":\"Uploads\","
          + "\"hostPattern\":\"uploads.github.com\",\"scope\":null},"
          + "{\"hostId\":\"r_9\",\"ruleId\":\"r_9\",\"enabled\":true,\"custom\":true,\"name\":\"Gists\","
          + "\"hostPattern\":\"gist.github.com\",\"scope\":\"workspace\"}]";
  static final String ENTRY =
      "{\"hostId\":\"uploads.github.com\",\"ruleId\":\"r_1\",\"enabled\":true,\"custom\":false,\"name\":\"Uploads\","
          + "\"hostPattern\":\"uploads.github.com\",\"scope\":\"project\"}";
  static final String SUCCESS = "{\"success\":true}";
  static final String CONSENT = "https://github.com/login/oauth/authorize?client_id=Iv1.abc&state=s_42";

  private final TestServer server = new TestServer();
  private final OneCli client = server.oneCli();

  @AfterEach
  void close() {
    server.close();
  }

  private TestServer redirect(String location) {
    return server.enqueue(new MockResponse.Builder().code(302).setHeader("Location", location).build());
  }

  private static AppConnectParams linear() {
    return AppConnectParams.builder().field("apiKey", "lin_api_0123456789").label("Ops").method("api_key").build();
  }

  private static void assertRequest(RecordedRequest r, String method, String path, String body) {
    assertEquals(method, r.getMethod());
    assertEquals(path, r.getUrl().encodedPath());
    assertNull(r.getUrl().encodedQuery());
    assertEquals(body, TestServer.body(r));
  }

  @Test
  void list() {
    server.json(200, LIST);
    List<App> apps = client.apps().list();
    assertRequest(server.take(), "GET", "/v1/apps", "");
    assertEquals(2, apps.size());
    App gmail = apps.get(0);
    assertEquals(AppConnectionType.OAUTH, gmail.connectionType());
    assertNull(gmail.config());
    assertEquals("ops@example.com", gmail.connections().get(0).label());
    assertEquals(
        OffsetDateTime.of(2026, 3, 4, 5, 6, 7, 890_000_000, ZoneOffset.UTC),
        gmail.connections().get(0).connectedAt());
    App gcloud = apps.get(1);
    assertFalse(gcloud.available());
    assertFalse(gcloud.config().enabled());
    assertEquals("onecli-managed", gcloud.credentialStubs().get(0).content().get("refresh_token"));
  }

  @Test
  void get() {
    server.json(200, DETAILS);
    AppDetails app = client.apps().get("github");
    assertRequest(server.take(), "GET", "/v1/apps/github", "");
    assertEquals("Create an OAuth app in the GitHub developer settings.", app.hint());
    assertEquals("device_code", app.connectionType().value());
    assertFalse(app.connectionType().isKnown());
    assertTrue(app.config().hasCredentials());
  }

  @Test
  void getEncodesTheProvider() {
    server.json(200, DETAILS);
    client.apps().get("a/b c");
    assertEquals("/v1/apps/a%2Fb%20c", server.take().getUrl().encodedPath());
  }

  @Test
  void authorize() {
    redirect(CONSENT);
    assertEquals(URI.create(CONSENT), client.apps().authorize("github"));
    assertRequest(server.take(), "GET", "/v1/apps/github/authorize", "");
  }

  @Test
  void authorizeWithQuery() {
    redirect(CONSENT);
    URI target =
        client.apps().authorize("github", AppAuthorizeParams.builder().connectionId("cn 1").agentName("release bot").build());
    RecordedRequest r = server.take();
    assertEquals("GET", r.getMethod());
    assertEquals("/v1/apps/github/authorize", r.getUrl().encodedPath());
    assertEquals("connectionId=cn%201&agent_name=release%20bot", r.getUrl().encodedQuery());
    assertEquals("", TestServer.body(r));
    assertEquals(URI.create(CONSENT), target);
  }

  @Test
  void authorizeResolvesARelativeLocation() {
    redirect("../../dashboard/apps?error=not_configured");
    URI target = client.apps().authorize("github");
    assertEquals(server.server().url("/v1/dashboard/apps").uri().toString() + "?error=not_configured", target.toString());
  }

  @Test
  void authorizeWithoutLocationIsAnInvalidResponse() {
    server.empty(302);
    InvalidResponseException e = assertThrows(InvalidResponseException.class, () -> client.apps().authorize("github"));
    assertEquals(302, e.status());
    assertTrue(e.getMessage().contains("authorizeApp"), e.getMessage());
  }

  @Test
  void connect() {
    server.json(200, SUCCESS);
    assertTrue(client.apps().connect("linear", linear()).success());
    assertRequest(
        server.take(),
        "POST",
        "/v1/apps/linear/connect",
        "{\"fields\":{\"apiKey\":\"lin_api_0123456789\"},\"label\":\"Ops\",\"method\":\"api_key\"}");
  }

  @Test
  void connectParamsMaskCredentials() {
    AppConnectParams params =
        AppConnectParams.builder().fields(Map.of("apiKey", "lin_api_0123456789")).connectionId("cn_1").build();
    assertFalse(params.toString().contains("lin_api"), params.toString());
    assertTrue(params.toString().contains("apiKey"), params.toString());
    assertEquals("lin_api_0123456789", params.newBuilder().build().fields().get("apiKey").reveal());
  }

  @Test
  void getConfig() {
    server.json(200, CONFIG);
    AppConfig config = client.apps().getConfig("gmail");
    assertRequest(server.take(), "GET", "/v1/apps/gmail/config", "");
    assertEquals("1234.apps.googleusercontent.com", config.settings().get("clientId"));
    assertTrue(config.enabled());
  }

  @Test
  void upsertConfig() {
    server.json(201, SUCCESS);
    Map<String, String> config = new LinkedHashMap<>();
    config.put("clientId", "1234.apps.googleusercontent.com");
    config.put("clientSecret", "GOCSPX-secret");
    assertTrue(client.apps().upsertConfig("gmail", config).success());
    assertRequest(
        server.take(),
        "POST",
        "/v1/apps/gmail/config",
        "{\"clientId\":\"1234.apps.googleusercontent.com\",\"clientSecret\":\"GOCSPX-secret\"}");
  }

  @Test
  void deleteConfig() {
    server.empty(204);
    client.apps().deleteConfig("gmail");
    assertRequest(server.take(), "DELETE", "/v1/apps/gmail/config", "");
  }

  @Test
  void toggleConfig() {
    server.json(200, SUCCESS);
    assertTrue(client.apps().toggleConfig("gmail", false).success());
    assertRequest(server.take(), "PATCH", "/v1/apps/gmail/config/toggle", "{\"enabled\":false}");
  }

  @Test
  void listConfigured() {
    server.json(200, "[\"github\",\"gmail\"]");
    assertEquals(List.of("github", "gmail"), client.apps().listConfigured());
    assertRequest(server.take(), "GET", "/v1/apps/configured", "");
  }

  @Test
  void listEnvDefaults() {
    server.json(200, "[\"google-drive\"]");
    assertEquals(List.of("google-drive"), client.apps().listEnvDefaults());
    assertRequest(server.take(), "GET", "/v1/apps/env-defaults", "");
  }

  @Test
  void listPermissionDefinitions() {
    server.json(200, "[" + DEFINITION + "]");
    List<PermissionDefinition> definitions = client.apps().listPermissionDefinitions();
    assertRequest(server.take(), "GET", "/v1/apps/permission-definitions", "");
    assertEquals("github", definitions.get(0).provider());
    assertEquals(2, definitions.get(0).groups().size());
  }

  @Test
  void getPermissionDefinition() {
    server.json(200, DEFINITION);
    PermissionDefinition definition = client.apps().getPermissionDefinition("github");
    assertRequest(server.take(), "GET", "/v1/apps/github/permission-definition", "");
    AppToolGroup read = definition.groups().get(0);
    assertEquals(AppToolGroup.CategoryEnum.READ, read.category());
    assertEquals("github.list_repos", read.tools().get(0).id());
    assertEquals("github.read.*", read.wildcard().id());
    assertNull(definition.groups().get(1).wildcard());
  }

  @Test
  void getBlocklist() {
    server.json(200, BLOCKLIST);
    List<BlocklistHostState> entries = client.apps().getBlocklist("github");
    assertRequest(server.take(), "GET", "/v1/apps/github/blocklist", "");
    assertNull(entries.get(0).ruleId());
    assertNull(entries.get(0).scope());
    assertFalse(entries.get(0).custom());
    assertEquals("r_9", entries.get(1).ruleId());
    assertEquals(ResourceScope.WORKSPACE, entries.get(1).scope());
  }

  @Test
  void addBlocklistEntryForAPredefinedHost() {
    server.json(201, ENTRY);
    BlocklistHostState entry =
        client.apps().addBlocklistEntry("github", "uploads.github.com");
    assertRequest(server.take(), "POST", "/v1/apps/github/blocklist", "{\"hostId\":\"uploads.github.com\"}");
    assertEquals("r_1", entry.ruleId());
    assertEquals(ResourceScope.PROJECT, entry.scope());
    assertTrue(entry.enabled());
  }

  @Test
  void toggleBlocklistRule() {
    server.json(200, SUCCESS);
    assertTrue(client.apps().toggleBlocklistRule("github", "r/9 x", true).success());
    assertRequest(server.take(), "PATCH", "/v1/apps/github/blocklist/r%2F9%20x", "{\"enabled\":true}");
  }

  @Test
  void removeBlocklistRule() {
    server.empty(204);
    client.apps().removeBlocklistRule("github", "r_9");
    assertRequest(server.take(), "DELETE", "/v1/apps/github/blocklist/r_9", "");
  }

  @Test
  void asyncTwin() {
    server.json(200, LIST).json(200, DETAILS);
    redirect(CONSENT);
    redirect(CONSENT);
    server
        .json(200, SUCCESS)
        .json(200, CONFIG)
        .json(201, SUCCESS)
        .empty(204)
        .json(200, SUCCESS)
        .json(200, "[\"github\"]")
        .json(200, "[\"google-drive\"]")
        .json(200, "[" + DEFINITION + "]")
        .json(200, DEFINITION)
        .json(200, BLOCKLIST)
        .json(201, ENTRY)
        .json(200, SUCCESS)
        .empty(204);
    AppsServiceAsync apps = client.async().apps();
    assertEquals(2, apps.list().join().size());
    assertEquals("github", apps.get("github").join().id());
    assertEquals(URI.create(CONSENT), apps.authorize("github").join());
    assertEquals(
        URI.create(CONSENT), apps.authorize("github", AppAuthorizeParams.builder().agentName("bot").build()).join());
    assertTrue(apps.connect("linear", linear()).join().success());
    assertTrue(apps.getConfig("gmail").join().hasCredentials());
    assertTrue(apps.upsertConfig("gmail", Map.of("clientId", "1234")).join().success());
    assertNull(apps.deleteConfig("gmail").join());
    assertTrue(apps.toggleConfig("gmail", true).join().success());
    assertEquals(List.of("github"), apps.listConfigured().join());
    assertEquals(List.of("google-drive"), apps.listEnvDefaults().join());
    assertEquals("github", apps.listPermissionDefinitions().join().get(0).provider());
    assertEquals(2, apps.getPermissionDefinition("github").join().groups().size());
    assertEquals(2, apps.getBlocklist("github").join().size());
    assertEquals(
        "r_1", apps.addBlocklistEntry("github", "uploads.github.com").join().ruleId());
    assertTrue(apps.toggleBlocklistRule("github", "r_9", false).join().success());
    assertNull(apps.removeBlocklistRule("github", "r_9").join());
    List<String> seen =
        IntStream.range(0, 17)
            .mapToObj(i -> server.take())
            .map(AppsServiceTest::line)
            .collect(Collectors.toList());
    assertEquals(
        List.of(
            "GET /v1/apps",
            "GET /v1/apps/github",
            "GET /v1/apps/github/authorize",
            "GET /v1/apps/github/authorize?agent_name=bot",
            "POST /v1/apps/linear/connect",
            "GET /v1/apps/gmail/config",
            "POST /v1/apps/gmail/config",
            "DELETE /v1/apps/gmail/config",
            "PATCH /v1/apps/gmail/config/toggle",
            "GET /v1/apps/configured",
            "GET /v1/apps/env-defaults",
            "GET /v1/apps/permission-definitions",
            "GET /v1/apps/github/permission-definition",
            "GET /v1/apps/github/blocklist",
            "POST /v1/apps/github/blocklist",
            "PATCH /v1/apps/github/blocklist/r_9",
            "DELETE /v1/apps/github/blocklist/r_9"),
        seen);
  }

  @Test
  void asyncAuthorizeWithoutLocationFails() {
    server.empty(302);
    CompletionException e =
        assertThrows(CompletionException.class, () -> client.async().apps().authorize("github").join());
    assertInstanceOf(InvalidResponseException.class, e.getCause());
  }

  @Test
  void badInputIsReportedCompletelyBeforeSending() {
    AppsService apps = client.apps();
    assertProblems(() -> apps.get(" "), "provider");
    assertProblems(() -> apps.authorize(null), "provider");
    assertProblems(() -> apps.authorize("..", (AppAuthorizeParams) null), "provider", "params");
    assertProblems(() -> apps.connect("", null), "provider", "params");
    assertProblems(() -> apps.getConfig(null), "provider");
    assertProblems(() -> apps.upsertConfig(" ", null), "provider", "config");
    assertProblems(() -> apps.deleteConfig("."), "provider");
    assertProblems(() -> apps.toggleConfig(null, true), "provider");
    assertProblems(() -> apps.getPermissionDefinition(""), "provider");
    assertProblems(() -> apps.getBlocklist(null), "provider");
    assertProblems(() -> apps.addBlocklistEntry(null, null), "provider", "hostId");
    assertProblems(() -> apps.toggleBlocklistRule(" ", null, true), "provider", "ruleId");
    assertProblems(() -> apps.removeBlocklistRule("github", ""), "ruleId");
    assertProblems(() -> AppConnectParams.builder().label("x").build(), "fields");
    assertProblems(
        () -> AppConnectParams.builder().field("apiKey", null).field("secret", null).build(),
        "fields.apiKey",
        "fields.secret");
    CompletableFuture<AppDetails> failed = client.async().apps().get(null);
    assertTrue(failed.isCompletedExceptionally());
    CompletionException e = assertThrows(CompletionException.class, failed::join);
    assertInstanceOf(ValidationException.class, e.getCause());
    assertTrue(client.async().apps().connect("linear", null).isCompletedExceptionally());
    assertEquals(0, server.server().getRequestCount());
  }

  /** The method, path and query of a recorded request, e.g. {@code GET /v1/apps?x=1}. */
  static String line(RecordedRequest r) {
    String query = r.getUrl().encodedQuery();
    return r.getMethod() + " " + r.getUrl().encodedPath() + (query == null ? "" : "?" + query);
  }

  /** Asserts that {@code call} throws a ValidationException naming exactly these fields, in order. */
  static void assertProblems(Executable call, String... fields) {
    ValidationException e = assertThrows(ValidationException.class, call);
    assertEquals(
        List.of(fields), e.problems().stream().map(Problem::field).collect(Collectors.toList()), e.getMessage());
  }
}
