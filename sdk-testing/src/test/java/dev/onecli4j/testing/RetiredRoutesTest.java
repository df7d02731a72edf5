package dev.onecli4j.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every retired route of the recording answers 410 with the recorded message to every method
 * the server's tombstones take, and routes the server lacks answer its 404 wording.
 */
class RetiredRoutesTest {
  private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");
  private static OneCliEmulator emulator;
  private static String agent;

  @BeforeAll
  static void start() {
    emulator = OneCliEmulator.start();
    agent = Raw.onecli(emulator, "POST", "/agents", Raw.json("{'name':'A','identifier':'a'}")).json().path("id").asText();
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  /** Every recorded 410, with each method. */
  static Stream<Arguments> retired() {
    return ServerRecording.steps().stream()
        .filter(s -> s.status() == 410)
        .flatMap(s -> METHODS.stream().map(m -> Arguments.of(s.name(), m, s.path(), s.errorMessage())));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("retired")
  void retiredRoutesAreGoneForEveryMethod(String name, String method, String path, String message) {
    String p = path.substring("/v1".length()).replace("aaaaaaaa-0000-4000-8000-000000000001", agent);
    Raw.Answer a = Raw.onecli(emulator, method, p, method.equals("GET") || method.equals("DELETE") ? null : "{}");
    if (p.equals("/agents/granular-access") && (method.equals("PATCH") || method.equals("DELETE"))) {
      assertEquals(method.equals("PATCH") ? 400 : 404, a.status(), "the live /agents/{id} route takes " + method + " first");
      return;
    }
    assertEquals(410, a.status(), a.body());
    assertEquals("invalid_request_error", a.json().path("error").path("type").asText());
    assertEquals(message, a.json().path("error").path("message").asText());
  }

  @Test
  void tombstonesOutsideAgentsNeedNoKeyAndDeeperPathsAreGoneToo() {
    assertEquals(410, Raw.call(emulator.baseUrl(), null, "GET", "/rules/x/y/z", null).status());
    assertEquals(410, Raw.call(emulator.baseUrl(), null, "DELETE", "/org/rules/x/y", null).status());
    assertEquals(410, Raw.call(emulator.baseUrl(), null, "POST", "/policy/publish", "{}").status());
    assertEquals(410, Raw.call(emulator.baseUrl(), null, "GET", "/org/agent-groups", null).status());
    assertEquals(401, Raw.call(emulator.baseUrl(), null, "GET", "/agents/" + agent + "/secrets", null).status(), "under /agents the key comes first");
    assertEquals(404, Raw.onecli(emulator, "GET", "/policy/other", null).status(), "only the retired /policy paths are tombstones");
  }

  @Test
  void routesTheServerLacksAreUnrecognized() {
    for (String[] route : new String[][] {
      {"GET", "/partner/orgs"}, {"POST", "/partner/secrets"}, {"DELETE", "/partner/members/u1"}, {"GET", "/org/partner/status"},
      {"POST", "/org/partner/detach"}, {"GET", "/org/partner/inherited-secrets"}, {"GET", "/approvals/pending"},
      {"POST", "/approvals/x/decision"}, {"GET", "/org/approvals/pending"}, {"GET", "/openapi.json"}
    }) {
      Raw.Answer a = Raw.call(emulator.baseUrl(), null, route[0], route[1], route[0].equals("POST") ? "{}" : null);
      assertEquals(404, a.status(), route[1]);
      assertEquals(
          "Unrecognized request URL (" + route[0] + ": /v1" + route[1] + "). Please see https://onecli.sh/docs/api-reference for available endpoints.",
          a.json().path("error").path("message").asText());
      assertTrue(a.json().path("error").path("type").asText().equals("invalid_request_error"));
    }
  }
}
