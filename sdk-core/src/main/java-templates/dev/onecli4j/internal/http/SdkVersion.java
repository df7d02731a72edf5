package dev.onecli4j.internal.http;

/**
 * The SDK's version, written in by the build (templating-maven-plugin filters this file into
 * {@code target/generated-sources/java-templates}). A compile-time constant: reading it loads
 * nothing at run time.
 */
final class SdkVersion {
  /** The project's version, e.g. {@code 1.2.0}. */
  static final String VALUE = "${project.version}";

  private SdkVersion() {}
}
