package dev.onecli4j.spring.boot.test;

import dev.onecli4j.testing.OneCliEmulator;
import dev.onecli4j.testing.UserSecretsEmulator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Starts the emulators for one application context, registers them as beans, puts the
 * {@code onecli.*} properties that point at them first, and stops them when the context closes.
 * All instances are equal, so contexts that differ only by it are cached and shared as usual.
 */
final class OneCliEmulatorContextCustomizer implements ContextCustomizer {
  static final String PROPERTY_SOURCE = "onecli4jEmulators";

  @Override
  public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
    OneCliEmulator oneCli = OneCliEmulator.start();
    UserSecretsEmulator userSecrets = UserSecretsEmulator.start();
    context.getBeanFactory().registerSingleton("oneCliEmulator", oneCli);
    context.getBeanFactory().registerSingleton("userSecretsEmulator", userSecrets);
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("onecli.base-url", oneCli.baseUrl());
    properties.put("onecli.api-key", oneCli.apiKey());
    properties.put("onecli.workspace-id", oneCli.workspaceId());
    properties.put("onecli.user-secrets.base-url", userSecrets.baseUrl());
    properties.put("onecli.user-secrets.token", userSecrets.token());
    context.getEnvironment().getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, properties));
    context.addApplicationListener(
        event -> {
          if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
            oneCli.close();
            userSecrets.close();
          }
        });
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OneCliEmulatorContextCustomizer;
  }

  @Override
  public int hashCode() {
    return OneCliEmulatorContextCustomizer.class.hashCode();
  }
}
