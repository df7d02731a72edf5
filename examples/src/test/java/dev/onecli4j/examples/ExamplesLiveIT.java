package dev.onecli4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onecli4j.OneCli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The examples that need no emulator, run against the real server named by {@code
 * ONECLI_BASE_URL} and {@code ONECLI_API_KEY} (a fresh tenant) by {@code mvn -B verify -Plive
 * -pl sdk-testing,examples -am}: they do their whole job and leave nothing behind.
 */
class ExamplesLiveIT {
  private static List<String> run(Consumer<PrintStream> example) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      example.accept(out);
    }
    String text = bytes.toString(StandardCharsets.UTF_8);
    System.out.print(text);
    List<String> lines = Arrays.asList(text.split("\n"));
    assertTrue(lines.get(0).startsWith("Using the OneCLI server at"), "set ONECLI_BASE_URL and ONECLI_API_KEY: " + lines.get(0));
    return lines;
  }

  private static void assertLine(List<String> lines, String regex) {
    assertTrue(lines.stream().anyMatch(l -> l.matches(regex)), "no line matches " + regex + " in " + lines);
  }

  private static int[] counts() {
    try (OneCli client = OneCli.fromEnv()) {
      return new int[] {client.agents().list().size(), client.secrets().list().size()};
    }
  }

  @Test
  void agentProvisioningDoesTheWholeJobAndLeavesNothing() {
    int[] before = counts();
    List<String> lines = run(AgentProvisioning::run);
    assertLine(lines, "Agent provisioning-example created; the server granted it \\d+ LLM key\\(s\\) automatically");
    assertLine(lines, "Exactly Example API: granted 1, revoked \\d+, exact: true");
    assertLine(lines, "Effective: Example API usable");
    assertLine(lines, "Rotated Example API; effective: Example API usable");
    assertLine(lines, "Revoked Example API; effective: no secrets");
    assertLine(lines, "Cleaned up: 3 item\\(s\\) deleted");
    assertTrue(Arrays.equals(before, counts()), "agents and secrets as before");
  }

  @Test
  void quickStartAndTheAsyncBatch() {
    int[] before = counts();
    List<String> quick = run(QuickStart::run);
    assertLine(quick, "Rotated Stripe");
    assertLine(quick, "Deleting again: 404 not_found_error: Secret not found");
    List<String> batch = run(AsyncBatch::run);
    assertEquals("Deleted 100 secrets", batch.get(3));
    assertTrue(Arrays.equals(before, counts()), "agents and secrets as before");
  }
}
