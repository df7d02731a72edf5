package dev.onecli4j.examples;

import dev.onecli4j.OneCli;
import dev.onecli4j.error.NotFoundException;
import dev.onecli4j.generated.onecli.model.Injection;
import dev.onecli4j.generated.onecli.model.Secret;
import dev.onecli4j.generated.onecli.model.SecretCreated;
import dev.onecli4j.generated.onecli.model.SecretType;
import dev.onecli4j.param.SecretCreateParams;
import dev.onecli4j.param.SecretUpdateParams;
import dev.onecli4j.preset.Preset;
import dev.onecli4j.preset.PresetSecret;
import java.io.PrintStream;
import java.util.List;

/**
 * The tour: create a generic secret with a header injection, create one from a preset, list
 * them, rotate one, delete both, and handle a typed error.
 */
public final class QuickStart {
  private QuickStart() {}

  /** Runs the tour against {@code ONECLI_BASE_URL} or the embedded emulator. */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    try (Connection connection = Connection.open(out)) {
      OneCli client = connection.client();

      // A generic secret: the gateway adds "Authorization: Bearer <value>" to requests for api.stripe.com.
      SecretCreated stripe =
          client.secrets().create(
              SecretCreateParams.builder()
                  .name("Stripe")
                  .type(SecretType.GENERIC)
                  .value("sk_test_51QuickStartExampleKey")
                  .hostPattern("api.stripe.com")
                  .injection(Injection.header("Authorization", "Bearer {value}"))
                  .build());
      out.println("Created " + stripe.name() + " (" + stripe.id() + "), preview " + stripe.preview());

      // A well-known key in one line: type, host and name come from the preset.
      PresetSecret openai = client.secrets().createFromPreset(Preset.OPENAI, "sk-proj-QuickStartExample1234");
      out.println("Created " + openai.secret().name() + " for " + openai.envVarName() + ", preview " + openai.preview());

      List<Secret> secrets = client.secrets().list();
      out.println("Listed " + secrets.size() + " secrets:");
      for (Secret s : secrets) {
        out.println("  " + s.name() + " [" + s.type() + "] on " + s.hostPattern());
      }

      // Rotation sends only the new value; nothing else changes.
      client.secrets().update(stripe.id(), SecretUpdateParams.builder().value("sk_test_51RotatedExampleKey").build());
      out.println("Rotated " + stripe.name());

      client.secrets().delete(stripe.id());
      client.secrets().delete(openai.secret().id());
      out.println("Deleted both secrets");

      try {
        client.secrets().delete(stripe.id());
      } catch (NotFoundException e) {
        out.println("Deleting again: " + e.status() + " " + e.errorType() + ": " + e.errorMessage());
      }
    }
  }
}
