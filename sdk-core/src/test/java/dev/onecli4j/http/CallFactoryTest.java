package dev.onecli4j.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onecli4j.OneCli;
import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.error.OneCliException;
import dev.onecli4j.error.ServiceUnavailableException;
import dev.onecli4j.reliability.WrappingCallFactory;
import dev.onecli4j.testing.TestServer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.OkHttpClient;
import okio.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code callFactory(...)} and the {@link CallContext} tag: every request the SDK sends names its
 * operation, attempt, idempotency and the caller's tags; a factory gets the SDK's guarded client,
 * and one that would undo the SDK's guarantees is refused.
 */
class CallFactoryTest {
  private final TestServer server = new TestServer();
  private final List<CallContext> seen = new CopyOnWriteArrayList<>();

  @AfterEach
  void close() {
    server.close();
  }

  /** A client whose attempts go through a factory that records each request's context. */
  private OneCli recording(int maxRetries) {
    return server.oneCliBuilder()
        .maxRetries(maxRetries)
        .retryBudget(RetryBudget.unlimited())
        .callFactory(http -> request -> {
          seen.add(request.tag(CallContext.class));
          return http.newCall(request);
        })
        .build();
  }

  @Test
  void eachAttemptCarriesItsOperationAttemptAndTags() {
    server.json(503, "{\"error\":\"busy\"}").json(503, "{\"error\":\"busy\"}").json(200, "[]");
    try (OneCli client = recording(2)) {
      client.secrets().list(RequestOptions.builder().tag("tenant", "acme").build());
    }
    assertEquals(3, seen.size());
    for (int i = 0; i < 3; i++) {
      CallContext c = seen.get(i);
      assertEquals("listSecrets", c.operationId());
      assertEquals("GET", c.method());
      assertEquals("/secrets", c.pathTemplate());
      assertEquals(i + 1, c.attempt());
      assertTrue(c.idempotent());
      assertEquals(Map.of("tenant", "acme"), c.tags());
    }
    assertTrue(seen.get(2).toString().contains("tags=[tenant]"), seen.get(2).toString());
    assertFalse(seen.get(2).toString().contains("acme"), "tag values are not printed");
  }

  @Test
  void aPostIsMarkedNotIdempotentAndCarriesThePathTemplate() {
    server.json(200, "{\"token\":\"aoc_x\"}").empty(204);
    try (OneCli client = recording(0)) {
      client.agents().regenerateToken("agent_1");
      client.async().secrets().delete("sec_1").join();
    }
    assertEquals("regenerateAgentToken", seen.get(0).operationId());
    assertEquals("/agents/{agentId}/regenerate-token", seen.get(0).pathTemplate());
    assertFalse(seen.get(0).idempotent());
    assertEquals(Map.of(), seen.get(0).tags());
    assertEquals("deleteSecret", seen.get(1).operationId());
    assertEquals("/secrets/{secretId}", seen.get(1).pathTemplate());
    assertTrue(seen.get(1).idempotent());
  }

  @Test
  void anInterceptorOfTheCallersClientSeesTheContextToo() {
    List<CallContext> intercepted = new CopyOnWriteArrayList<>();
    OkHttpClient own = new OkHttpClient.Builder()
        .addNetworkInterceptor(chain -> {
          intercepted.add(chain.request().tag(CallContext.class));
          return chain.proceed(chain.request());
        })
        .build();
    server.json(200, "[]");
    try (OneCli client = server.oneCliBuilder().okHttpClient(own).maxRetries(0).build()) {
      client.agents().list();
    }
    assertEquals("listAgents", intercepted.get(0).operationId());
    assertEquals(1, intercepted.get(0).attempt());
  }

  @Test
  void theFactoryGetsTheSdksGuardedClient() {
    AtomicReference<OkHttpClient> given = new AtomicReference<>();
    OkHttpClient own = new OkHttpClient.Builder().build();
    try (OneCli client = server.oneCliBuilder().okHttpClient(own).callFactory(http -> {
          given.set(http);
          return http;
        }).build()) {
      assertSame(client.options().callFactory(), client.withOptions(b -> b.maxRetries(1)).options().callFactory());
    }
    assertNotNull(given.get());
    assertFalse(given.get().retryOnConnectionFailure(), "OkHttp's silent retries are off in the client handed over");
    assertFalse(given.get().followRedirects());
    assertTrue(own.retryOnConnectionFailure(), "the caller's own client is left as it was");
  }

  @Test
  void okHttpsOwnRepeatOfA503StaysOffThroughTheFactory() {
    server.enqueue(new mockwebserver3.MockResponse.Builder().code(503).setHeader("Retry-After", "0").body("{\"error\":\"busy\"}").build());
    server.json(200, "{\"token\":\"aoc_x\"}");
    try (OneCli client = recording(0)) {
      assertThrows(ServiceUnavailableException.class, () -> client.agents().regenerateToken("agent_1"));
    }
    assertEquals(1, server.server().getRequestCount());
    assertEquals(1, seen.size());
  }

  @Test
  void aFactoryBuiltFromTheGivenClientSeesEveryAttemptTheSdkMakes() {
    server.json(503, "{\"error\":\"busy\"}").json(200, "[]");
    AtomicReference<WrappingCallFactory> factory = new AtomicReference<>();
    try (OneCli client = server.oneCliBuilder().maxRetries(1).callFactory(http -> {
          factory.set(new WrappingCallFactory(http));
          return factory.get();
        }).build()) {
      client.secrets().list();
    }
    assertEquals(2, factory.get().calls());
    assertEquals(2, factory.get().intercepted());
    assertEquals(2, server.server().getRequestCount());
  }

  @Test
  void aFactoryReturningNullIsRefusedWhenTheClientIsBuilt() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> server.oneCliBuilder().callFactory(http -> null).build());
    assertTrue(e.getMessage().contains("callFactory"), e.getMessage());
  }

  @Test
  void callsThatIgnoreTimeoutAreRefusedBeforeSending() {
    try (OneCli client = server.oneCliBuilder().maxRetries(0).callFactory(http -> request -> WrappingCallFactory.delegating(http.newCall(request), c -> Timeout.NONE)).build()) {
      OneCliException e = assertThrows(OneCliException.class, () -> client.secrets().list());
      assertTrue(e.getMessage().contains("ignore timeout()"), e.getMessage());
      CompletionException async = assertThrows(CompletionException.class, () -> client.async().secrets().list().join());
      assertInstanceOf(OneCliException.class, async.getCause());
    }
    assertEquals(0, server.server().getRequestCount());
  }

  @Test
  void aFactoryThatBypassesTheGivenClientIsRefused() {
    OkHttpClient unguarded = new OkHttpClient();
    server.json(200, "[]");
    try (OneCli client = server.oneCliBuilder().maxRetries(0).callFactory(http -> unguarded).build()) {
      OneCliException e = assertThrows(OneCliException.class, () -> client.secrets().list());
      assertTrue(e.getMessage().contains("without the OkHttp client the SDK handed it"), e.getMessage());
    } finally {
      unguarded.dispatcher().executorService().shutdown();
      unguarded.connectionPool().evictAll();
    }
  }
}
