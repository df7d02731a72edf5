package dev.onecli4j.spring.boot;

import dev.onecli4j.OneCli;
import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.generated.onecli.model.HealthStatus;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Calls the server's health route ({@code GET /health}, which needs no API key) once, without
 * retries, and turns the answer into a status and details for Spring Boot's health indicators.
 * The details name the base URL, the server's status and version, or the failure; never a key.
 */
public final class OneCliHealthProbe {
  private final OneCli client;
  private final RequestOptions options;

  /**
   * A probe of the client's server.
   *
   * @param client the client whose base URL is checked
   * @param timeout how long one check may take
   */
  public OneCliHealthProbe(OneCli client, Duration timeout) {
    this.client = client;
    this.options = RequestOptions.builder().timeout(timeout).callTimeout(timeout).maxRetries(0).build();
  }

  /**
   * Checks the server once.
   *
   * @return whether it is up, and what it said
   */
  public Result check() {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("baseUrl", client.options().baseUrl().toString());
    try {
      HealthStatus answer = client.utility().health(options);
      putIfSet(details, "status", answer.status());
      putIfSet(details, "version", answer.version());
      return new Result("ok".equalsIgnoreCase(answer.status()), details);
    } catch (RuntimeException e) {
      details.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
      return new Result(false, details);
    }
  }

  private static void putIfSet(Map<String, Object> details, String key, Object value) {
    if (value != null) {
      details.put(key, value);
    }
  }

  /**
   * The outcome of one check.
   *
   * @param up whether the server answered that it is up
   * @param details what to show in the health report
   */
  public record Result(boolean up, Map<String, Object> details) {}
}
