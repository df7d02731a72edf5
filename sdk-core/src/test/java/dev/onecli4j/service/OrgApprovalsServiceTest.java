package dev.onecli4j.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onecli4j.OneCli;
import dev.onecli4j.generated.onecli.model.PendingApproval;
import dev.onecli4j.generated.onecli.model.PendingApprovalList;
import dev.onecli4j.testing.TestServer;
import dev.onecli4j.validation.ValidationException;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletionException;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The operation of {@link OrgApprovalsService} and its async twin: the exact request and the parsed answer. */
class OrgApprovalsServiceTest {
  /** Held requests of two workspaces; one has no summary. */
  static final String PENDING =
      "{\"requests\":[{\"id\":\"apr_01\",\"projectId\":\"p-1\",\"workspaceId\":\"p-1\",\"method\":\"DELETE\","
          + "\"url\":\"https://api.github.com/repos/acme/site\",\"host\":\"api.github.com\","
          + "\"path\":\"/repos/acme/site\",\"headers\":{},\"bodyPreview\":null,\"summary\":null,"
          + "\"agent\":{\"id\":\"ag-1\",\"name\":\"Deployer\",\"externalId\":\"ext-1\"},"
          + "\"createdAt\":\"2026-03-04T05:06:07.890Z\",\"expiresAt\":\"2026-03-04T05:11:07.890Z\"},"
          + "{\"id\":\"apr_02\",\"projectId\":\"p-2\",\"workspaceId\":\"p-2\",\"method\":\"POST\","
          + "\"url\":\"https://api.stripe.com/v1/refunds\",\"host\":\"api.stripe.com\",\"path\":\"/v1/refunds\","
          + "\"headers\":{\"content-type\":\"application/x-www-form-urlencoded\"},\"bodyPreview\":\"charge=ch_1\","
          + "\"summary\":{\"action\":\"Refund\",\"details\":[]},"
          + "\"agent\":{\"id\":\"ag-2\",\"name\":\"Support\",\"externalId\":null},"
          + "\"createdAt\":\"2026-03-04T05:07:07.890Z\",\"expiresAt\":\"2026-03-04T05:12:07.890Z\"}],"
          + "\"timeoutSeconds\":25}";

  private final TestServer server = new TestServer();
  private final OneCli client = server.oneCliWithGateway();

  @AfterEach
  void close() {
    server.close();
  }

  @Test
  void listPending() {
    server.json(200, PENDING);
    PendingApprovalList list = client.org().approvals().listPending();
    RecordedRequest r = server.take();
    assertEquals("GET", r.getMethod());
    assertEquals("/v1/org/approvals/pending", r.getUrl().encodedPath());
    assertNull(r.getUrl().query());
    assertEquals(2, list.requests().size());
    PendingApproval first = list.requests().get(0);
    assertNull(first.summary());
    assertEquals("p-1", first.projectId());
    assertEquals("ext-1", first.agent().externalId());
    assertEquals("p-2", list.requests().get(1).workspaceId());
    assertEquals("charge=ch_1", list.requests().get(1).bodyPreview());
  }

  @Test
  void listPendingExcludingIdsEncodesThem() {
    server.json(200, "{\"requests\":[],\"timeoutSeconds\":25}");
    client.org().approvals().listPending(List.of("apr_01", "a/b c"));
    RecordedRequest r = server.take();
    assertEquals("/v1/org/approvals/pending", r.getUrl().encodedPath());
    assertEquals("apr_01,a/b c", r.getUrl().queryParameter("exclude"));
    assertEquals("exclude=apr_01%2Ca%2Fb%20c", r.getUrl().encodedQuery());
  }

  @Test
  void asyncTwin() {
    server.json(200, PENDING).json(200, "{\"requests\":[],\"timeoutSeconds\":25}");
    OrgApprovalsServiceAsync approvals = client.async().org().approvals();
    assertEquals(2, approvals.listPending().join().requests().size());
    assertTrue(approvals.listPending(List.of("apr_01", "apr_02")).join().requests().isEmpty());
    assertNull(server.take().getUrl().query());
    assertEquals("apr_01,apr_02", server.take().getUrl().queryParameter("exclude"));
  }

  @Test
  void badInputIsReportedBeforeSending() {
    OrgApprovalsService approvals = client.org().approvals();
    ValidationException e =
        assertThrows(ValidationException.class, () -> approvals.listPending(List.of("..", "x,y")));
    assertEquals(2, e.problems().size(), e.getMessage());
    assertThrows(ValidationException.class, () -> approvals.listPending((Collection<String>) null));
    CompletionException async =
        assertThrows(
            CompletionException.class,
            () -> client.async().org().approvals().listPending((Collection<String>) null).join());
    assertInstanceOf(ValidationException.class, async.getCause());
    assertEquals(0, server.server().getRequestCount());
  }
}
