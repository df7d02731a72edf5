package dev.onecli4j.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * A Prism mock server ({@code prism mock SPEC --errors}) on a free loopback port, serving one of
 * our OpenAPI specs for contract tests.
 *
 * <p>Prism validates every request against the spec. A request that violates it is answered
 * with an error status (422 for a bad body or parameter, 401 for missing credentials, 404 for
 * an unknown path, ...) and an {@code sl-violations} header that lists the violations as JSON.
 * Valid requests get the first 2xx response of the operation, generated statically from the
 * spec's examples and schemas, so answers are deterministic.
 *
 * <p>Prism serves each path at the root: the path of the spec's {@code servers} URL (for example
 * {@code /api/v1}) is <em>not</em> part of the routes, so {@link #baseUrl()} is
 * {@code http://127.0.0.1:PORT} with no path.
 *
 * <p>Configured by system properties that failsafe sets (see {@code sdk-core/pom.xml}):
 * {@value #PRISM_PROPERTY} (the binary that the build installs with {@code npm ci}) and
 * {@value #LOG_DIR_PROPERTY} (where Prism's output goes). Start one per spec per test class,
 * in {@code @BeforeAll}, and close it in {@code @AfterAll}; a JVM shutdown hook kills it too.
 */
public final class PrismServer implements AutoCloseable {
  /** System property: path of the {@code prism} executable. */
  public static final String PRISM_PROPERTY = "onecli4j.prism";
  /** System property: directory that receives one log file per Prism process. */
  public static final String LOG_DIR_PROPERTY = "onecli4j.prism.logs";
  /** The response header in which Prism lists request violations. */
  public static final String VIOLATIONS_HEADER = "sl-violations";
  /**
   * The prefix of the {@code type} of errors Prism makes up itself (problem+json), e.g. a 401
   * for missing credentials on an operation whose spec lists no 401 answer.
   */
  public static final String PROBLEM_TYPE_PREFIX = "https://stoplight.io/prism/errors#";

  private static final String HOST = "127.0.0.1";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
  private static final int START_ATTEMPTS = 3;

  private final Process process;
  private final int port;
  private final Path spec;
  private final Path log;
  private final Thread shutdownHook;

  private PrismServer(Process process, int port, Path spec, Path log) {
    this.process = process;
    this.port = port;
    this.spec = spec;
    this.log = log;
    this.shutdownHook = new Thread(() -> kill(process), "prism-shutdown-" + port);
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /**
   * Starts Prism on {@code spec} and waits (at most 60 s) until it accepts connections.
   *
   * @throws IllegalStateException when the binary is missing, Prism exits or never listens; the
   *     message carries the end of Prism's log
   */
  public static PrismServer start(Path spec) {
    Path binary = prismBinary();
    if (!Files.isRegularFile(spec)) {
      throw new IllegalStateException("OpenAPI spec for Prism not found: " + spec.toAbsolutePath());
    }
    IllegalStateException last = null;
    for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
      int port = freePort();
      Path log = logFile(spec, port);
      long started = System.nanoTime();
      Process process = launch(binary, spec, port, log);
      try {
        awaitListening(process, port, log);
        PrismServer server = new PrismServer(process, port, spec.toAbsolutePath(), log);
        System.out.printf(
            "Prism on %s listening at %s after %d ms; log %s%n",
            spec.getFileName(), server.baseUrl(), (System.nanoTime() - started) / 1_000_000, log);
        return server;
      } catch (IllegalStateException e) {
        kill(process);
        last = e;
        if (!e.getMessage().startsWith("Prism exited")) {
          break; // a timeout will not get better; a lost port race might
        }
      }
    }
    throw last;
  }

  /** The base URL of the mocked API: {@code http://127.0.0.1:PORT} (no path; see the class doc). */
  public String baseUrl() {
    return "http://" + HOST + ":" + port;
  }

  /** The port Prism listens on. */
  public int port() {
    return port;
  }

  /** The spec Prism serves. */
  public Path spec() {
    return spec;
  }

  /** The file that receives Prism's stdout and stderr. */
  public Path log() {
    return log;
  }

  /** The last {@code lines} lines of Prism's log, for failure messages. */
  public String logTail(int lines) {
    return tail(log, lines);
  }

  /** Stops Prism and every process it started. */
  @Override
  public void close() {
    kill(process);
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // The JVM is shutting down; the hook runs anyway.
    }
  }

  @Override
  public String toString() {
    return "PrismServer{" + baseUrl() + ", spec=" + spec.getFileName() + ", log=" + log + "}";
  }

  /** The Prism executable from {@value #PRISM_PROPERTY}; fails (never skips) when it is missing. */
  static Path prismBinary() {
    String configured = System.getProperty(PRISM_PROPERTY);
    Path binary =
        configured != null && !configured.isBlank()
            ? Paths.get(configured)
            : Paths.get("target", "prism", "node_modules", ".bin", "prism");
    if (isWindows() && !binary.toString().endsWith(".cmd")) {
      binary = Paths.get(binary + ".cmd");
    }
    if (!Files.isRegularFile(binary)) {
      throw new IllegalStateException(
          "The Prism mock server is not installed: no file at "
              + binary.toAbsolutePath()
              + " (system property "
              + PRISM_PROPERTY
              + (configured == null ? ", unset" : "")
              + "). `mvn verify` installs it with `npm ci` into sdk-core/target/prism in phase"
              + " pre-integration-test; Node.js and npm must be on PATH. Contract tests never skip"
              + " silently: run them through Maven, or set -D"
              + PRISM_PROPERTY
              + "=/path/to/prism.");
    }
    return binary;
  }

  private static Process launch(Path binary, Path spec, int port, Path log) {
    List<String> command = new ArrayList<>();
    command.add(binary.toAbsolutePath().toString());
    command.add("mock");
    command.add(spec.toAbsolutePath().toString());
    command.add("--host");
    command.add(HOST);
    command.add("--port");
    command.add(Integer.toString(port));
    command.add("--errors");
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("FORCE_COLOR", "0");
    pb.environment().put("NO_COLOR", "1");
    pb.environment().put("SCARF_ANALYTICS", "false");
    try {
      return pb.start();
    } catch (IOException e) {
      throw new IllegalStateException("could not start Prism: " + String.join(" ", command), e);
    }
  }

  private static void awaitListening(Process process, int port, Path log) {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Prism exited with code " + process.exitValue() + " before listening on port " + port
                + "; log " + log + ":\n" + tail(log, 40));
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(HOST, port), 200);
        return;
      } catch (IOException notYet) {
        sleep(100);
      }
    }
    throw new IllegalStateException(
        "Prism did not listen on port " + port + " within " + START_TIMEOUT.toSeconds() + " s; log "
            + log + ":\n" + tail(log, 40));
  }

  private static void kill(Process process) {
    List<ProcessHandle> descendants = new ArrayList<>();
    process.descendants().forEach(descendants::add);
    process.destroy();
    descendants.forEach(ProcessHandle::destroy);
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free loopback port", e);
    }
  }

  private static Path logFile(Path spec, int port) {
    String dir = System.getProperty(LOG_DIR_PROPERTY);
    Path logDir = dir != null && !dir.isBlank() ? Paths.get(dir) : Paths.get("target", "prism-logs");
    String name = spec.getFileName().toString().replaceFirst("\\.[^.]*$", "");
    try {
      Files.createDirectories(logDir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + logDir, e);
    }
    return logDir.resolve("prism-" + name + "-" + port + ".log").toAbsolutePath();
  }

  private static String tail(Path file, int lines) {
    try {
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      List<String> all = List.of(text.split("\\R"));
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException | UncheckedIOException e) {
      return "(log unreadable: " + e + ")";
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for Prism", e);
    }
  }

  private static boolean isWindows() {
    return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
  }
}
