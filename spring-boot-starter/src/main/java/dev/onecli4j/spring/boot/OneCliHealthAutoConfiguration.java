package dev.onecli4j.spring.boot;

import dev.onecli4j.OneCli;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the health indicator {@code oneCli} when a {@link OneCli} bean exists and the
 * application has Spring Boot's health support: the actuator's API on Spring Boot 3,
 * {@code spring-boot-health} on Spring Boot 4. {@code management.health.onecli.enabled=false}
 * turns it off.
 */
@AutoConfiguration(after = OneCliAutoConfiguration.class)
@ConditionalOnBean(OneCli.class)
@ConditionalOnProperty(prefix = "management.health.onecli", name = "enabled", matchIfMissing = true)
public class OneCliHealthAutoConfiguration {
  static final String BEAN_NAME = "oneCliHealthIndicator";

  /** Created by Spring. */
  public OneCliHealthAutoConfiguration() {}

  static OneCliHealthProbe probe(OneCli client, OneCliProperties properties) {
    return new OneCliHealthProbe(client, properties.getHealth().getTimeout());
  }

  /** Spring Boot 3: the actuator's {@code HealthIndicator}. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
  static class ActuatorHealth {
    @Bean(BEAN_NAME)
    @ConditionalOnMissingBean(name = BEAN_NAME)
    dev.onecli4j.spring.boot.actuate.OneCliHealthIndicator oneCliHealthIndicator(
        OneCli client, OneCliProperties properties) {
      return new dev.onecli4j.spring.boot.actuate.OneCliHealthIndicator(probe(client, properties));
    }
  }

  /** Spring Boot 4: {@code spring-boot-health}'s {@code HealthIndicator}. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
  static class BootHealth {
    @Bean(BEAN_NAME)
    @ConditionalOnMissingBean(name = BEAN_NAME)
    dev.onecli4j.spring.boot.health.OneCliHealthIndicator oneCliHealthIndicator(
        OneCli client, OneCliProperties properties) {
      return new dev.onecli4j.spring.boot.health.OneCliHealthIndicator(probe(client, properties));
    }
  }
}
