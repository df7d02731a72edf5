package dev.onecli4j.service;

import static dev.onecli4j.service.AppsServiceTest.assertProblems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onecli4j.OneCli;
import dev.onecli4j.generated.onecli.model.AppConnection;
import dev.onecli4j.generated.onecli.model.ConnectionRenamed;
import dev.onecli4j.generated.onecli.model.ResourceScope;
import dev.onecli4j.testing.TestServer;
import dev.onecli4j.validation.ValidationException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each operation of {@link ConnectionsService} and its async twin: the exact request and the parsed answer. */
class ConnectionsServiceTest {
  /**
   * A list answer shaped like the real server's: a workspace connection with metadata and an
   * inherited organization one with explicit nulls.
   */
  static final String LIST =
      "[{\"id\":\"cn_1\",\"provider\":\"github\",\"label\":\"octocat\",\"status\":\"connected\","
          + "\"scopes\":[\"repo\",\"read:org\"],\"scope\":\"workspace\","
          + "\"metadata\":{\"login\":\"octocat\",\"avatarUrl\":null},\"connectedAt\":\"2026-03-04T05:06:07.890Z\"},"
          + "{\"id\":\"cn_2\",\"provider\":\"github\",\"label\":null,\"status\":\"connected\",\"scopes\":[],"
          + "\"scope\":\"organization\",\"metadata\":null,\"connectedAt\":\"2026-01-02T03:04:05.000Z\"}]";
  static final String RENAMED =
      "{\"id\":\"cn_1\",\"provider\":\"github\",\"status\":\"connected\",\"label\":\"Work account\"}";

  private final TestServer server = new TestServer();
  private final OneCli client = server.oneCli();

  @AfterEach
  void close() {
    server.close();
  }

  @Test
  void list() {
    server.json(200, LIST);
    List<AppConnection> connections = client.connections().list();
    RecordedRequest r = server.take();
    assertEquals("GET", r.getMethod());
    assertEquals("/v1/connections", r.getUrl().encodedPath());
    assertNull(r.getUrl().encodedQuery());
    assertEquals(2, connections.size());
    AppConnection own = connections.get(0);
    assertEquals(ResourceScope.WORKSPACE, own.scope());
    assertEquals(List.of("repo", "read:org"), own.scopes());
    assertEquals("octocat", own.metadata().get("login"));
    assertTrue(own.metadata().containsKey("avatarUrl"));
    assertEquals(OffsetDateTime.of(2026, 3, 4, 5, 6, 7, 890_000_000, ZoneOffset.UTC), own.connectedAt());
    AppConnection inherited = connections.get(1);
    assertEquals(ResourceScope.ORGANIZATION, inherited.scope());
    assertNull(inherited.label());
    assertNull(inherited.metadata());
  }

  @Test
  void listOfOneProvider() {
    server.json(200, "[]");
    assertTrue(client.connections().list("google drive").isEmpty());
    RecordedRequest r = server.take();
    assertEquals("GET", r.getMethod());
    assertEquals("/v1/connections", r.getUrl().encodedPath());
    assertEquals("provider=google%20drive", r.getUrl().encodedQuery());
    assertEquals("", TestServer.body(r));
  }

  @Test
  void rename() {
    server.json(200, RENAMED);
    ConnectionRenamed renamed = client.connections().rename("a/b c", "Work account");
    RecordedRequest r = server.take();
    assertEquals("PATCH", r.getMethod());
    assertEquals("/v1/connections/a%2Fb%20c", r.getUrl().encodedPath());
    assertNull(r.getUrl().encodedQuery());
    assertEquals("{\"label\":\"Work account\"}", TestServer.body(r));
    assertEquals("cn_1", renamed.id());
    assertEquals("Work account", renamed.label());
    assertEquals("connected", renamed.status());
  }

  @Test
  void disconnect() {
    server.empty(204);
    client.connections().disconnect("cn_1");
    RecordedRequest r = server.take();
    assertEquals("DELETE", r.getMethod());
    assertEquals("/v1/connections/cn_1", r.getUrl().encodedPath());
    assertNull(r.getUrl().encodedQuery());
    assertEquals("", TestServer.body(r));
  }

  @Test
  void asyncTwin() {
    server.json(200, LIST).json(200, "[]").json(200, RENAMED).empty(204);
    ConnectionsServiceAsync connections = client.async().connections();
    assertEquals(2, connections.list().join().size());
    assertTrue(connections.list("github").join().isEmpty());
    assertEquals("Work account", connections.rename("cn_1", "Work account").join().label());
    assertNull(connections.disconnect("cn_1").join());
    assertEquals(
        List.of(
            "GET /v1/connections",
            "GET /v1/connections?provider=github",
            "PATCH /v1/connections/cn_1",
            "DELETE /v1/connections/cn_1"),
        IntStream.range(0, 4).mapToObj(i -> AppsServiceTest.line(server.take())).collect(Collectors.toList()));
  }

  @Test
  void badInputIsReportedCompletelyBeforeSending() {
    ConnectionsService connections = client.connections();
    assertProblems(() -> connections.list((String) null), "provider");
    assertProblems(() -> connections.rename(null, null), "connectionId", "label");
    assertProblems(() -> connections.rename("..", " "), "connectionId", "label");
    assertProblems(() -> connections.disconnect(""), "connectionId");
    CompletionException e =
        assertThrows(CompletionException.class, () -> client.async().connections().rename("cn_1", "").join());
    assertInstanceOf(ValidationException.class, e.getCause());
    assertTrue(client.async().connections().disconnect(null).isCompletedExceptionally());
    assertEquals(0, server.server().getRequestCount());
  }
}
