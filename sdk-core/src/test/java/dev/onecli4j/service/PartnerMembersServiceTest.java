package dev.onecli4j.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onecli4j.OneCli;
import dev.onecli4j.generated.onecli.model.MemberRole;
import dev.onecli4j.generated.onecli.model.PartnerMember;
import dev.onecli4j.param.MemberAddParams;
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

/** Each operation of {@link PartnerMembersService} and its async twin: the exact request and the parsed answer. */
class PartnerMembersServiceTest {
  /** A new member as the server gives it, with a field the spec does not list. */
  static final String ADDED =
      "{\"userId\":\"usr_3\",\"email\":\"teammate@acme.com\",\"role\":\"admin\","
          + "\"createdAt\":\"2026-03-05T08:00:00.000Z\",\"name\":null}";
  static final String LIST =
      "[{\"userId\":\"usr_1\",\"email\":\"owner@partner.example\",\"role\":\"owner\","
          + "\"createdAt\":\"2026-01-01T00:00:00.000Z\"},"
          + "{\"userId\":\"usr_2\",\"email\":\"dev@partner.example\",\"role\":\"member\","
          + "\"createdAt\":\"2026-02-01T00:00:00.000Z\"}]";

  private final TestServer server = new TestServer();
  private final OneCli client = server.oneCli();

  @AfterEach
  void close() {
    server.close();
  }

  private static MemberAddParams teammate() {
    return MemberAddParams.builder().email("teammate@acme.com").role(MemberRole.ADMIN).build();
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
  void list() {
    server.json(200, LIST);
    List<PartnerMember> members = client.partner().members().list();
    assertRequest(server.take(), "GET", "/v1/partner/members", "");
    assertEquals(2, members.size());
    assertEquals(PartnerMember.RoleEnum.OWNER, members.get(0).role());
    assertEquals("dev@partner.example", members.get(1).email());
    assertEquals(OffsetDateTime.parse("2026-02-01T00:00:00Z"), members.get(1).createdAt());
  }

  @Test
  void add() {
    server.json(201, ADDED);
    PartnerMember member = client.partner().members().add(teammate());
    assertRequest(server.take(), "POST", "/v1/partner/members", "{\"email\":\"teammate@acme.com\",\"role\":\"admin\"}");
    assertEquals("usr_3", member.userId());
    assertEquals(PartnerMember.RoleEnum.ADMIN, member.role());
    assertTrue(member.additionalProperties().containsKey("name"));
  }

  @Test
  void changeRoleEncodesTheId() {
    server.json(200, "{\"success\":true}");
    assertTrue(client.partner().members().changeRole("a/b c", MemberRole.MEMBER).success());
    assertRequest(server.take(), "PATCH", "/v1/partner/members/a%2Fb%20c/role", "{\"role\":\"member\"}");
  }

  @Test
  void remove() {
    server.empty(204);
    client.partner().members().remove("usr_2");
    assertRequest(server.take(), "DELETE", "/v1/partner/members/usr_2", "");
  }

  @Test
  void asyncTwin() {
    server.json(200, LIST).json(201, ADDED).json(200, "{\"success\":true}").empty(204);
    assertEquals("usr_1", client.async().partner().members().list().join().get(0).userId());
    assertEquals("teammate@acme.com", client.async().partner().members().add(teammate()).join().email());
    assertTrue(client.async().partner().members().changeRole("usr_2", MemberRole.ADMIN).join().success());
    assertNull(client.async().partner().members().remove("usr_2").join());
    assertRequest(server.take(), "GET", "/v1/partner/members", "");
    assertRequest(server.take(), "POST", "/v1/partner/members", "{\"email\":\"teammate@acme.com\",\"role\":\"admin\"}");
    assertRequest(server.take(), "PATCH", "/v1/partner/members/usr_2/role", "{\"role\":\"admin\"}");
    assertRequest(server.take(), "DELETE", "/v1/partner/members/usr_2", "");
  }

  @Test
  void badInputIsRefusedBeforeSending() {
    assertEquals(
        List.of("email", "role"), fields(assertThrows(ValidationException.class, () -> MemberAddParams.builder().email(" ").build())));
    assertEquals(List.of("params"), fields(assertThrows(ValidationException.class, () -> client.partner().members().add(null))));
    assertEquals(
        List.of("userId", "role"),
        fields(assertThrows(ValidationException.class, () -> client.partner().members().changeRole("", null))));
    assertEquals(
        List.of("userId"), fields(assertThrows(ValidationException.class, () -> client.partner().members().remove(".."))));
    assertEquals(List.of("params"), fields(failure(client.async().partner().members().add(null))));
    assertEquals(List.of("userId", "role"), fields(failure(client.async().partner().members().changeRole(null, null))));
    assertEquals(List.of("userId"), fields(failure(client.async().partner().members().remove(" "))));
    assertEquals(0, server.server().getRequestCount());
  }
}
