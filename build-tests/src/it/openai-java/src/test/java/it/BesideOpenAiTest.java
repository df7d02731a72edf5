package it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import dev.onecli4j.OneCli;
import dev.onecli4j.buildtests.ClassCopies;
import dev.onecli4j.buildtests.StubServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * openai-java (declared first) and onecli4j-core: one set of okhttp3 classes, from okhttp-jvm 5,
 * with the Kotlin stdlib it was built against rather than openai-java's 1.8, and both SDKs make
 * working calls on it.
 */
class BesideOpenAiTest {
  @Test
  void oneSetOfOkHttpClassesAndBothSdksWork() {
    ClassCopies.assertOkHttpFromExpectedJars(getClass().getClassLoader());
    assertEquals(List.of(System.getProperty("expected.okhttp.root")), ClassCopies.jarsOf("okhttp"));
    assertEquals(List.of(System.getProperty("expected.kotlin.stdlib")), ClassCopies.jarsOf("kotlin-stdlib"));

    Map<String, String> answers =
        Map.of(
            "/v1/health", "{\"status\":\"ok\",\"version\":\"stub\"}",
            "/v1/models", "{\"object\":\"list\",\"data\":[{\"id\":\"stub-model\",\"object\":\"model\",\"created\":1,\"owned_by\":\"stub\"}]}");
    try (StubServer server = StubServer.start(answers)) {
      try (OneCli client = OneCli.builder().apiKey("oc_consumer").baseUrl(server.url("/v1")).build()) {
        assertEquals("stub", client.utility().health().version());
      }
      OpenAIClient openai = OpenAIOkHttpClient.builder().apiKey("sk-consumer").baseUrl(server.url("/v1")).maxRetries(0).build();
      try {
        assertEquals("stub-model", openai.models().list().data().get(0).id());
      } finally {
        openai.close();
      }
      assertEquals(2, server.requests().size(), server.requests().toString());
    }
  }
}
