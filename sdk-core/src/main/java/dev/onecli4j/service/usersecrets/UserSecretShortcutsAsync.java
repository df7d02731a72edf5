package dev.onecli4j.service.usersecrets;

import static dev.onecli4j.service.Futures.attempt;

import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.generated.usersecrets.model.UserSecret;
import dev.onecli4j.preset.Preset;
import java.util.concurrent.CompletableFuture;

/** The preset shortcut of {@link UserSecretsServiceAsync}; see {@link UserSecretShortcuts}. */
abstract class UserSecretShortcutsAsync {
  UserSecretShortcutsAsync() {}

  abstract CompletableFuture<UserSecret> createFromPreset(String provider, String value, RequestOptions options);

  /**
   * Stores {@code value} for a built-in or custom preset; the server picks the variable name.
   *
   * @param preset the provider, e.g. {@link Preset#OPENAI}
   * @param value the secret value
   * @return a future of the stored secret; it completes exceptionally instead of throwing
   */
  public CompletableFuture<UserSecret> createFromPreset(Preset preset, String value) {
    return createFromPreset(preset, value, RequestOptions.none());
  }

  /**
   * Stores {@code value} for a preset, with per-call options.
   *
   * @param preset the provider, e.g. {@link Preset#OPENAI}
   * @param value the secret value
   * @param options per-call options: headers, query parameters, timeouts, retries
   * @return a future of the stored secret; it completes exceptionally instead of throwing
   */
  public CompletableFuture<UserSecret> createFromPreset(Preset preset, String value, RequestOptions options) {
    return attempt(() -> createFromPreset(UserSecretShortcuts.provider(preset, value), value, options));
  }
}
