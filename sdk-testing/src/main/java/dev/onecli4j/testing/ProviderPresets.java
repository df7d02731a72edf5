package dev.onecli4j.testing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The providers the user-secrets API knows, with the environment variable each one gets. */
final class ProviderPresets {
  /** Provider id to environment variable name, in listing order. */
  static final Map<String, String> ENV_VARS;

  static {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("openai", "OPENAI_API_KEY");
    m.put("anthropic", "ANTHROPIC_API_KEY");
    m.put("github", "GITHUB_TOKEN");
    m.put("tinker", "TINKER_API_KEY");
    ENV_VARS = Collections.unmodifiableMap(m);
  }

  private ProviderPresets() {}
}
