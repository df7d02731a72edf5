package dev.onecli4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.error.BadGatewayException;
import dev.onecli4j.error.BadRequestException;
import dev.onecli4j.error.InvalidResponseException;
import dev.onecli4j.error.MissingApiKeyException;
import dev.onecli4j.error.NotFoundException;
import dev.onecli4j.http.RequestListener;
import dev.onecli4j.http.RetryBudget;
import dev.onecli4j.testing.TestServer;
import dev.onecli4j.validation.ValidationException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code rawRequest}: a route the SDK does not model, sent through the same transport: the
 * client's credentials, retries by idempotency, the SDK's exceptions, masking and the listener.
 */
class RawRequestTest {
  private static final String SECRET = "sk_raw_body_secret_4f9a1c";

  private final TestServer server = new TestServer();
  private final List<String> events = new CopyOnWriteArrayList<>();
  private final OneCli client =
      server.oneCliBuilder()
          .maxRetries(2)
          .retryBudget(RetryBudget.unlimited())
          .listener(
              new RequestListener() {
                @Override
                public void onRequestStart(String operationId, String method, String path) {
                  events.add("start " + operationId + " " + method + " " + path);
                }

                @Override
                public void onRequestEnd(String operationId, int status, int attempts, Duration elapsed, Throwable error) {
                  events.add("end " + status + " " + attempts);
                }
              })
          .build();

  @AfterEach
  void close() {
    client.close();
    server.close();
  }

  @Test
  void getsARouteWithEncodedPathQueryAndTheClientsCredentials() {
    server.json(200, "{\"paused\":true,\"items\":[1,2]}");
    RawHttpResponse r =
        client.rawRequest(
            RawRequest.builder("get", "/agents/{agentId}/status")
                .pathParam("agentId", "a/1 b")
                .queryParam("verbose", "true")
                .queryParam("verbose", "yes")
                .header("X-Feature", "beta")
                .build());
    RecordedRequest sent = server.take();
    assertEquals("GET", sent.getMethod());
    assertEquals("/v1/agents/a%2F1%20b/status?verbose=true&verbose=yes", sent.getTarget());
    assertEquals("Bearer " + TestServer.API_KEY, sent.getHeaders().get("Authorization"));
    assertEquals("beta", sent.getHeaders().get("X-Feature"));
    assertEquals(200, r.status());
    assertTrue(r.json().get("paused").asBoolean());
    assertEquals(2, r.json().get("items").size());
    assertEquals("{\"paused\":true,\"items\":[1,2]}", r.text());
    assertEquals(1, r.attempts());
    assertEquals(List.of("start rawRequest GET /agents/a%2F1%20b/status", "end 200 1"), events);
  }

  @Test
  void postsAJsonBodyAndReadsAnyAnswer() {
    server.enqueue(new MockResponse.Builder().code(201).setHeader("Content-Type", "text/plain; charset=utf-8").body("créé").build());
    RawHttpResponse r =
        client.rawRequest("POST", "/agents/a_1/pause", Map.of("reason", "maintenance"), RequestOptions.builder().queryParam("dry", "1").build());
    RecordedRequest sent = server.take();
    assertEquals("/v1/agents/a_1/pause?dry=1", sent.getTarget());
    assertEquals("{\"reason\":\"maintenance\"}", TestServer.body(sent));
    assertTrue(sent.getHeaders().get("Content-Type").startsWith("application/json"));
    assertEquals(201, r.status());
    assertEquals("créé", r.text());
    InvalidResponseException e = assertThrows(InvalidResponseException.class, r::json);
    assertFalse(e.getMessage().contains("créé"), "the body is not quoted");
  }

  @Test
  void aJsonTextBodyIsSentAsIs() {
    server.empty(204);
    RawHttpResponse r =
        client.rawRequest(RawRequest.builder("PUT", "/settings/x").jsonBody("{\"a\":[1,{\"b\":null}]}").build());
    assertEquals("{\"a\":[1,{\"b\":null}]}", TestServer.body(server.take()));
    assertEquals(204, r.status());
    assertEquals("", r.text());
    assertTrue(r.json().isMissingNode());
  }

