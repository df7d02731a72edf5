package dev.onecli4j.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.onecli4j.OneCli;
import dev.onecli4j.generated.onecli.model.MigrateExportResult;
import dev.onecli4j.param.MigrationExportParams;
import dev.onecli4j.testing.TestServer;
import dev.onecli4j.validation.Problem;
import dev.onecli4j.validation.ValidationException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletionException;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The operation of {@link MigrationService} and its async twin: the exact request and the parsed answer. */
class MigrationServiceTest {
  static final String RESULT =
      "{\"imported\":{\"secrets\":4,\"agents\":2,\"agentSecrets\":3,\"rules\":1},"
          + "\"skipped\":[{\"type\":\"secret\",\"name\":\"Vault item\",\"reason\":\"1Password secrets are not exported\"}],"
          + "\"durationMs\":812}";

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
  void export() {
    server.json(200, RESULT);
    MigrateExportResult result =
        client.migration().export(
            MigrationExportParams.builder()
                .cloudApiKey("oc_cloud_0123456789")
                .cloudUrl(URI.create("https://eu.api.onecli.sh"))
                .build());
    assertRequest(
        server.take(),
        "POST",
        "/v1/migrate/export",
        "{\"cloudApiKey\":\"oc_cloud_0123456789\",\"cloudUrl\":\"https://eu.api.onecli.sh\"}");
    assertEquals(4, result.imported().secrets());
    assertEquals(2, result.imported().agents());
    assertEquals(3, result.imported().agentSecrets());
    assertEquals(1, result.imported().rules());
    assertEquals("Vault item", result.skipped().get(0).name());
  }

  @Test
  void exportToTheDefaultCloud() {
    server.json(200, "{\"imported\":{\"secrets\":0,\"agents\":0,\"agentSecrets\":0,\"rules\":0},\"skipped\":[]}");
    MigrateExportResult result =
        client.migration().export(MigrationExportParams.builder().cloudApiKey("oc_cloud_0123456789").build());
    assertRequest(server.take(), "POST", "/v1/migrate/export", "{\"cloudApiKey\":\"oc_cloud_0123456789\"}");
    assertEquals(List.of(), result.skipped());
  }

  @Test
  void theCloudKeyIsMaskedWhenPrinted() {
    MigrationExportParams params = MigrationExportParams.builder().cloudApiKey("oc_cloud_0123456789").build();
    assertFalse(params.toString().contains("oc_cloud"), params.toString());
  }

  @Test
  void asyncTwin() {
    server.json(200, RESULT);
    MigrateExportResult result =
        client.async().migration().export(MigrationExportParams.builder().cloudApiKey("oc_cloud_0123456789").build()).join();
    assertEquals(1, result.skipped().size());
    assertRequest(server.take(), "POST", "/v1/migrate/export", "{\"cloudApiKey\":\"oc_cloud_0123456789\"}");
  }

  @Test
  void badInputIsRefusedBeforeSending() {
    ValidationException missing =
        assertThrows(ValidationException.class, () -> MigrationExportParams.builder().build());
    assertEquals(List.of(new Problem("cloudApiKey", "is required")), missing.problems());
    ValidationException empty =
        assertThrows(ValidationException.class, () -> MigrationExportParams.builder().cloudApiKey("").build());
    assertEquals(List.of(new Problem("cloudApiKey", "must not be empty")), empty.problems());
    // The server takes any non-empty key as it is (no trimming), so a blank one is no local error.
    MigrationExportParams.builder().cloudApiKey(" ").build();
    ValidationException nullParams = assertThrows(ValidationException.class, () -> client.migration().export(null));
    assertEquals("params", nullParams.problems().get(0).field());
    CompletionException async =
        assertThrows(CompletionException.class, () -> client.async().migration().export(null).join());
    assertInstanceOf(ValidationException.class, async.getCause());
    assertEquals(0, server.server().getRequestCount());
  }
}
