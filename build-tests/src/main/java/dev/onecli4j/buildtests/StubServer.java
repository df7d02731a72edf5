package dev.onecli4j.buildtests;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback HTTP server from the JDK alone, so that a consumer project's class path holds only
 * what its own dependencies bring: it answers each listed path with its JSON body and anything
 * else with 404, and records the requests it saw.
 */
public final class StubServer implements AutoCloseable {
  private final HttpServer server;
  private final List<String> requests = new CopyOnWriteArrayList<>();

  private StubServer(Map<String, String> answers) {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          requests.add(exchange.getRequestMethod() + " " + path + " " + exchange.getRequestHeaders().getFirst("User-Agent"));
          String body = answers.get(path);
          byte[] bytes = (body == null ? "{\"error\":\"not found\"}" : body).getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "application/json");
          exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
          }
        });
    server.start();
  }

  /**
   * Starts a server on a free loopback port.
   *
   * @param answers JSON bodies by request path, e.g. {@code /v1/health}
   * @return the running server
   */
  public static StubServer start(Map<String, String> answers) {
    return new StubServer(answers);
  }

  /**
   * The server's base URL with a path.
   *
   * @param path e.g. {@code /v1}
   * @return e.g. {@code http://127.0.0.1:54321/v1}
   */
  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /**
   * What the server saw.
   *
   * @return one line per request: method, path and User-Agent
   */
  public List<String> requests() {
    return List.copyOf(requests);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
