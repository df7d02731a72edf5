package dev.onecli4j.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.onecli4j.OneCli;
import dev.onecli4j.generated.onecli.model.Project;
import dev.onecli4j.testing.TestServer;
import dev.onecli4j.validation.Problem;
import dev.onecli4j.validation.ValidationException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each operation of {@link PartnerProjectsService} and its async twin: the exact request and the parsed answer. */
class PartnerProjectsServiceTest {
  /** A new project as the server gives it, with fields the spec does not list. */
  static final String CREATED =
      "{\"id\":\"prj_2\",\"name\":\"Staging\",\"slug\":\"staging\",\"createdAt\":\"2026-03-05T08:00:00.000Z\","
          + "\"organizationId\":\"org_1\",\"description\":null}";
  static final String LIST =
      "[{\"id\":\"prj_1\",\"name\":\"Default\",\"slug\":\"default\",\"createdAt\":\"2026-03-04T05:06:07.890Z\"},"
          + CREATED
          + "]";

  private final TestServer server = new TestServer();
  private final OneCli client = server.oneCli();

  @AfterEach
  void close() {
    server.close();
  }

  private static void assertRequest(RecordedRequest r, String method, String path, String body) {
    assertEquals(method, r.getMethod());
    assertEquals(path, r.getUrl().encodedPath());
    assertNull(r.getUrl().encodedQuery());
    assertEquals(body, TestServer.body(r));
  }

  private static ValidationException failure(CompletableFuture<?> future) {
    CompletionException e = assertThrows(CompletionException.class, future::join);
    return assertInstanceOf(ValidationException.class, e.getCause());
  }

  private static List<String> fields(ValidationException e) {
    return e.problems().stream().map(Problem::field).collect(Collectors.toList());
  }

  @Test
  void listEncodesTheId() {
    server.json(200, LIST);
    List<Project> projects = client.partner().projects().list("a/b c");
    assertRequest(server.take(), "GET", "/v1/partner/orgs/a%2Fb%20c/projects", "");
    assertEquals(2, projects.size());
    assertEquals("default", projects.get(0).slug());
    assertEquals(OffsetDateTime.parse("2026-03-05T08:00:00Z"), projects.get(1).createdAt());
  }

  @Test
  void create() {
    server.json(201, CREATED);
    Project project = client.partner().projects().create("org_1", "Staging");
    assertRequest(server.take(), "POST", "/v1/partner/orgs/org_1/projects", "{\"name\":\"Staging\"}");
    assertEquals("prj_2", project.id());
    assertEquals("Staging", project.name());
    assertEquals("org_1", project.additionalProperties().get("organizationId"));
  }

  @Test
  void delete() {
    server.empty(204);
    client.partner().projects().delete("org_1", "prj_2");
    assertRequest(server.take(), "DELETE", "/v1/partner/orgs/org_1/projects/prj_2", "");
  }

  @Test
  void asyncTwin() {
    server.json(200, LIST).json(201, CREATED).empty(204);
    assertEquals(2, client.async().partner().projects().list("org_1").join().size());
    assertEquals("staging", client.async().partner().projects().create("org_1", "Staging").join().slug());
    assertNull(client.async().partner().projects().delete("org_1", "prj_2").join());
    assertRequest(server.take(), "GET", "/v1/partner/orgs/org_1/projects", "");
    assertRequest(server.take(), "POST", "/v1/partner/orgs/org_1/projects", "{\"name\":\"Staging\"}");
    assertRequest(server.take(), "DELETE", "/v1/partner/orgs/org_1/projects/prj_2", "");
  }

  @Test
  void badInputIsRefusedBeforeSending() {
    assertEquals(
        List.of("orgId"), fields(assertThrows(ValidationException.class, () -> client.partner().projects().list(""))));
    assertEquals(
        List.of("orgId", "name"),
        fields(assertThrows(ValidationException.class, () -> client.partner().projects().create(null, " "))));
    assertEquals(
        List.of("orgId", "projectId"),
        fields(assertThrows(ValidationException.class, () -> client.partner().projects().delete("..", null))));
    assertEquals(List.of("orgId"), fields(failure(client.async().partner().projects().list(null))));
    assertEquals(List.of("orgId", "name"), fields(failure(client.async().partner().projects().create(" ", null))));
    assertEquals(List.of("orgId", "projectId"), fields(failure(client.async().partner().projects().delete("", "."))));
    assertEquals(0, server.server().getRequestCount());
  }
}
