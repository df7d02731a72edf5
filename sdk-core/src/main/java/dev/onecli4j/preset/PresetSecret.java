package dev.onecli4j.preset;

import dev.onecli4j.generated.onecli.model.SecretCreated;

/** What creating a secret from a preset gave: the secret, its variable name and its preview. */
public final class PresetSecret {
  private final SecretCreated secret;
  private final String envVarName;
  private final String preview;

  /**
   * Creates the result.
   *
   * @param secret the created secret as the server answered
   * @param envVarName the environment variable the preset names
   * @param preview the masked preview of the value
   */
  public PresetSecret(SecretCreated secret, String envVarName, String preview) {
    this.secret = secret;
    this.envVarName = envVarName;
    this.preview = preview;
  }

  /** {@return the created secret as the server answered} */
  public SecretCreated secret() {
    return secret;
  }

  /** {@return the environment variable the preset names, e.g. {@code OPENAI_API_KEY}} */
  public String envVarName() {
    return envVarName;
  }

  /** {@return the masked preview of the value: the server's, or one computed the same way} */
  public String preview() {
    return preview;
  }

  @Override
  public String toString() {
    return "PresetSecret{id=" + secret.id() + ", envVarName=" + envVarName + ", preview=" + preview + "}";
  }
}
