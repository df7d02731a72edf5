package dev.onecli4j.benchmarks;

import dev.onecli4j.OneCli;
import dev.onecli4j.internal.http.Json;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * One benchmark trial's world: the canned server, one {@link OkHttpClient} whose pool and
 * dispatcher both sides share, the SDK client on top of it, and the raw clients.
 */
public final class Loopback implements AutoCloseable {
  /** The server. */
  public final CannedServer server;
  /** The OkHttp client of both sides (the SDK derives its own view that shares pool and dispatcher). */
  public final OkHttpClient http;
  /** The SDK. */
  public final OneCli sdk;
  /**
   * The SDK with local validation off ({@code validation(false)}): what the request checks cost
   * on create, measured beside the SDK as shipped.
   */
  public final OneCli sdkUnchecked;
  /** Hand-written OkHttp + Jackson with the standard java.time support. */
  public final RawClient raw;
  /** Hand-written OkHttp with the SDK's own mapper ({@code Json.create()}): the same parsing. */
  public final RawClient rawSdkMapper;
  /**
   * Hand-written OkHttp + Jackson without java.time support ({@link RawJson#plain()}): reads the
   * hand-written POJOs whose dates stay strings, the issue's {@code raw} baseline.
   */
  public final RawClient plain;
  /** An identical second instance of {@link #plain}, with its own mapper: the A/A side. */
  public final RawClient plainCopy;
  /** openapi-generator's default Java client (okhttp-gson) of the same spec, on the same OkHttp client. */
  public final StockClient stock;

  private Loopback(int listSize) throws IOException {
    server = Fixtures.startServer();
    http = sharedHttpClient();
    String baseUrl = Fixtures.baseUrl(server.url(), listSize);
    sdk = OneCli.builder().apiKey(Fixtures.API_KEY).baseUrl(baseUrl).okHttpClient(http).build();
    sdkUnchecked =
        OneCli.builder().apiKey(Fixtures.API_KEY).baseUrl(baseUrl).okHttpClient(http).validation(false).build();
    raw = new RawClient(http, baseUrl, Fixtures.API_KEY, RawJson.create());
    rawSdkMapper = new RawClient(http, baseUrl, Fixtures.API_KEY, Json.create());
    plain = new RawClient(http, baseUrl, Fixtures.API_KEY, RawJson.plain());
    plainCopy = new RawClient(http, baseUrl, Fixtures.API_KEY, RawJson.plain());
    stock = new StockClient(http, baseUrl, Fixtures.API_KEY);
  }

  /** Starts a server and clients whose list answers have {@code listSize} items. */
  public static Loopback start(int listSize) {
    try {
      return new Loopback(listSize);
    } catch (IOException e) {
      throw new IllegalStateException("could not start the loopback server", e);
    }
  }

  /**
   * The settings the SDK gives the client it creates itself: a dispatcher that allows 256 calls
   * in flight, no redirects, read and write timeouts off.
   */
  public static OkHttpClient sharedHttpClient() {
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(256);
    dispatcher.setMaxRequestsPerHost(256);
    return new OkHttpClient.Builder()
        .dispatcher(dispatcher)
        .followRedirects(false)
        .followSslRedirects(false)
        .connectTimeout(10, TimeUnit.SECONDS)
        .readTimeout(0, TimeUnit.MILLISECONDS)
        .writeTimeout(0, TimeUnit.MILLISECONDS)
        .build();
  }

  /** Fails unless {@code condition} holds: sanity checks of a trial's setup. */
  public static void check(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException("benchmark sanity check failed: " + what);
    }
  }

  @Override
  public void close() {
    sdk.close();
    sdkUnchecked.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
    server.close();
  }
}
