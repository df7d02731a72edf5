package dev.onecli4j.spring.boot;

import dev.onecli4j.OneCli;

/**
 * Adjusts the builder of the {@code OneCli} bean after the {@code onecli.*} properties are
 * applied, e.g. to pass the application's {@code OkHttpClient} or a {@code RequestListener} for
 * metrics. Every customizer bean runs, in {@code @Order}.
 */
@FunctionalInterface
public interface OneCliBuilderCustomizer {
  /**
   * Adjusts the builder.
   *
   * @param builder the builder, with the properties already applied
   */
  void customize(OneCli.Builder builder);
}
