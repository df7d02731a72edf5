package dev.onecli4j.internal.http;

/** The {@code User-Agent} the SDK sends: {@code onecli4j/<version> Java/<runtime version>}. */
public final class UserAgent {
  // Built without string concatenation or Runtime.version() (whose toString uses streams): a
  // client's first call then loads no method-handle or stream classes for this one value.
  private static final String VALUE =
      new StringBuilder("onecli4j/").append(sdkVersion()).append(" Java/").append(javaVersion()).toString();

  private UserAgent() {}

  /** The header value. */
  public static String value() {
    return VALUE;
  }

  /** {@code Runtime.version()} as text: the property it is parsed from. */
  private static String javaVersion() {
    String version = System.getProperty("java.runtime.version");
    return version != null ? version : Runtime.version().toString();
  }

  /**
   * The SDK's version, as the build recorded it (also in the jar's {@code
   * dev/onecli4j/onecli4j.properties}); a compiled constant, so that a client's first call opens no
   * jar resource for it.
   */
  public static String sdkVersion() {
    return SdkVersion.VALUE;
  }
}
