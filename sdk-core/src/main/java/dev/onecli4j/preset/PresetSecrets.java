package dev.onecli4j.preset;

import dev.onecli4j.generated.onecli.model.SecretCreated;
import dev.onecli4j.param.SecretCreateParams;
import dev.onecli4j.validation.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.jspecify.annotations.Nullable;

/** Turns a preset and a value into create params and the preset result. */
public final class PresetSecrets {
  private static final Logger LOG = LoggerFactory.getLogger(PresetSecrets.class);

  private PresetSecrets() {}

  /**
   * The create params of a OneCLI secret for {@code preset}; warns if the value looks unlike its keys.
   *
   * @param preset the provider preset
   * @param value the secret value
   * @param options the choices for the secret (name, paths, workspace)
   * @return the create params of a OneCLI secret for {@code preset}; warns if the value looks
   *     unlike its keys
   */
  public static SecretCreateParams params(Preset preset, @Nullable String value, PresetOptions options) {
    Problems.of("createFromPreset")
        .required("preset", preset)
        .requiredText("value", value)
        .required("options", options)
        .throwIfAny();
    warnIfUnlike(preset, value);
    return SecretCreateParams.builder()
        .name(options.name() != null ? options.name() : preset.displayName())
        .type(preset.secretType())
        .value(value)
        .hostPattern(preset.hostPattern())
        .pathPattern(options.pathPattern())
        .injection(preset.injection())
        .build();
  }

  /**
   * The result of a created preset secret.
   *
   * @param preset the provider preset
   * @param value the secret value
   * @param created the created secret as the server answered
   * @return the result of a created preset secret
   */
  public static PresetSecret result(Preset preset, String value, SecretCreated created) {
    String preview = created.preview() != null ? created.preview() : Masking.preview(value);
    return new PresetSecret(created, preset.envVarName(), preview);
  }

  /**
   * Logs a warning, without the value, when it does not look like the preset's keys.
   *
   * @param preset the provider preset
   * @param value the secret value
   */
  public static void warnIfUnlike(Preset preset, String value) {
    if (!preset.looksLikeKey(value)) {
      LOG.warn(
          "The value given for preset {} does not start with {}; storing it anyway",
          preset.provider(),
          String.join(" or ", preset.keyPrefixes()));
    }
  }
}
