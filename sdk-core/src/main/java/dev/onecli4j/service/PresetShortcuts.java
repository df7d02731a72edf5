package dev.onecli4j.service;

import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.generated.onecli.model.SecretCreated;
import dev.onecli4j.param.SecretCreateParams;
import dev.onecli4j.preset.Preset;
import dev.onecli4j.preset.PresetOptions;
import dev.onecli4j.preset.PresetSecret;
import dev.onecli4j.preset.PresetSecrets;

/**
 * What {@link SecretsService} adds to the generated calls: storing a well-known key from a preset
 * in one call. The spec names this class in {@code createSecret}'s {@code x-onecli4j.extends}.
 */
abstract class PresetShortcuts {
  PresetShortcuts() {}

  abstract SecretCreated create(SecretCreateParams params, RequestOptions options);

  /**
   * Stores a well-known key in one call: {@code createFromPreset(Preset.OPENAI, key)} creates an
   * OpenAI secret for {@code api.openai.com} named after the preset.
   *
   * @param preset the kind of key, e.g. {@link Preset#OPENAI}
   * @param value the key; a warning is logged (without it) when it does not look like the preset's keys
   * @return the created secret with the preset's environment variable name and a masked preview
   * @throws dev.onecli4j.validation.ValidationException if an argument is missing; nothing is sent then
   * @throws dev.onecli4j.error.OneCliException if the call fails
   */
  public PresetSecret createFromPreset(Preset preset, String value) {
    return createFromPreset(preset, value, PresetOptions.defaults());
  }

  /**
   * Stores a well-known key with a chosen name, path pattern or workspace.
   *
   * @param preset the kind of key, e.g. {@link Preset#OPENAI}
   * @param value the key
   * @param options the secret's name, path pattern, workspace and per-call options
   * @return the created secret with the preset's environment variable name and a masked preview
   * @throws dev.onecli4j.validation.ValidationException if an argument is missing; nothing is sent then
   * @throws dev.onecli4j.error.OneCliException if the call fails
   */
  public PresetSecret createFromPreset(Preset preset, String value, PresetOptions options) {
    SecretCreateParams params = PresetSecrets.params(preset, value, options);
    return PresetSecrets.result(preset, value, create(params, options.requestOptions()));
  }
}