  @Test
  void anIdempotentCallIsRetriedAndAPostAnswered502IsNot() {
    server.json(503, "{\"error\":\"busy\"}").json(200, "[]");
    assertEquals(2, client.rawRequest(RawRequest.builder("GET", "/things").build()).attempts());
    server.json(502, "{\"error\":\"bad gateway\"}").json(200, "{}");
    assertThrows(BadGatewayException.class, () -> client.rawRequest("POST", "/things", Map.of("n", 1), RequestOptions.none()));
    assertEquals(3, server.server().getRequestCount(), "the POST was sent once");
  }

  @Test
  void errorAnswersAreTheSdksExceptionsWithRequestCarriedValuesMasked() {
    server.json(404, "{\"error\":\"Thing not found\"}");
    NotFoundException nf = assertThrows(NotFoundException.class, () -> client.rawRequest(RawRequest.builder("GET", "/things/t_1").build()));
    assertEquals("Thing not found", nf.errorMessage());
    server.json(400, "{\"error\":\"token " + SECRET + " is malformed\"}");
    BadRequestException e =
        assertThrows(
            BadRequestException.class,
            () -> client.rawRequest("POST", "/things", Map.of("config", Map.of("token", SECRET)), RequestOptions.none()));
    assertFalse(e.getMessage().contains(SECRET), e.getMessage());
    assertFalse(String.valueOf(e.errorMessage()).contains(SECRET), e.errorMessage());
    assertTrue(e.getMessage().contains("is malformed"), e.getMessage());
  }

  @Test
  void asyncCallsCompleteWithTheAnswerOrTheSdksException() {
    server.json(200, "{\"ok\":1}").json(409, "{\"error\":\"taken\"}");
    JsonNode ok = client.async().rawRequest(RawRequest.builder("GET", "/things").build()).join().json();
    assertEquals(1, ok.get("ok").asInt());
    CompletionException e =
        assertThrows(CompletionException.class, () -> client.async().rawRequest("POST", "/things", null, RequestOptions.none()).join());
    assertEquals(409, assertInstanceOf(dev.onecli4j.error.ConflictException.class, e.getCause()).status());
    CompletionException bad =
        assertThrows(CompletionException.class, () -> client.async().rawRequest("BREW", "/pot", null, RequestOptions.none()).join());
    assertInstanceOf(ValidationException.class, bad.getCause());
  }

  @Test
  void badRequestsAreRefusedBeforeSendingWithEveryProblemListed() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> RawRequest.builder("TRACE", "things/{id}?x=1").pathParam("other", "1").jsonBody("{not json").build());
    String message = e.getMessage();
    for (String part : new String[] {"method", "single /", "query or fragment", "{id}", "other", "not valid JSON"}) {
      assertTrue(message.contains(part), "missing '" + part + "' in " + message);
    }
    assertFalse(message.contains("not json"), "the body text is not quoted");
    assertThrows(ValidationException.class, () -> RawRequest.builder("GET", "/x").body(Map.of("a", 1)).build());
    assertThrows(ValidationException.class, () -> RawRequest.builder("GET", "/v1/../admin").build());
    assertThrows(ValidationException.class, () -> RawRequest.builder("GET", "//evil.example/x").build());
    assertEquals(0, server.server().getRequestCount());
  }

  @Test
  void aKeylessClientRefusesRawCallsUnlessTheyCarryAnAuthorization() {
    server.json(200, "{}");
    try (OneCli keyless = OneCli.builder().baseUrl(server.baseUrl()).build()) {
      assertThrows(MissingApiKeyException.class, () -> keyless.rawRequest(RawRequest.builder("GET", "/things").build()));
      assertEquals(0, server.server().getRequestCount());
      keyless.rawRequest(RawRequest.builder("GET", "/things").header("Authorization", "Bearer oc_other_key_99").build());
    }
    assertEquals("Bearer oc_other_key_99", server.take().getHeaders().get("Authorization"));
  }

  @Test
  void toStringShowsNoValues() {
    RawRequest r = RawRequest.builder("POST", "/things").header("X-Api-Token", SECRET).body(Map.of("v", SECRET)).build();
    assertFalse(r.toString().contains(SECRET), r.toString());
  }
}
