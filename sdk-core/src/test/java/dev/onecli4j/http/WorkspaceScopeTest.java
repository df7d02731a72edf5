package dev.onecli4j.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.onecli4j.OneCli;
import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.error.WorkspaceHeaderRequiredException;
import dev.onecli4j.testing.TestServer;
import dev.onecli4j.validation.WorkspaceRequiredException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An organization key on a workspace's route needs a workspace: without one the call is refused
 * before sending, by name; with one from the client or the call (either header name) it is sent.
 * Organization routes, and workspace keys, need none.
 */
class WorkspaceScopeTest {
  private static final String ORG_KEY = "oc_org_0123456789abcdef";
  private static final String MISSING =
      "{\"error\":{\"message\":\"X-Workspace-Id (formerly X-Project-Id) header is required\",\"type\":\"authentication_error\"}}";

  private final TestServer server = new TestServer();

  @AfterEach
  void close() {
    server.close();
  }

  private OneCli orgClient() {
    return server.oneCliBuilder().apiKey(ORG_KEY).maxRetries(0).build();
  }

  @Test
  void anOrganizationKeyWithoutWorkspaceIsRefusedBeforeSending() {
    try (OneCli client = orgClient()) {
      WorkspaceRequiredException e = assertThrows(WorkspaceRequiredException.class, () -> client.agents().listGrants("ag_1"));
      assertEquals("X-Workspace-Id", e.problems().get(0).field());
      assertEquals("listAgentGrants", e.subject());
      CompletionException async =
          assertThrows(CompletionException.class, () -> client.async().secrets().list().join());
      assertInstanceOf(WorkspaceRequiredException.class, async.getCause());
      RequestOptions empty = RequestOptions.builder().workspaceId(" ").build();
      assertThrows(WorkspaceRequiredException.class, () -> client.agents().list(empty), "an empty header is none");
      assertEquals(0, server.server().getRequestCount());
    }
  }

  @Test
  void aWorkspaceFromTheClientOrTheCallIsEnough() throws InterruptedException {
    try (OneCli client = orgClient(); OneCli pinned = server.oneCliBuilder().apiKey(ORG_KEY).workspaceId("ws_1").build()) {
      server.json(200, "[]").json(200, "[]").json(200, "[]");
      pinned.agents().list();
      assertEquals("ws_1", server.take().getHeaders().get("X-Workspace-Id"));
      client.agents().list(RequestOptions.builder().workspaceId("ws_2").build());
      assertEquals("ws_2", server.take().getHeaders().get("X-Workspace-Id"));
      client.agents().list(RequestOptions.builder().header("x-project-id", "ws_3").build());
      assertEquals("ws_3", server.take().getHeaders().get("X-Project-Id"));
    }
  }

  @Test
  void organizationRoutesAndWorkspaceKeysNeedNone() throws InterruptedException {
    try (OneCli client = orgClient(); OneCli workspaceKey = server.oneCli()) {
      server.json(200, "[]").json(200, "[]");
      client.org().policy().listRules();
      assertEquals("/v1/org/policy/rules", server.take().getTarget());
      workspaceKey.agents().list();
      assertEquals("/v1/agents", server.take().getTarget());
    }
  }

  @Test
  void withValidationOffTheServersRefusalHasItsOwnType() {
    try (OneCli client = server.oneCliBuilder().apiKey(ORG_KEY).maxRetries(0).validation(false).build()) {
      server.json(401, MISSING);
      WorkspaceHeaderRequiredException e =
          assertThrows(WorkspaceHeaderRequiredException.class, () -> client.agents().listGrants("ag_1"));
      assertEquals(401, e.status());
      assertEquals(1, server.server().getRequestCount());
    }
  }
}
