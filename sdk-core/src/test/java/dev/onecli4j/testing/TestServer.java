package dev.onecli4j.testing;

import dev.onecli4j.OneCli;
import dev.onecli4j.UserSecrets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** A MockWebServer with clients pointed at it, no real waiting, and short-hand for answers. */
public final class TestServer implements AutoCloseable {
  /** The API key every test client sends. */
  public static final String API_KEY = "oc_test_key_0123456789";

  private final MockWebServer server = new MockWebServer();
  private final FakeTime time = new FakeTime();

  /** Starts a server on a free loopback port. */
  public TestServer() {
    try {
      server.start(0);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The running server. */
  public MockWebServer server() {
    return server;
  }

  /** The fake time every client of this server uses. */
  public FakeTime time() {
    return time;
  }

  /** The base URL of the OneCLI API on this server. */
  public String baseUrl() {
    return server.url("/v1").toString();
  }

  /** A OneCLI builder pointed at this server with fake time and no jitter. */
  public OneCli.Builder oneCliBuilder() {
    return OneCli.builder().apiKey(API_KEY).baseUrl(baseUrl()).clock(time).sleeper(time).random(() -> 0.0);
  }

  /**
   * A OneCLI client pointed at this server that never retries, with this server also as the
   * gateway (the calls the gateway serves go to its {@code /v1} without asking for it).
   */
  public OneCli oneCliWithGateway() {
    return oneCliBuilder().maxRetries(0).gatewayUrl(server.url("/").toString()).build();
  }

  /** A OneCLI client pointed at this server that never retries. */
  public OneCli oneCli() {
    return oneCliBuilder().maxRetries(0).build();
  }

  /** A user-secrets client pointed at this server that never retries. */
  public UserSecrets userSecrets() {
    return UserSecrets.builder()
        .baseUrl(server.url("/api/v1").toString())
        .token(API_KEY)
        .clock(time)
        .sleeper(time)
        .random(() -> 0.0)
        .maxRetries(0)
        .build();
  }

  /** Queues a JSON answer. */
  public TestServer json(int status, String body) {
    server.enqueue(
        new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json").body(body).build());
    return this;
  }

  /** Queues an answer with no body. */
  public TestServer empty(int status) {
    server.enqueue(new MockResponse.Builder().code(status).build());
    return this;
  }

  /** Queues any answer. */
  public TestServer enqueue(MockResponse response) {
    server.enqueue(response);
    return this;
  }

  /** The next request the server received (waits at most 5 s). */
  public RecordedRequest take() {
    try {
      RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
      if (r == null) {
        throw new AssertionError("the server received no request");
      }
      return r;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** The body of a recorded request as UTF-8 text ("" when it had none). */
  public static String body(RecordedRequest r) {
    return r.getBody() == null ? "" : r.getBody().string(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    server.close();
  }
}
