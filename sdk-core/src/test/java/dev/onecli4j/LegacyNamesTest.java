package dev.onecli4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onecli4j.testing.TestServer;
import java.time.Duration;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * Code written against the names {@code dev.onecli4j.RequestOptions} and
 * {@code dev.onecli4j.ClientOptions}, before they moved to {@code dev.onecli4j.core}, still
 * compiles and behaves the same.
 */
@SuppressWarnings("deprecation")
class LegacyNamesTest {
  @Test
  void oldRequestOptionsNameStillBuildsAndApplies() throws Exception {
    try (TestServer server = new TestServer()) {
      server.json(200, "[]");
      RequestOptions options =
          RequestOptions.builder().timeout(Duration.ofSeconds(5)).maxRetries(0).header("X-Trace-Id", "t-1").build();
      RequestOptions none = RequestOptions.none();
      assertTrue(none.isEmpty());
      server.oneCli().secrets().list(options);
      RecordedRequest request = server.server().takeRequest();
      assertEquals("t-1", request.getHeaders().get("X-Trace-Id"));
    }
  }

  @Test
  void oldClientOptionsNameKeepsItsConstantsAndBuilder() {
    assertEquals("https://api.onecli.sh/v1", ClientOptions.DEFAULT_BASE_URL);
    assertEquals(
        dev.onecli4j.core.ClientOptions.DEFAULT_TIMEOUT, ClientOptions.builder().build().timeout());
  }
}
