package dev.onecli4j.service;

import static dev.onecli4j.service.Futures.attempt;

import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.generated.onecli.model.SecretCreated;
import dev.onecli4j.param.SecretCreateParams;
import dev.onecli4j.preset.Preset;
import dev.onecli4j.preset.PresetOptions;
import dev.onecli4j.preset.PresetSecret;
import dev.onecli4j.preset.PresetSecrets;
import java.util.concurrent.CompletableFuture;

/** The preset shortcut of {@link SecretsServiceAsync}; see {@link PresetShortcuts}. */
abstract class PresetShortcutsAsync {
  PresetShortcutsAsync() {}

  abstract CompletableFuture<SecretCreated> create(SecretCreateParams params, RequestOptions options);

  /**
   * Stores a well-known key in one call, e.g. {@code createFromPreset(Preset.OPENAI, key)}.
   *
   * @param preset the kind of key, e.g. {@link Preset#OPENAI}
   * @param value the key
   * @return a future of the created secret; it completes exceptionally instead of throwing
   */
  public CompletableFuture<PresetSecret> createFromPreset(Preset preset, String value) {
    return createFromPreset(preset, value, PresetOptions.defaults());
  }

  /**
   * Stores a well-known key with a chosen name, path pattern or workspace.
   *
   * @param preset the kind of key, e.g. {@link Preset#OPENAI}
   * @param value the key
   * @param options the secret's name, path pattern, workspace and per-call options
   * @return a future of the created secret; it completes exceptionally instead of throwing
   */
  public CompletableFuture<PresetSecret> createFromPreset(Preset preset, String value, PresetOptions options) {
    return attempt(
        () ->
            create(PresetSecrets.params(preset, value, options), options.requestOptions())
                .thenApply(created -> PresetSecrets.result(preset, value, created)));
  }
}
