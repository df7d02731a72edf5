package dev.onecli4j.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The {@code User-Agent} the SDK sends: {@code onecli4j/<version> Java/<runtime version>}. */
public final class UserAgent {
  private static final String VALUE = "onecli4j/" + sdkVersion() + " Java/" + Runtime.version();

  private UserAgent() {}

  /** The header value. */
  public static String value() {
    return VALUE;
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
