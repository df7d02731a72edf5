package dev.onecli4j.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback HTTP/1.1 keep-alive responder that does as little as possible, the same for the SDK
 * and the raw side: per request it reads the head, skips the body by {@code Content-Length}, picks
 * precomputed response bytes by method and target, and writes them in one call.
 *
 * <p>One platform thread per connection; each keeps one reusable buffer, so serving a request
 * allocates nothing on the Java heap (JMH's {@code -prof gc} counts every thread of the JVM, the
 * server's too). Not MockWebServer: that one records every request and is far heavier.
 */
public final class CannedServer implements AutoCloseable {
  private static final int MAX_HEAD = 64 * 1024;
  private static final byte[] CONTENT_LENGTH = "content-length:".getBytes(StandardCharsets.US_ASCII);

  private final ServerSocket serverSocket;
  private final Route[] routes;
  private final byte[] unknownRoute;
  private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
  private final AtomicInteger connections = new AtomicInteger();
  private final AtomicLong requests = new AtomicLong();
  private final Thread acceptor;
  private volatile boolean closed;

  private CannedServer(ServerSocket serverSocket, List<Route> routes) {
    this.serverSocket = serverSocket;
    this.routes = routes.toArray(new Route[0]);
    this.unknownRoute =
        response(404, "Not Found", "{\"error\":{\"message\":\"Route not found\",\"type\":\"invalid_request_error\"}}");
    this.acceptor = new Thread(this::acceptLoop, "canned-server-accept");
    this.acceptor.setDaemon(true);
  }

  /** Starts a server on an ephemeral loopback port. */
  public static CannedServer start(Builder routes) throws IOException {
    ServerSocket socket = new ServerSocket();
    socket.setReuseAddress(true);
    socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
    CannedServer server = new CannedServer(socket, routes.routes);
    server.acceptor.start();
    return server;
  }

  /** A builder of routes: exact method and request target to canned answer. */
  public static Builder routes() {
    return new Builder();
  }

  /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
  public String url() {
    return "http://" + serverSocket.getInetAddress().getHostAddress() + ":" + serverSocket.getLocalPort();
  }

  /** Connections accepted so far. */
  public int connections() {
    return connections.get();
  }

  /** Requests answered so far (each counted just before its answer is written). */
  public long requests() {
    return requests.get();
  }

  @Override
  public void close() {
    closed = true;
    try {
      serverSocket.close();
    } catch (IOException ignored) {
      // closing anyway
    }
    for (Socket s : sockets) {
      try {
        s.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
  }

  private void acceptLoop() {
    while (!closed) {
      Socket socket;
      try {
        socket = serverSocket.accept();
      } catch (IOException e) {
        if (closed) {
          return;
        }
        continue;
      }
      int n = connections.incrementAndGet();
      sockets.add(socket);
      Thread t = new Thread(() -> serve(socket), "canned-server-conn-" + n);
      t.setDaemon(true);
      t.start();
    }
  }

  private void serve(Socket socket) {
    try (Socket s = socket) {
      s.setTcpNoDelay(true);
      InputStream in = s.getInputStream();
      OutputStream out = s.getOutputStream();
      byte[] buf = new byte[16 * 1024];
      int start = 0;
      int end = 0;
      while (!closed) {
        // Read until the buffer holds a whole request head.
        int headEnd;
        while ((headEnd = indexOfHeadEnd(buf, start, end)) < 0) {
          if (start > 0 && end == buf.length) {
            System.arraycopy(buf, start, buf, 0, end - start);
            end -= start;
            start = 0;
          }
          if (end == buf.length) {
            if (buf.length >= MAX_HEAD) {
              return;
            }
            byte[] bigger = new byte[buf.length * 2];
            System.arraycopy(buf, 0, bigger, 0, end);
            buf = bigger;
          }
          int read = in.read(buf, end, buf.length - end);
          if (read < 0) {
            return;
          }
          end += read;
        }
        byte[] answer = route(buf, start, headEnd);
        long contentLength = contentLength(buf, start, headEnd);
        int bodyStart = headEnd + 4;
        long buffered = Math.min(contentLength, end - bodyStart);
        long remaining = contentLength - buffered;
        if (remaining > 0) {
          // The buffer is used up; the rest of the body is still on the wire: discard it.
          while (remaining > 0) {
            int read = in.read(buf, 0, (int) Math.min(buf.length, remaining));
            if (read < 0) {
              return;
            }
            remaining -= read;
          }
          start = 0;
          end = 0;
        } else {
          start = bodyStart + (int) buffered;
          if (start == end) {
            start = 0;
            end = 0;
          }
        }
        // Counted before writing, so that a client holding its answer always sees it counted.
        requests.incrementAndGet();
        out.write(answer);
      }
    } catch (SocketException e) {
      // The client closed the connection, or the server is closing.
    } catch (IOException e) {
      // Same: a loopback peer went away.
    } finally {
      sockets.remove(socket);
    }
  }

  private byte[] route(byte[] buf, int start, int headEnd) {
    for (Route r : routes) {
      if (r.matches(buf, start, headEnd)) {
        return r.answer;
      }
    }
    return unknownRoute;
  }

  private static int indexOfHeadEnd(byte[] buf, int start, int end) {
    for (int i = start; i + 3 < end; i++) {
      if (buf[i] == '\r' && buf[i + 1] == '\n' && buf[i + 2] == '\r' && buf[i + 3] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /** The value of {@code Content-Length} in the head, or 0. */
  static long contentLength(byte[] buf, int start, int headEnd) {
    for (int i = start; i < headEnd; i++) {
      if (buf[i] != '\n') {
        continue;
      }
      int p = i + 1;
      if (p + CONTENT_LENGTH.length > headEnd || !startsWithIgnoreCase(buf, p, CONTENT_LENGTH)) {
        continue;
      }
      p += CONTENT_LENGTH.length;
      while (p < headEnd && buf[p] == ' ') {
        p++;
      }
      long value = 0;
      while (p < headEnd && buf[p] >= '0' && buf[p] <= '9') {
        value = value * 10 + (buf[p] - '0');
        p++;
      }
      return value;
    }
    return 0;
  }

  private static boolean startsWithIgnoreCase(byte[] buf, int at, byte[] lowerPrefix) {
    for (int k = 0; k < lowerPrefix.length; k++) {
      int b = buf[at + k];
      if (b >= 'A' && b <= 'Z') {
        b += 'a' - 'A';
      }
      if (b != lowerPrefix[k]) {
        return false;
      }
    }
    return true;
  }

  /** Response bytes: status line, {@code Content-Type} and {@code Content-Length}, body. */
  static byte[] response(int status, String reason, String jsonBody) {
    byte[] body = jsonBody.getBytes(StandardCharsets.UTF_8);
    byte[] head =
        ("HTTP/1.1 " + status + " " + reason + "\r\n"
                + "Content-Type: application/json; charset=utf-8\r\n"
                + "Content-Length: " + body.length + "\r\n"
                + "\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[head.length + body.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(body, 0, all, head.length, body.length);
    return all;
  }

  /** Collects routes. */
  public static final class Builder {
    private final List<Route> routes = new ArrayList<>();

    private Builder() {}

    /** Answers {@code method target} (e.g. {@code GET /v1/secrets}) with a JSON body. */
    public Builder json(String method, String target, int status, String reason, String body) {
      routes.add(new Route(method + " " + target + " ", response(status, reason, body)));
      return this;
    }
  }

  private static final class Route {
    private final byte[] requestLinePrefix;
    private final byte[] answer;

    Route(String requestLinePrefix, byte[] answer) {
      this.requestLinePrefix = requestLinePrefix.getBytes(StandardCharsets.US_ASCII);
      this.answer = answer;
    }

    boolean matches(byte[] buf, int start, int headEnd) {
      if (headEnd - start < requestLinePrefix.length) {
        return false;
      }
      for (int k = 0; k < requestLinePrefix.length; k++) {
        if (buf[start + k] != requestLinePrefix[k]) {
          return false;
        }
      }
      return true;
    }
  }
}
