package dev.onecli4j.spring.boot;

import dev.onecli4j.UserSecrets;

/**
 * Adjusts the builder of the {@code UserSecrets} bean after the {@code onecli.*} properties are
 * applied. Every customizer bean runs, in {@code @Order}.
 */
@FunctionalInterface
public interface UserSecretsBuilderCustomizer {
  /**
   * Adjusts the builder.
   *
   * @param builder the builder, with the properties already applied
   */
  void customize(UserSecrets.Builder builder);
}
