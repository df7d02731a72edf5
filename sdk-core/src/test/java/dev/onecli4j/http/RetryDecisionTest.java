package dev.onecli4j.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryDecisionTest {
  @Test
  void retry() {
    RetryDecision d = RetryDecision.retryAfter(Duration.ofMillis(500), "status 503");
    assertTrue(d.shouldRetry());
    assertEquals(Duration.ofMillis(500), d.delay());
    assertEquals("status 503", d.reason());
    assertEquals("RetryDecision{retry after PT0.5S: status 503}", d.toString());
  }

  @Test
  void stop() {
    RetryDecision d = RetryDecision.stop("max retries");
    assertFalse(d.shouldRetry());
    assertEquals(Duration.ZERO, d.delay());
    assertEquals("max retries", d.reason());
    assertEquals("RetryDecision{stop: max retries}", d.toString());
  }

  @Test
  void zeroDelayIsARetry() {
    assertTrue(RetryDecision.retryAfter(Duration.ZERO, "x").shouldRetry());
  }

  @Test
  void valueEquality() {
    assertEquals(RetryDecision.stop("a"), RetryDecision.stop("a"));
    assertEquals(RetryDecision.stop("a").hashCode(), RetryDecision.stop("a").hashCode());
    assertEquals(RetryDecision.retryAfter(Duration.ofSeconds(1), "a"), RetryDecision.retryAfter(Duration.ofMillis(1000), "a"));
    assertNotEquals(RetryDecision.stop("a"), RetryDecision.stop("b"));
    assertNotEquals(RetryDecision.stop("a"), RetryDecision.retryAfter(Duration.ZERO, "a"));
    assertNotEquals(RetryDecision.retryAfter(Duration.ofSeconds(1), "a"), RetryDecision.retryAfter(Duration.ofSeconds(2), "a"));
  }

  @Test
  void rejectsBadArguments() {
    assertThrows(IllegalArgumentException.class, () -> RetryDecision.retryAfter(Duration.ofNanos(-1), "x"));
    assertThrows(NullPointerException.class, () -> RetryDecision.retryAfter(null, "x"));
    assertThrows(NullPointerException.class, () -> RetryDecision.retryAfter(Duration.ZERO, null));
    assertThrows(NullPointerException.class, () -> RetryDecision.stop(null));
  }
}
