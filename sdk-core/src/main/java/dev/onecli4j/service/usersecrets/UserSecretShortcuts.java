package dev.onecli4j.service.usersecrets;

import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.generated.usersecrets.model.UserSecret;
import dev.onecli4j.preset.Preset;
import dev.onecli4j.preset.PresetSecrets;
import dev.onecli4j.validation.Problems;

/**
 * What {@link UserSecretsService} adds to the generated calls: a preset instead of a provider
 * name, and a name and value instead of params. The spec names this class in
 * {@code createUserSecretFromPreset}'s {@code x-onecli4j.extends}.
 */
abstract class UserSecretShortcuts {
  UserSecretShortcuts() {}

  abstract UserSecret createFromPreset(String provider, String value, RequestOptions options);

  abstract UserSecret create(UserSecretCreateParams params);

  /**
   * Stores {@code value} for a built-in or custom preset; the server picks the variable name.
   *
   * @param preset the provider, e.g. {@link Preset#OPENAI}
   * @param value the secret value; a warning is logged (without it) when it looks unlike the preset's keys
   * @return the stored secret (metadata only)
   * @throws dev.onecli4j.validation.ValidationException if an argument is missing; nothing is sent then
   * @throws dev.onecli4j.error.OneCliException if the call fails
   */
  public UserSecret createFromPreset(Preset preset, String value) {
    return createFromPreset(preset, value, RequestOptions.none());
  }

  /**
   * Stores {@code value} for a preset, with per-call options.
   *
   * @param preset the provider, e.g. {@link Preset#OPENAI}
   * @param value the secret value
   * @param options per-call options: headers, query parameters, timeouts, retries
   * @return the stored secret (metadata only)
   * @throws dev.onecli4j.validation.ValidationException if an argument is missing; nothing is sent then
   * @throws dev.onecli4j.error.OneCliException if the call fails
   */
  public UserSecret createFromPreset(Preset preset, String value, RequestOptions options) {
    return createFromPreset(provider(preset, value), value, options);
  }

  /**
   * Stores {@code value} under the environment variable {@code name}.
   *
   * @param name the environment variable name
   * @param value the secret value
   * @return the stored secret (metadata only)
   * @throws dev.onecli4j.validation.ValidationException if an argument is missing or blank; nothing is sent then
   * @throws dev.onecli4j.error.OneCliException if the call fails
   */
  public UserSecret create(String name, String value) {
    return create(UserSecretCreateParams.builder().name(name).value(value).build());
  }

  /** The provider of {@code preset}, after refusing a missing one and warning about an unlikely value. */
  static String provider(Preset preset, String value) {
    Problems.of("createFromPreset").required("preset", preset).throwIfAny();
    if (value != null) {
      PresetSecrets.warnIfUnlike(preset, value);
    }
    return preset.provider();
  }
}
