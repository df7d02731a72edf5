package dev.onecli4j.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.onecli4j.OneCli;
import dev.onecli4j.error.ApiException;
import dev.onecli4j.testing.ServerFixtures;
import dev.onecli4j.testing.ServerFixtures.Fixture;
import dev.onecli4j.testing.TestServer;
import dev.onecli4j.validation.ValidationException;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The refusals the real server 2.0.1 gave to bodies and queries of issue 14's operations,
 * replayed through the facade: what the server refuses by its rules alone is refused before
 * sending, with the server's own message first; what it refuses only by looking at its data
 * (an unknown user, a tool not in the catalog, a byo agent's model, a taken identifier) is sent,
 * and the server's answer comes back as its exception.
 */
class RecordedRefusalsTest {
  /** Refused by the server's rules alone: the SDK refuses them too, nothing sent. */
  private static final List<String> LOCAL =
      List.of(
          "createAgent.badIdentifier", "createAgent.badParentIdentifier", "createAgent.byoWithHarness",
          "createAgent.byoWithInstructions", "createAgent.kindUnknown", "createAgent.nameTooLong",
          "renameAgent.blankName", "renameAgent.effortUnknown",
          "listAgents.includeUnknown", "listAgents.includeEmpty",
          "grantAgentConnection.customEmpty", "grantAgentConnection.customEmptyToolId",
          "grantAgentConnection.customOverlap", "grantAgentConnection.customTooManyTools",
          "grantAgentConnection.resourcesEmptyList", "grantAgentConnection.resourcesEmptyObject",
          "grantConnectionAgent.invalidBody",
          "createWorkspace.nameNoLetter", "createWorkspace.nameTooLong", "createWorkspace.nameTooShort",
          "createOrgPolicyRule.actionUnknown", "createOrgPolicyRule.agentIdentity",
          "createOrgPolicyRule.blockWithRateLimit", "createOrgPolicyRule.conditionBadOperator",
          "createOrgPolicyRule.emptyTargets", "createOrgPolicyRule.methodUnknown", "createOrgPolicyRule.networkNoHost",
          "createOrgPolicyRule.rateLimitWithoutWindow", "createOrgPolicyRule.rateLimitZero",
          "createOrgPolicyRule.secretIdAndScope", "createOrgPolicyRule.secretNeither",
          "createOrgPolicyRule.sessionPolicyWithoutConnection", "createOrgPolicyRule.targetKindUnknown",
          "updateOrgPolicyRule.emptyTargets", "reorderOrgPolicyRules.empty", "updateOrgPolicyDefault.badAction",
          "listOrgPolicyRules.badStatus", "getOrgPolicyDefault.badStatus",
          "createOrgInvitation.badEmail", "createOrgInvitation.emailWithSpace", "createOrgInvitation.ownerRole");

  /** Refused by the server only after looking at its data: the SDK sends them. */
  private static final List<String> SENT =
      List.of(
          "createAgent.duplicateIdentifier", "createAgent.hostedNoRunner", "renameAgent.instructionsOnByo",
          "renameAgent.modelOnByo", "renameAgent.effortNull", "renameAgent.unknown",
          "grantAgentConnection.customUnknownTool", "grantAgentConnection.resourcesSet",
          "grantAgentConnection.unknownConnection", "grantAgentConnection.unknownAgent",
          "createOrgPolicyRule.groupIdentity", "createOrgPolicyRule.unknownUser", "createOrgPolicyRule.unknownConnection",
          "createOrgPolicyRule.workspaceSecretTarget", "createOrgPolicyRule.sessionPolicy",
          "reorderOrgPolicyRules.missingOne", "reorderOrgPolicyRules.duplicate", "updateOrgPolicyRule.blockWithModifiers",
          "updateOrgPolicyRule.unknown", "createWorkspace.duplicateSlug", "updateWorkspace.slugTaken",
          "updateWorkspace.otherWorkspace", "getEffectiveAppPermissions.unknownProvider",
          "getEffectiveAppPermissions.unknownAgent", "createOrgInvitation.existingMember");

  @TestFactory
  Stream<DynamicTest> whatTheServersRulesRefuseIsRefusedBeforeSending() {
    return LOCAL.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
      Fixture f = ServerFixtures.load(name);
      try (TestServer server = new TestServer(); OneCli client = server.oneCli()) {
        ValidationException e = assertThrows(
            ValidationException.class, () -> unwrap(() -> RecordedAnswersTest.callFor(f).invoke(client, false)));
        assertEquals(message(f), e.problems().get(0).message(), () -> name + ": " + e.problems());
        CompletionException async = assertThrows(
            CompletionException.class, () -> RecordedAnswersTest.callFor(f).invoke(client, true));
        assertInstanceOf(ValidationException.class, async.getCause(), name);
        assertEquals(0, server.server().getRequestCount(), name + ": nothing sent");
      }
    }));
  }

  @TestFactory
  Stream<DynamicTest> whatOnlyTheServersDataRefusesIsSent() {
    return SENT.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
      Fixture f = ServerFixtures.load(name);
      try (TestServer server = new TestServer(); OneCli client = server.oneCli()) {
        server.enqueue(f.response());
        ApiException e = assertThrows(
            ApiException.class, () -> unwrap(() -> RecordedAnswersTest.callFor(f).invoke(client, false)));
        assertEquals(f.status(), e.status(), name);
        assertEquals(message(f), e.errorMessage(), name);
        assertEquals(f.target(), server.take().getTarget(), name);
      }
    }));
  }

  private static String message(Fixture f) {
    return f.responseBody().path("error").isTextual()
        ? f.responseBody().path("error").asText()
        : f.responseBody().path("error").path("message").asText();
  }

  /** Runs a reflective call and throws what the facade threw. */
  private static void unwrap(ThrowingCall call) throws Throwable {
    try {
      call.run();
    } catch (java.lang.reflect.InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private interface ThrowingCall {
    void run() throws Exception;
  }
}
