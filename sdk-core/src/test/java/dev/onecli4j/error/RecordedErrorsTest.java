package dev.onecli4j.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onecli4j.OneCli;
import dev.onecli4j.testing.ServerFixtures;
import dev.onecli4j.testing.ServerFixtures.Fixture;
import dev.onecli4j.testing.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every error answer the real server 2.0.1 gave in the recordings, read by the transport: a
 * route the server does not have is a {@link RouteNotFoundException} and every missing resource
 * (typed {@code not_found_error} or a flat 404) a plain {@link NotFoundException}; the 401 of an
 * organization key without a workspace is a {@link WorkspaceHeaderRequiredException}; a 410 is
 * a {@link GoneException} whose {@link GoneException#replacement()} is the end of the server's
 * own message.
 */
class RecordedErrorsTest {
  @Test
  void everyRecordedErrorMapsToItsException() {
    Map<String, Integer> kinds = new TreeMap<>();
    List<String> wrong = new ArrayList<>();
    for (Fixture f : ServerFixtures.all()) {
      if (f.status() < 400) {
        continue;
      }
      ApiException e = answer(f);
      String kind = e.getClass().getSimpleName();
      kinds.merge(kind, 1, Integer::sum);
      boolean routeMissing = f.status() == 404 && "invalid_request_error".equals(f.responseBody().path("error").path("type").asText());
      if (routeMissing != (e instanceof RouteNotFoundException)
          || f.status() == 404 && !(e instanceof NotFoundException)
          || f.status() == 410 && !(e instanceof GoneException)
          || e.status() != f.status()) {
        wrong.add(f.name() + " -> " + kind);
      }
      if (e instanceof GoneException) {
        String replacement = ((GoneException) e).replacement();
        if (replacement == null || !e.errorMessage().endsWith(replacement) || replacement.equals(e.errorMessage())) {
          wrong.add(f.name() + ": replacement " + replacement);
        }
      }
    }
    assertEquals(List.of(), wrong);
    System.out.println("Recorded errors by exception: " + kinds);
    assertTrue(kinds.get("RouteNotFoundException") >= 14, kinds.toString());
    assertTrue(kinds.get("NotFoundException") >= 60, kinds.toString());
    assertTrue(kinds.get("GoneException") >= 29, kinds.toString());
    assertEquals(6, kinds.get("WorkspaceHeaderRequiredException"), kinds.toString());
  }

  @Test
  void aMissingResourceIsNotAMissingRoute() {
    NotFoundException flat = (NotFoundException) answer(ServerFixtures.load("renameConnection.unknown"));
    assertFalse(flat instanceof RouteNotFoundException, "flat 404 Connection not found");
    NotFoundException typed = (NotFoundException) answer(ServerFixtures.load("listAgentGrants.unknownAgent"));
    assertFalse(typed instanceof RouteNotFoundException);
    assertInstanceOf(RouteNotFoundException.class, answer(ServerFixtures.load("absent.listPartnerOrgs")));
    assertInstanceOf(RouteNotFoundException.class, answer(ServerFixtures.load("route.wrongMethodOnGrants")));
  }

  @Test
  void goneNamesTheReplacementInTheServersWords() {
    GoneException e = (GoneException) answer(ServerFixtures.load("retired.getAgentSecrets"));
    assertEquals(
        "grant a secret with an allow rule naming the agent and targeting the secret. Workspace access is granted per agent:"
            + " PUT /v1/agents/:agentId/grants/connections/:connectionId and /v1/agents/:agentId/grants/secrets/:secretId.",
        e.replacement());
    GoneException rules = (GoneException) answer(ServerFixtures.load("retired.listOrgRules"));
    assertTrue(rules.replacement().startsWith("Use /v1/org/policy:"), rules.replacement());
    GoneException plain = new GoneException(Map.of(), new ErrorBody("invalid_request_error", "This approval expired.", null, "{}"));
    assertEquals("This approval expired.", plain.replacement(), "a message without 'was removed' is the replacement");
    assertEquals(null, new GoneException(Map.of(), null).replacement());
  }

  @Test
  void theWorkspaceRefusalIsItsOwnAuthenticationError() {
    ApiException e = answer(ServerFixtures.load("orgKey.agentsNoWorkspace"));
    assertInstanceOf(WorkspaceHeaderRequiredException.class, e);
    assertInstanceOf(AuthenticationException.class, e);
    ApiException invalid = answer(ServerFixtures.load("auth.badBearer"));
    assertFalse(invalid instanceof WorkspaceHeaderRequiredException, "a bad key is not a missing workspace");
  }

  /** The exception the facade throws for the recorded answer of {@code f}, whatever the call. */
  private static ApiException answer(Fixture f) {
    try (TestServer server = new TestServer(); OneCli client = server.oneCliBuilder().maxRetries(0).validation(false).build()) {
      server.enqueue(f.response());
      return assertThrows(ApiException.class, () -> client.utility().counts(), f.name());
    }
  }
}
