package dev.onecli4j.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;

/**
 * A MockWebServer on a free loopback port, plus the OkHttp client the emulator's SDK clients
 * share. That client does not silently retry failed connections, so dropped connections are seen.
 */
final class EmulatorServer implements AutoCloseable {
  private static final String HOST = "127.0.0.1";

  private final MockWebServer server = new MockWebServer();
  private final OkHttpClient http = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();

  EmulatorServer(Dispatcher dispatcher) {
    server.setDispatcher(dispatcher);
    server.setServerSocketFactory(new NoDelayServerSockets());
    try {
      server.start(InetAddress.getByName(HOST), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the emulator's server", e);
    }
  }

  /** The URL of {@code path} on this server, e.g. {@code http://127.0.0.1:PORT/v1}. */
  String url(String path) {
    return "http://" + HOST + ":" + server.getPort() + path;
  }

  /** The shared OkHttp client for SDK clients of this server. */
  OkHttpClient http() {
    return http;
  }

  @Override
  public void close() {
    server.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
