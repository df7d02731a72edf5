package dev.onecli4j.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.onecli4j.OneCli;
import dev.onecli4j.generated.onecli.model.Budget;
import dev.onecli4j.generated.onecli.model.BudgetPeriod;
import dev.onecli4j.param.BudgetSetParams;
import dev.onecli4j.testing.TestServer;
import dev.onecli4j.validation.Problem;
import dev.onecli4j.validation.ValidationException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each operation of {@link PartnerBudgetsService} and its async twin: the exact request and the parsed answer. */
class PartnerBudgetsServiceTest {
  /** A budget as the server gives it, with a field the spec does not list. */
  static final String BUDGET =
      "{\"secretId\":\"c3d4\",\"organizationId\":\"org_1\",\"limitCents\":500,\"period\":\"monthly\","
          + "\"spentCents\":320,\"updatedAt\":\"2026-03-04T05:06:07.890Z\"}";
  static final String LIST =
      "["
          + BUDGET
          + ",{\"secretId\":\"e5f6\",\"organizationId\":\"org_1\",\"limitCents\":100000,\"period\":\"total\","
          + "\"spentCents\":0}]";

  private final TestServer server = new TestServer();
  private final OneCli client = server.oneCli();

  @AfterEach
  void close() {
    server.close();
  }

  private static BudgetSetParams fiveDollarsAMonth() {
    return BudgetSetParams.builder().limitCents(500).period(BudgetPeriod.MONTHLY).build();
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
    List<Budget> budgets = client.partner().budgets().list("org_1");
    assertRequest(server.take(), "GET", "/v1/partner/orgs/org_1/budgets", "");
    assertEquals(2, budgets.size());
    assertEquals(320, budgets.get(0).spentCents());
    assertEquals(BudgetPeriod.TOTAL, budgets.get(1).period());
    assertEquals(100000, budgets.get(1).limitCents());
  }

  @Test
  void setEncodesTheIds() {
    server.json(200, BUDGET);
    Budget budget = client.partner().budgets().set("a/b c", "s 1", fiveDollarsAMonth());
    assertRequest(
        server.take(),
        "POST",
        "/v1/partner/orgs/a%2Fb%20c/secrets/s%201/budget",
        "{\"limitCents\":500,\"period\":\"monthly\"}");
    assertEquals("c3d4", budget.secretId());
    assertEquals("org_1", budget.organizationId());
    assertEquals(500, budget.limitCents());
    assertEquals(BudgetPeriod.MONTHLY, budget.period());
    assertEquals("2026-03-04T05:06:07.890Z", budget.additionalProperties().get("updatedAt"));
  }

  @Test
  void clear() {
    server.empty(204);
    client.partner().budgets().clear("org_1", "c3d4");
    assertRequest(server.take(), "DELETE", "/v1/partner/orgs/org_1/secrets/c3d4/budget", "");
  }

  @Test
  void asyncTwin() {
    server.json(200, LIST).json(200, BUDGET).empty(204);
    assertEquals(2, client.async().partner().budgets().list("org_1").join().size());
    assertEquals(320, client.async().partner().budgets().set("org_1", "c3d4", fiveDollarsAMonth()).join().spentCents());
    assertNull(client.async().partner().budgets().clear("org_1", "c3d4").join());
    assertRequest(server.take(), "GET", "/v1/partner/orgs/org_1/budgets", "");
    assertRequest(
        server.take(), "POST", "/v1/partner/orgs/org_1/secrets/c3d4/budget", "{\"limitCents\":500,\"period\":\"monthly\"}");
    assertRequest(server.take(), "DELETE", "/v1/partner/orgs/org_1/secrets/c3d4/budget", "");
  }

  @Test
  void badInputIsRefusedBeforeSending() {
    assertEquals(
        List.of("limitCents", "period"),
        fields(assertThrows(ValidationException.class, () -> BudgetSetParams.builder().build())));
    assertEquals(
        List.of("orgId"), fields(assertThrows(ValidationException.class, () -> client.partner().budgets().list(" "))));
    assertEquals(
        List.of("orgId", "secretId", "params"),
        fields(assertThrows(ValidationException.class, () -> client.partner().budgets().set("", null, null))));
    assertEquals(
        List.of("orgId", "secretId"),
        fields(assertThrows(ValidationException.class, () -> client.partner().budgets().clear(null, ".."))));
    assertEquals(List.of("orgId"), fields(failure(client.async().partner().budgets().list(""))));
    assertEquals(
        List.of("secretId", "params"), fields(failure(client.async().partner().budgets().set("org_1", " ", null))));
    assertEquals(List.of("orgId", "secretId"), fields(failure(client.async().partner().budgets().clear(".", ""))));
    assertEquals(0, server.server().getRequestCount());
  }
}
