package dev.onecli4j.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.onecli4j.OneCli;
import dev.onecli4j.generated.onecli.model.OrgSettings;
import dev.onecli4j.generated.onecli.model.PolicyMode;
import dev.onecli4j.testing.TestServer;
import dev.onecli4j.validation.ValidationException;
import java.util.List;
import java.util.concurrent.CompletionException;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each operation of {@link OrgSettingsService} and its async twin: the exact request and the parsed answer. */
class OrgSettingsServiceTest {
  private final TestServer server = new TestServer();
  private final OneCli client = server.oneCli();

  @AfterEach
  void close() {
    server.close();
  }

  @Test
  void get() {
    server.json(200, "{\"policyMode\":\"allow\"}");
    OrgSettings settings = client.org().settings().get();
    RecordedRequest r = server.take();
    assertEquals("GET", r.getMethod());
    assertEquals("/v1/org/settings", r.getUrl().encodedPath());
    assertNull(r.getUrl().query());
    assertEquals(PolicyMode.ALLOW, settings.policyMode());
  }

  @Test
  void getKeepsAnUnknownMode() {
    server.json(200, "{\"policyMode\":\"audit\",\"updatedAt\":\"2026-03-04T05:06:07.890Z\"}");
    OrgSettings settings = client.org().settings().get();
    assertEquals("audit", settings.policyMode().value());
    assertFalse(settings.policyMode().isKnown());
    assertEquals("2026-03-04T05:06:07.890Z", settings.additionalProperties().get("updatedAt"));
  }

  @Test
  void update() {
    server.json(200, "{\"policyMode\":\"deny\"}");
    OrgSettings settings = client.org().settings().update(PolicyMode.DENY);
    RecordedRequest r = server.take();
    assertEquals("PATCH", r.getMethod());
    assertEquals("/v1/org/settings", r.getUrl().encodedPath());
    assertNull(r.getUrl().query());
    assertEquals("{\"policyMode\":\"deny\"}", TestServer.body(r));
    assertEquals(PolicyMode.DENY, settings.policyMode());
  }

  @Test
  void asyncTwin() {
    server.json(200, "{\"policyMode\":\"allow\"}").json(200, "{\"policyMode\":\"deny\"}");
    OrgSettingsServiceAsync settings = client.async().org().settings();
    assertEquals(PolicyMode.ALLOW, settings.get().join().policyMode());
    assertEquals(PolicyMode.DENY, settings.update(PolicyMode.DENY).join().policyMode());
    RecordedRequest get = server.take();
    RecordedRequest patch = server.take();
    assertEquals(List.of("GET", "PATCH"), List.of(get.getMethod(), patch.getMethod()));
    assertEquals("{\"policyMode\":\"deny\"}", TestServer.body(patch));
  }

  @Test
  void badInputIsReportedBeforeSending() {
    ValidationException e = assertThrows(ValidationException.class, () -> client.org().settings().update(null));
    assertEquals("policyMode", e.problems().get(0).field());
    CompletionException async =
        assertThrows(CompletionException.class, () -> client.async().org().settings().update(null).join());
    assertInstanceOf(ValidationException.class, async.getCause());
    assertEquals(0, server.server().getRequestCount());
  }
}
