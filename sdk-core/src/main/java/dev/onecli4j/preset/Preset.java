package dev.onecli4j.preset;

import dev.onecli4j.generated.onecli.model.Injection;
import dev.onecli4j.generated.onecli.model.SecretType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A well-known credential: its provider id, the environment variable it is exposed as, and how
 * OneCLI injects it (secret type, host, injection). Built-ins cover OpenAI, Anthropic, GitHub
 * and Tinker; {@link #builder(String)} makes others. Immutable.
 */
public final class Preset {
  /** OpenAI API keys ({@code OPENAI_API_KEY}). */
  public static final Preset OPENAI =
      builder("openai")
          .displayName("OpenAI")
          .envVarName("OPENAI_API_KEY")
          .secretType(SecretType.OPENAI)
          .hostPattern("api.openai.com")
          .keyPrefixes("sk-")
          .build();

  /** Anthropic API keys ({@code ANTHROPIC_API_KEY}). */
  public static final Preset ANTHROPIC =
      builder("anthropic")
          .displayName("Anthropic")
          .envVarName("ANTHROPIC_API_KEY")
          .secretType(SecretType.ANTHROPIC)
          .hostPattern("api.anthropic.com")
          .keyPrefixes("sk-ant-api", "sk-ant-oat")
          .build();

  /** GitHub tokens ({@code GITHUB_TOKEN}), sent as a bearer token to the GitHub API. */
  public static final Preset GITHUB =
      builder("github")
          .displayName("GitHub")
          .envVarName("GITHUB_TOKEN")
          .secretType(SecretType.GENERIC)
          .hostPattern("api.github.com")
          .injection(Injection.header("Authorization", "Bearer {value}"))
          .keyPrefixes("ghp_", "github_pat_", "gho_", "ghu_", "ghs_", "ghr_")
          .build();

  /** Tinker API keys ({@code TINKER_API_KEY}), sent as {@code X-Api-Key}. */
  public static final Preset TINKER =
      builder("tinker")
          .displayName("Tinker")
          .envVarName("TINKER_API_KEY")
          .secretType(SecretType.GENERIC)
          .hostPattern("tinker.thinkingmachines.dev")
          .injection(Injection.header("X-Api-Key"))
          .keyPrefixes("tml-")
          .build();

  private static final List<Preset> BUILT_INS =
      Collections.unmodifiableList(Arrays.asList(OPENAI, ANTHROPIC, GITHUB, TINKER));

  private final String provider;
  private final String displayName;
  private final String envVarName;
  private final SecretType secretType;
  private final String hostPattern;
  private final Injection injection;
  private final List<String> keyPrefixes;

  private Preset(Builder b) {
    this.provider = b.provider;
    this.displayName = b.displayName;
    this.envVarName = b.envVarName;
    this.secretType = b.secretType;
    this.hostPattern = b.hostPattern;
    this.injection = b.injection;
    this.keyPrefixes = Collections.unmodifiableList(new ArrayList<>(b.keyPrefixes));
  }

  /** {@return the four built-in presets} */
  public static List<Preset> builtIns() {
    return BUILT_INS;
  }

  /**
   * The built-in preset of {@code provider} (case-insensitive), or {@code null}.
   *
   * @param provider the provider id, e.g. {@code openai}
   * @return the built-in preset of {@code provider} (case-insensitive), or {@code null}
   */
  public static @Nullable Preset forProvider(String provider) {
    for (Preset p : BUILT_INS) {
      if (p.provider.equalsIgnoreCase(provider)) {
        return p;
      }
    }
    return null;
  }

  /**
   * A builder for a user-defined preset of {@code provider}.
   *
   * @param provider the provider id, e.g. {@code openai}
   * @return a builder for a user-defined preset of {@code provider}
   */
  public static Builder builder(String provider) {
    return new Builder(provider);
  }

  /** {@return a builder that starts with this preset, e.g. to point a built-in at another host} */
  public Builder newBuilder() {
    Builder b = new Builder(provider);
    b.displayName = displayName;
    b.envVarName = envVarName;
    b.secretType = secretType;
    b.hostPattern = hostPattern;
    b.injection = injection;
    b.keyPrefixes.addAll(keyPrefixes);
    return b;
  }

  /** {@return the provider id, e.g. {@code openai}, as the user-secrets API names it} */
  public String provider() {
    return provider;
  }

  /** {@return a name for people, e.g. {@code OpenAI}; also the default secret name} */
  public String displayName() {
    return displayName;
  }

  /** {@return the environment variable the secret is exposed as, e.g. {@code OPENAI_API_KEY}} */
  public String envVarName() {
    return envVarName;
  }

  /** {@return the OneCLI secret type} */
  public SecretType secretType() {
    return secretType;
  }

  /** {@return the host the gateway injects the secret for} */
  public String hostPattern() {
    return hostPattern;
  }

  /** {@return how a generic secret is injected, or {@code null} for the auto-configured types} */
  public @Nullable Injection injection() {
    return injection;
  }

  /** {@return prefixes a well-formed key starts with; used only for a warning, never to refuse} */
  public List<String> keyPrefixes() {
    return keyPrefixes;
  }

  /**
   * Whether {@code value} looks like this provider's key (true when no prefixes are known).
   *
   * @param value the value to look at
   * @return whether {@code value} looks like this provider's key (true when no prefixes are known)
   */
  public boolean looksLikeKey(@Nullable String value) {
    if (keyPrefixes.isEmpty()) {
      return true;
    }
    String v = value == null ? "" : value.trim();
    for (String prefix : keyPrefixes) {
      if (v.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Preset)) {
      return false;
    }
    Preset p = (Preset) o;
    return provider.equals(p.provider)
        && displayName.equals(p.displayName)
        && envVarName.equals(p.envVarName)
        && secretType.equals(p.secretType)
        && hostPattern.equals(p.hostPattern)
        && Objects.equals(injection, p.injection)
        && keyPrefixes.equals(p.keyPrefixes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(provider, envVarName, secretType, hostPattern, injection);
  }

  @Override
  public String toString() {
    return "Preset{" + provider + " -> " + envVarName + ", " + secretType + " on " + hostPattern + "}";
  }

  /** Builds a {@link Preset}. */
  public static final class Builder {
    private final String provider;
    private String displayName;
    private String envVarName;
    private SecretType secretType;
    private String hostPattern;
    private Injection injection;
    private final List<String> keyPrefixes = new ArrayList<>();

    private Builder(String provider) {
      this.provider = Objects.requireNonNull(provider, "provider");
    }

    /**
     * Sets the name for people (default: the provider id).
     *
     * @param displayName the name for people (default: the provider id)
     * @return this builder
     */
    public Builder displayName(String displayName) {
      this.displayName = displayName;
      return this;
    }

    /**
     * Sets the environment variable name (required).
     *
     * @param envVarName the environment variable name (required)
     * @return this builder
     */
    public Builder envVarName(String envVarName) {
      this.envVarName = envVarName;
      return this;
    }

    /**
     * Sets the OneCLI secret type (default generic).
     *
     * @param secretType the OneCLI secret type (default generic)
     * @return this builder
     */
    public Builder secretType(SecretType secretType) {
      this.secretType = secretType;
      return this;
    }

    /**
     * Sets the host the secret is injected for (required).
     *
     * @param hostPattern the host the secret is injected for (required)
     * @return this builder
     */
    public Builder hostPattern(String hostPattern) {
      this.hostPattern = hostPattern;
      return this;
    }

    /**
     * Sets how a generic secret is injected.
     *
     * @param injection how a generic secret is injected
     * @return this builder
     */
    public Builder injection(Injection injection) {
      this.injection = injection;
      return this;
    }

    /**
     * Replaces the key prefixes used for the format warning.
     *
     * @param prefixes the prefixes a well-formed key starts with
     * @return this builder
     */
    public Builder keyPrefixes(String... prefixes) {
      keyPrefixes.clear();
      keyPrefixes.addAll(Arrays.asList(prefixes));
      return this;
    }

    /**
     * Builds the preset.
     *
     * @return the preset
     * @throws IllegalStateException if the environment variable name or host is missing, or a
     *     generic preset has no injection
     */
    public Preset build() {
      if (displayName == null) {
        displayName = provider;
      }
      if (secretType == null) {
        secretType = SecretType.GENERIC;
      }
      if (envVarName == null || hostPattern == null) {
        throw new IllegalStateException("preset " + provider + " needs envVarName and hostPattern");
      }
      if (SecretType.GENERIC.equals(secretType) && injection == null) {
        throw new IllegalStateException("generic preset " + provider + " needs an injection");
      }
      return new Preset(this);
    }
  }
}
