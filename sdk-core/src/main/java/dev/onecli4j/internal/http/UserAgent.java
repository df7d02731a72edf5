package dev.onecli4j.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

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

  /** The SDK's version, or {@code unknown} when the build did not record it. */
  public static String sdkVersion() {
    try (InputStream in = UserAgent.class.getResourceAsStream("/dev/onecli4j/onecli4j.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties props = new Properties();
      props.load(in);
      return props.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
