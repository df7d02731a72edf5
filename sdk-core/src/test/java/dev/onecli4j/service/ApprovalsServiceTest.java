package dev.onecli4j.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onecli4j.OneCli;
import dev.onecli4j.generated.onecli.model.ApprovalDecision;
import dev.onecli4j.generated.onecli.model.PendingApproval;
import dev.onecli4j.generated.onecli.model.PendingApprovalList;
import dev.onecli4j.testing.TestServer;
import dev.onecli4j.validation.Problem;
import dev.onecli4j.validation.ValidationException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletionException;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each operation of {@link ApprovalsService} and its async twin: the exact request and the parsed answer. */
class ApprovalsServiceTest {
  /** A poll answer with one held request: explicit nulls, a summary, an unknown field. */
  static final String PENDING =
      "{\"requests\":[{\"id\":\"apr_01\",\"projectId\":\"p-1\",\"workspaceId\":\"p-1\",\"method\":\"POST\","
          + "\"url\":\"https://gmail.googleapis.com/gmail/v1/users/me/messages/send\","
          + "\"host\":\"gmail.googleapis.com\",\"path\":\"/gmail/v1/users/me/messages/send\","
          + "\"headers\":{\"content-type\":\"application/json\"},\"bodyPreview\":null,"
          + "\"summary\":{\"action\":\"Send email\",\"details\":[{\"label\":\"To\",\"value\":\"bob@example.com\"}]},"
          + "\"agent\":{\"id\":\"ag-7\",\"name\":\"Mail bot\",\"externalId\":null},"
          + "\"createdAt\":\"2026-03-04T05:06:07.890Z\",\"expiresAt\":\"2026-03-04T05:11:07.890Z\","
          + "\"ruleId\":\"r-9\"}],\"timeoutSeconds\":25}";
  /** A poll that ended without new requests. */
  static final String NONE = "{\"requests\":[],\"timeoutSeconds\":25}";

  private final TestServer server = new TestServer();
  private final OneCli client = server.oneCliWithGateway();

  @AfterEach
  void close() {
    server.close();
  }

  @Test
  void listPending() {
    server.json(200, PENDING);
    PendingApprovalList list = client.approvals().listPending();
    RecordedRequest r = server.take();
    assertEquals("GET", r.getMethod());
    assertEquals("/v1/approvals/pending", r.getUrl().encodedPath());
    assertNull(r.getUrl().query());
    assertEquals(25, list.timeoutSeconds());
    PendingApproval held = list.requests().get(0);
    assertEquals("apr_01", held.id());
    assertEquals("p-1", held.workspaceId());
    assertNull(held.bodyPreview());
    assertEquals("Send email", held.summary().action());
    assertEquals("bob@example.com", held.summary().details().get(0).value());
    assertEquals("Mail bot", held.agent().name());
    assertNull(held.agent().externalId());
    assertEquals(OffsetDateTime.parse("2026-03-04T05:11:07.890Z"), held.expiresAt());
    assertEquals("r-9", held.additionalProperties().get("ruleId"));
  }

  @Test
  void listPendingExcludingIds() {
    server.json(200, NONE);
    PendingApprovalList list = client.approvals().listPending(List.of("apr_01", "apr 02"));
    RecordedRequest r = server.take();
    assertEquals("GET", r.getMethod());
    assertEquals("/v1/approvals/pending", r.getUrl().encodedPath());
    assertEquals("apr_01,apr 02", r.getUrl().queryParameter("exclude"));
    assertEquals("exclude=apr_01%2Capr%2002", r.getUrl().encodedQuery());
    assertTrue(list.requests().isEmpty());
  }

  @Test
  void listPendingWithNoIdsSendsNoQuery() {
    server.json(200, NONE);
    client.approvals().listPending(List.of());
    assertNull(server.take().getUrl().query());
  }

  @Test
  void decideEncodesTheId() {
    server.json(200, "{\"success\":true}");
    assertTrue(client.approvals().decide("a/b c", ApprovalDecision.APPROVE).success());
    RecordedRequest r = server.take();
    assertEquals("POST", r.getMethod());
    assertEquals("/v1/approvals/a%2Fb%20c/decision", r.getUrl().encodedPath());
    assertNull(r.getUrl().query());
    assertEquals("{\"decision\":\"approve\"}", TestServer.body(r));
  }

  @Test
  void deny() {
    server.json(200, "{\"success\":true}");
    client.approvals().decide("apr_01", ApprovalDecision.DENY);
    RecordedRequest r = server.take();
    assertEquals("/v1/approvals/apr_01/decision", r.getUrl().encodedPath());
    assertNull(r.getUrl().query());
    assertEquals("{\"decision\":\"deny\"}", TestServer.body(r));
  }

  @Test
  void asyncTwin() {
    server.json(200, PENDING).json(200, NONE).json(200, "{\"success\":true}");
    ApprovalsServiceAsync approvals = client.async().approvals();
    assertEquals("apr_01", approvals.listPending().join().requests().get(0).id());
    assertEquals(0, approvals.listPending(List.of("apr_01")).join().requests().size());
    assertTrue(approvals.decide("apr_01", ApprovalDecision.APPROVE).join().success());
    assertEquals("/v1/approvals/pending", server.take().getUrl().encodedPath());
    assertEquals("apr_01", server.take().getUrl().queryParameter("exclude"));
    RecordedRequest decision = server.take();
    assertEquals("/v1/approvals/apr_01/decision", decision.getUrl().encodedPath());
    assertEquals("{\"decision\":\"approve\"}", TestServer.body(decision));
  }

  @Test
  void badInputIsReportedBeforeSending() {
    ApprovalsService approvals = client.approvals();
    ValidationException decide = assertThrows(ValidationException.class, () -> approvals.decide(" ", null));
    assertEquals(List.of("id", "decision"), decide.problems().stream().map(Problem::field).toList(), decide.getMessage());
    ValidationException exclude =
        assertThrows(ValidationException.class, () -> approvals.listPending(Arrays.asList("a,b", "", null)));
    assertEquals(
        List.of("exclude[0]", "exclude[1]", "exclude[2]"),
        exclude.problems().stream().map(Problem::field).toList(),
        exclude.getMessage());
    assertThrows(ValidationException.class, () -> approvals.listPending((Collection<String>) null));
    CompletionException async =
        assertThrows(
            CompletionException.class, () -> client.async().approvals().decide("apr_01", null).join());
    assertInstanceOf(ValidationException.class, async.getCause());
    assertTrue(client.async().approvals().listPending(List.of(" ")).isCompletedExceptionally());
    assertEquals(0, server.server().getRequestCount());
  }
}
