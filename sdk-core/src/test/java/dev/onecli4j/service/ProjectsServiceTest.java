package dev.onecli4j.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.onecli4j.OneCli;
import dev.onecli4j.generated.onecli.model.Project;
import dev.onecli4j.generated.onecli.model.ProjectCreated;
import dev.onecli4j.testing.TestServer;
import dev.onecli4j.validation.Problem;
import dev.onecli4j.validation.ValidationException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CompletionException;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Each operation of {@link ProjectsService} and its async twin: the exact request and the parsed answer. */
class ProjectsServiceTest {
  static final String PROJECT =
      "{\"id\":\"prj_1\",\"name\":\"Production\",\"slug\":\"production\",\"createdAt\":\"2026-03-04T05:06:07.890Z\","
          + "\"organizationId\":\"org_1\"}";
  static final String LIST = "[" + PROJECT + "]";
  /** The create answer carries the new project's key once; it may be null. */
  static final String CREATED =
      "{\"id\":\"prj_2\",\"name\":\"Staging\",\"slug\":\"staging\",\"createdAt\":\"2026-03-04T05:06:07.890Z\","
          + "\"apiKey\":\"oc_0123456789abcdef\"}";

  private final TestServer server = new TestServer();
  private final OneCli client = server.oneCli();

  @AfterEach
  void close() {
    server.close();
  }

  private static void assertRequest(RecordedRequest r, String method, String target, String body) {
    assertEquals(method, r.getMethod());
    assertEquals(target, r.getTarget());
    assertEquals(body, TestServer.body(r));
  }

  @Test
  void list() {
    server.json(200, LIST);
    List<Project> projects = client.projects().list();
    assertRequest(server.take(), "GET", "/v1/projects", "");
    assertEquals(1, projects.size());
    assertEquals("production", projects.get(0).slug());
    assertEquals(OffsetDateTime.parse("2026-03-04T05:06:07.890Z"), projects.get(0).createdAt());
    assertEquals("org_1", projects.get(0).additionalProperties().get("organizationId"));
  }

  @Test
  void create() {
    server.json(201, CREATED);
    ProjectCreated created = client.projects().create("Staging");
    assertRequest(server.take(), "POST", "/v1/projects", "{\"name\":\"Staging\"}");
    assertEquals("prj_2", created.id());
    assertEquals("oc_0123456789abcdef", created.apiKey());
  }

  @Test
  void createWithoutKeyInTheAnswer() {
    server.json(201, CREATED.replace("\"oc_0123456789abcdef\"", "null"));
    assertNull(client.projects().create("Staging").apiKey());
  }

  @Test
  void get() {
    server.json(200, PROJECT);
    assertEquals("Production", client.projects().get("prj_1").name());
    assertRequest(server.take(), "GET", "/v1/projects/prj_1", "");
  }

  @Test
  void update() {
    server.json(200, PROJECT.replace("Production", "Prod"));
    assertEquals("Prod", client.projects().update("prj_1", "Prod").name());
    assertRequest(server.take(), "PATCH", "/v1/projects/prj_1", "{\"name\":\"Prod\"}");
  }

  @Test
  void delete() {
    server.empty(204);
    client.projects().delete("prj_1");
    assertRequest(server.take(), "DELETE", "/v1/projects/prj_1", "");
  }

  @Test
  void idsAreEncodedAsOnePathSegment() {
    server.json(200, PROJECT);
    client.projects().get("a/b c");
    assertEquals("/v1/projects/a%2Fb%20c", server.take().getTarget());
  }

  @Test
  void asyncTwin() {
    server.json(200, LIST).json(201, CREATED).json(200, PROJECT).json(200, PROJECT).empty(204);
    ProjectsServiceAsync projects = client.async().projects();
    assertEquals(1, projects.list().join().size());
    assertEquals("prj_2", projects.create("Staging").join().id());
    assertEquals("prj_1", projects.get("prj_1").join().id());
    assertEquals("Production", projects.update("prj_1", "Production").join().name());
    assertNull(projects.delete("prj_1").join());
    String[] expected = {
      "GET /v1/projects",
      "POST /v1/projects",
      "GET /v1/projects/prj_1",
      "PATCH /v1/projects/prj_1",
      "DELETE /v1/projects/prj_1"
    };
    for (String line : expected) {
      RecordedRequest r = server.take();
      assertEquals(line, r.getMethod() + " " + r.getTarget());
    }
  }

  @Test
  void badInputIsRefusedBeforeSending() {
    assertProblems(() -> client.projects().create(null), "name");
    assertProblems(() -> client.projects().create(" "), "name"); // the server wants 2 to 50 characters
    assertProblems(() -> client.projects().create("--"), "name"); // and a letter or digit
    assertProblems(() -> client.projects().get(""), "projectId");
    assertProblems(() -> client.projects().update("..", null), "projectId", "name");
    assertProblems(() -> client.projects().delete(null), "projectId");
    CompletionException async =
        assertThrows(CompletionException.class, () -> client.async().projects().update(null, null).join());
    assertEquals(2, assertInstanceOf(ValidationException.class, async.getCause()).problems().size());
    assertThrows(CompletionException.class, () -> client.async().projects().delete(" ").join());
    assertThrows(CompletionException.class, () -> client.async().projects().create(null).join());
    assertEquals(0, server.server().getRequestCount());
  }

  private static void assertProblems(Executable call, String... fields) {
    ValidationException e = assertThrows(ValidationException.class, call);
    String[] actual = e.problems().stream().map(Problem::field).toArray(String[]::new);
    assertEquals(List.of(fields), List.of(actual), e.getMessage());
  }
}
