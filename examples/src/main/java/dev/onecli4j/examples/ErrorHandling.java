package dev.onecli4j.examples;

import dev.onecli4j.OneCli;
import dev.onecli4j.error.ApiException;
import dev.onecli4j.error.AuthenticationException;
import dev.onecli4j.error.NotFoundException;
import dev.onecli4j.error.RateLimitException;
import dev.onecli4j.generated.onecli.model.SecretType;
import dev.onecli4j.param.SecretCreateParams;
import dev.onecli4j.validation.Problem;
import dev.onecli4j.validation.ValidationException;
import java.io.PrintStream;
import java.time.Duration;

/** Each kind of failure and the exception that reports it. */
public final class ErrorHandling {
  private ErrorHandling() {}

  /** Runs the examples against {@code ONECLI_BASE_URL} or the embedded emulator. */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    try (Connection connection = Connection.open(out)) {
      OneCli client = connection.client();

      // Local validation: nothing is sent, and every problem is listed at once.
      try {
        client.secrets().create(
            SecretCreateParams.builder().name(" ").type(SecretType.GENERIC).value("v").hostPattern("*.com").build());
      } catch (ValidationException e) {
        out.println("Refused before sending (" + e.problems().size() + " problems):");
        for (Problem p : e.problems()) {
          out.println("  " + p);
        }
      }

      // A server error becomes the exception of its status, with the server's type and message.
      try {
        client.secrets().delete("00000000-0000-0000-0000-000000000000");
      } catch (NotFoundException e) {
        out.println("Not found: " + e.errorType() + " / " + e.errorMessage());
      }

      // A wrong key: 401. The message never shows the key.
      try (OneCli wrongKey = client.withOptions(b -> b.apiKey("oc_not_a_real_key"))) {
        wrongKey.secrets().list();
      } catch (AuthenticationException e) {
        out.println("Authentication failed: " + e.errorMessage());
      }

      if (connection.emulator() != null) {
        // Rate limits: the SDK waits as Retry-After says and tries again...
        connection.emulator().faults().rateLimitNext(1, Duration.ofMillis(50));
        out.println("After one 429 the call succeeded: " + client.secrets().list().size() + " secrets");
        // ...unless retries are off, when the exception carries the server's Retry-After.
        connection.emulator().faults().rateLimitNext(1, Duration.ofSeconds(2));
        try {
          client.withOptions(b -> b.maxRetries(0)).secrets().list();
        } catch (RateLimitException e) {
          out.println("Rate limited; retry after " + e.retryAfter().map(Duration::toMillis).orElse(-1L) + " ms");
        }
      }

      // Every server error is an ApiException: one catch for the rest.
      try {
        client.secrets().update("missing-id", dev.onecli4j.param.SecretUpdateParams.builder().name("x").build());
      } catch (ApiException e) {
        out.println("ApiException " + e.status() + " (request id " + e.requestId() + ")");
      }
    }
  }
}
