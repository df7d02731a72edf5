package dev.onecli4j.spring.boot.health;

import dev.onecli4j.spring.boot.OneCliHealthProbe;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** Spring Boot 4's health indicator {@code oneCli}: UP when the server's health route says ok. */
public class OneCliHealthIndicator implements HealthIndicator {
  private final OneCliHealthProbe probe;

  /**
   * An indicator backed by a probe.
   *
   * @param probe the probe that calls the server
   */
  public OneCliHealthIndicator(OneCliHealthProbe probe) {
    this.probe = probe;
  }

  @Override
  public Health health() {
    OneCliHealthProbe.Result result = probe.check();
    return (result.up() ? Health.up() : Health.down()).withDetails(result.details()).build();
  }
}
