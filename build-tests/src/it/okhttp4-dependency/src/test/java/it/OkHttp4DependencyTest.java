package it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onecli4j.OneCli;
import dev.onecli4j.buildtests.ClassCopies;
import dev.onecli4j.buildtests.StubServer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.OkHttpClient;
import okhttp3.logging.HttpLoggingInterceptor;
import org.junit.jupiter.api.Test;

/**
 * logging-interceptor 4.12.0 asks for okhttp 4.12.0; mediation gives it the class-less okhttp 5
 * instead, so okhttp-jvm 5 holds the one set of okhttp3 classes, and OkHttp 4's interceptor
 * works on it inside the SDK's calls.
 */
class OkHttp4DependencyTest {
  @Test
  void oneSetOfOkHttpClassesAndOkHttp4sInterceptorWorks() {
    ClassCopies.assertOkHttpFromExpectedJars(getClass().getClassLoader());
    assertEquals(List.of(System.getProperty("expected.okhttp.root")), ClassCopies.jarsOf("okhttp"));

    List<String> logged = new CopyOnWriteArrayList<>();
    HttpLoggingInterceptor logging = new HttpLoggingInterceptor(logged::add);
    logging.setLevel(HttpLoggingInterceptor.Level.BASIC);
    OkHttpClient http = new OkHttpClient.Builder().addInterceptor(logging).build();
    try (StubServer server = StubServer.start(Map.of("/v1/health", "{\"status\":\"ok\",\"version\":\"stub\"}"));
        OneCli client = OneCli.builder().apiKey("oc_consumer").baseUrl(server.url("/v1")).okHttpClient(http).build()) {
      assertEquals("stub", client.utility().health().version());
      assertEquals(1, server.requests().size());
    }
    assertTrue(logged.stream().anyMatch(l -> l.startsWith("--> GET ") && l.endsWith("/v1/health")), logged.toString());
  }
}
