package dev.onecli4j.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onecli4j.OneCli;
import dev.onecli4j.reliability.Op;
import dev.onecli4j.testing.TestServer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What a fresh JVM's first call loads (issue 17, cold start): a JVM is launched that builds a
 * client and lists secrets once over {@code http}, with {@code -Xlog:class+load}: the SDK's own
 * code on that path spins no lambda classes (each costs a cold JVM about a millisecond) and sets up
 * no TLS; and the version the User-Agent carries is the build's without a resource read.
 */
class ColdPathTest {
  /** The SDK classes whose lambdas a first call may still spin (Jackson module set-up). */
  private static final List<String> ALLOWED_LAMBDAS = List.of("dev.onecli4j.internal.http.DeferredJavaTimeModule");

  @Test
  void aFirstCallSpinsNoLambdaClassesOfTheSdk() throws Exception {
    Path log = Files.createTempFile("onecli4j-cold-", ".log");
    Path err = Files.createTempFile("onecli4j-cold-", ".err");
    try (TestServer server = new TestServer()) {
      server.json(200, Op.Bodies.SECRET_LIST); // one secret: the model's reader and its dates run too
      String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
      List<String> command = new ArrayList<>();
      command.add(java);
      command.add("-Xlog:class+load=info:file=" + log);
      // slf4j's no-op provider, as an application without a binding (the tests' capturing one logs at debug).
      command.add("-Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider");
      command.add("-cp");
      command.add(System.getProperty("java.class.path"));
      command.add(FirstCall.class.getName());
      command.add(server.baseUrl());
      Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      assertTrue(p.waitFor(60, TimeUnit.SECONDS));
      String errors = Files.readString(err);
      assertEquals(0, p.exitValue(), errors);
      assertEquals("1", out, errors);
      List<String> loaded = Files.readAllLines(log);
      // The control: the log does list the SDK's classes, and lambdas where the SDK still has them.
      assertTrue(loaded.stream().anyMatch(l -> l.contains(" dev.onecli4j.internal.http.CallState ")), "no class log");
      assertTrue(
          loaded.stream().anyMatch(l -> l.contains(" " + ALLOWED_LAMBDAS.get(0)) && l.contains("$$Lambda")),
          "the log shows no lambda class of the SDK at all: the check below would see none either");
      List<String> lambdas =
          loaded.stream()
              .map(l -> l.replaceFirst("^\\S+ ", ""))
              .filter(l -> l.startsWith("dev.onecli4j.") && l.contains("$$Lambda"))
              .filter(l -> ALLOWED_LAMBDAS.stream().noneMatch(l::startsWith))
              .collect(Collectors.toList());
      assertEquals(List.of(), lambdas);
      // Over http the SDK's own client sets up no TLS (the trust store, an SSLContext).
      assertEquals(
          List.of(),
          loaded.stream().filter(l -> l.contains(" sun.security.ssl.SSLContextImpl ")).collect(Collectors.toList()));
    } finally {
      Files.deleteIfExists(log);
      Files.deleteIfExists(err);
    }
  }

  @Test
  void theUserAgentCarriesTheBuildsVersion() throws IOException {
    Properties props = new Properties();
    try (InputStream in = UserAgent.class.getResourceAsStream("/dev/onecli4j/onecli4j.properties")) {
      props.load(in);
    }
    String version = props.getProperty("version");
    assertFalse(version.contains("${"), version);
    assertEquals(version, UserAgent.sdkVersion());
    assertTrue(UserAgent.value().startsWith("onecli4j/" + version + " Java/"), UserAgent.value());
  }

  /** The child JVM: one client, one list, prints how many. */
  public static final class FirstCall {
    private FirstCall() {}

    public static void main(String[] args) {
      try (OneCli client = OneCli.builder().apiKey(TestServer.API_KEY).baseUrl(args[0]).build()) {
        System.out.println(client.secrets().list().size());
      }
      System.exit(0);
    }
  }
}
