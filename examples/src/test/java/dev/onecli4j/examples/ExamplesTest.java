package dev.onecli4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onecli4j.OneCli;
import dev.onecli4j.error.InternalServerException;
import dev.onecli4j.testing.OneCliEmulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;

/** Every example runs against the embedded emulator and prints what it promises. */
class ExamplesTest {

  private static List<String> run(Consumer<PrintStream> example) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      example.accept(out);
    }
    List<String> lines = Arrays.asList(bytes.toString(StandardCharsets.UTF_8).split("\n"));
    assertTrue(lines.get(0).contains("embedded emulator"), "the first line says where it runs: " + lines.get(0));
    return lines;
  }

  private static void assertLine(List<String> lines, String regex) {
    assertTrue(lines.stream().anyMatch(l -> l.matches(regex)), "no line matches " + regex + " in " + lines);
  }

  @Test
  void quickStart() {
    List<String> lines = run(QuickStart::run);
    assertLine(lines, "Created Stripe \\(\\S+\\), preview sk_t••••••••eKey");
    assertLine(lines, "Created OpenAI for OPENAI_API_KEY, preview sk-p••••••••1234");
    assertLine(lines, "Listed 2 secrets:");
    assertLine(lines, "  Stripe \\[generic\\] on api.stripe.com");
    assertLine(lines, "  OpenAI \\[openai\\] on api.openai.com");
    assertLine(lines, "Rotated Stripe");
    assertLine(lines, "Deleted both secrets");
    assertLine(lines, "Deleting again: 404 not_found_error: Secret not found");
    assertFalse(String.join("\n", lines).contains("sk_test_51QuickStartExampleKey"), "a secret value was printed");
  }

  @Test
  void agentProvisioning() {
    List<String> lines = run(AgentProvisioning::run);
    assertLine(lines, "Created secret Example API");
    assertLine(lines, "Agent provisioning-example created; the server granted it 1 LLM key\\(s\\) automatically");
    assertLine(lines, "Exactly Example API: granted 1, revoked 1, exact: true");
    assertLine(lines, "Effective: Example API usable");
    assertLine(lines, "Rotated Example API; effective: Example API usable");
    assertLine(lines, "Revoked Example API; effective: no secrets");
    assertLine(lines, "Cleaned up: 3 item\\(s\\) deleted");
    assertFalse(String.join("\n", lines).contains("example-api-key-000"), "a secret value was printed");
  }

  /** A step that fails (the rotation answers 500) ends the run, and what it created is deleted all the same. */
  @Test
  void agentProvisioningCleansUpAfterAFailure() {
    try (OneCliEmulator emulator = OneCliEmulator.start()) {
      OkHttpClient failingRotation = new OkHttpClient.Builder()
          .addInterceptor(chain -> chain.request().method().equals("PATCH") && chain.request().url().encodedPath().contains("/secrets/")
              ? new Response.Builder().request(chain.request()).protocol(Protocol.HTTP_1_1).code(500).message("Boom")
                  .body(ResponseBody.create("{\"error\":{\"message\":\"An unexpected error occurred.\",\"type\":\"api_error\"}}",
                      MediaType.get("application/json")))
                  .build()
              : chain.proceed(chain.request()))
          .build();
      OneCli client = emulator.clientBuilder().okHttpClient(failingRotation).build();
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
        assertThrows(InternalServerException.class, () -> AgentProvisioning.run(out, Connection.of(client, null)));
      }
      List<String> lines = Arrays.asList(bytes.toString(StandardCharsets.UTF_8).split("\n"));
      assertLine(lines, "Failed: 500 api_error: An unexpected error occurred\\.");
      assertLine(lines, "Cleaned up: 3 item\\(s\\) deleted");
      try (OneCli check = emulator.client()) {
        assertTrue(check.agents().list().isEmpty(), "no agent left");
        assertTrue(check.secrets().list().isEmpty(), "no secret left");
      }
      failingRotation.dispatcher().executorService().shutdown();
    }
  }

  @Test
  void userSecretsPresets() {
    List<String> lines = run(UserSecretsPresets::run);
    assertLine(lines, "  preset openai -> OPENAI_API_KEY");
    assertLine(lines, "  preset github -> GITHUB_TOKEN");
    assertLine(lines, "Stored OPENAI_API_KEY = \\S*•+\\S*");
    assertLine(lines, "Stored GITHUB_TOKEN = \\S*•+\\S*");
    assertLine(lines, "The library holds 2 secrets");
    assertLine(lines, "Rotated OPENAI_API_KEY = \\S*•+\\S*");
    assertLine(lines, "Deleted both; 0 left");
  }

  @Test
  void errorHandling() {
    List<String> lines = run(ErrorHandling::run);
    assertLine(lines, "Refused before sending \\(3 problems\\):");
    assertLine(lines, "  name: Too small: expected string to have >=1 characters");
    assertLine(lines, "  hostPattern: A wildcard can't cover a public suffix like \\*\\.com; use a specific domain, e\\.g\\. \\*\\.example\\.com");
    assertLine(lines, "Not found: not_found_error / Secret not found");
    assertLine(lines, "Authentication failed: Invalid API key or token\\.");
    assertLine(lines, "After one 429 the call succeeded: 0 secrets");
    assertLine(lines, "Rate limited; retry after 2000 ms");
    assertLine(lines, "ApiException 404 \\(request id .*\\)");
  }

  @Test
  void asyncBatch() {
    List<String> lines = run(AsyncBatch::run);
    assertEquals("Created 100 secrets concurrently", lines.get(1));
    assertEquals("The server lists 100 of them", lines.get(2));
    assertEquals("Deleted 100 secrets", lines.get(3));
  }
}
