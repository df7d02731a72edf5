package dev.onecli4j.examples;

import dev.onecli4j.UserSecrets;
import dev.onecli4j.generated.usersecrets.model.ProviderPreset;
import dev.onecli4j.generated.usersecrets.model.UserSecret;
import dev.onecli4j.preset.Preset;
import dev.onecli4j.testing.UserSecretsEmulator;
import java.io.PrintStream;

/**
 * The user-secrets API: list the provider presets, store keys from presets (the server names
 * the variables), rotate one and delete them. Runs against {@code USER_SECRETS_BASE_URL} and
 * {@code USER_SECRETS_TOKEN} when set, otherwise against the embedded emulator.
 */
public final class UserSecretsPresets {
  private UserSecretsPresets() {}

  /** Runs the example. */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    String baseUrl = System.getenv("USER_SECRETS_BASE_URL");
    String token = System.getenv("USER_SECRETS_TOKEN");
    UserSecretsEmulator emulator = null;
    UserSecrets client;
    if (baseUrl != null && !baseUrl.isEmpty() && token != null && !token.isEmpty()) {
      out.println("Using the user-secrets API at " + baseUrl);
      client = UserSecrets.builder().baseUrl(baseUrl).token(token).build();
    } else {
      emulator = UserSecretsEmulator.start();
      out.println("USER_SECRETS_BASE_URL/USER_SECRETS_TOKEN not set: using the embedded emulator at " + emulator.baseUrl());
      client = emulator.client();
    }
    try {
      for (ProviderPreset p : client.presets().list()) {
        out.println("  preset " + p.provider() + " -> " + p.envVarName() + (p.configured() ? " (configured)" : ""));
      }
      UserSecret openai = client.secrets().createFromPreset(Preset.OPENAI, "sk-proj-UserSecretsExample789");
      UserSecret github = client.secrets().createFromPreset(Preset.GITHUB, "ghp_UserSecretsExample0123456789");
      out.println("Stored " + openai.name() + " = " + openai.maskedValue());
      out.println("Stored " + github.name() + " = " + github.maskedValue());
      out.println("The library holds " + client.secrets().list().total() + " secrets");
      UserSecret rotated = client.secrets().rotate(openai.id(), "sk-proj-RotatedUserSecret456");
      out.println("Rotated " + rotated.name() + " = " + rotated.maskedValue());
      client.secrets().delete(openai.id());
      client.secrets().delete(github.id());
      out.println("Deleted both; " + client.secrets().list().total() + " left");
    } finally {
      client.close();
      if (emulator != null) {
        emulator.close();
      }
    }
  }
}
