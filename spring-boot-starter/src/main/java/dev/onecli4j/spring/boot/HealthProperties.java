package dev.onecli4j.spring.boot;

import java.time.Duration;

/**
 * The {@code onecli.health.*} properties of the health indicator; turn the indicator off with
 * {@code management.health.onecli.enabled=false}.
 */
public class HealthProperties {
  /** Creates the properties with their defaults (Spring Boot binds them). */
  public HealthProperties() {}

  /** How long one health check may take; it is never retried. */
  private Duration timeout = Duration.ofSeconds(5);

  /** {@return the timeout of one health check} */
  public Duration getTimeout() {
    return timeout;
  }

  /**
   * Sets the timeout of one health check.
   *
   * @param timeout the timeout of one health check
   */
  public void setTimeout(Duration timeout) {
    this.timeout = timeout;
  }
}
