package it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.onecli4j.OneCli;
import dev.onecli4j.buildtests.ClassCopies;
import dev.onecli4j.buildtests.StubServer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** onecli4j-core alone: one set of okhttp3 classes, from okhttp-jvm 5, and a call that works. */
class OneOkHttpTest {
  @Test
  void oneSetOfOkHttpClassesAndAWorkingCall() {
    ClassCopies.assertOkHttpFromExpectedJars(getClass().getClassLoader());

    try (StubServer server = StubServer.start(Map.of("/v1/health", "{\"status\":\"ok\",\"version\":\"stub\"}"));
        OneCli client = OneCli.builder().apiKey("oc_consumer").baseUrl(server.url("/v1")).build()) {
      assertEquals("stub", client.utility().health().version());
      assertEquals(1, server.requests().size());
    }
  }
}
