package dev.onecli4j.http;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RetryPolicyTest {
  private static final long NO_DEADLINE = Long.MAX_VALUE;
  private static final DoubleSupplier ZERO = () -> 0.0;
  private static final DoubleSupplier ONE = () -> 1.0;

  private static final List<String> IDEMPOTENT = List.of("GET", "HEAD", "OPTIONS", "PUT", "DELETE", "PATCH");
  private static final List<String> NON_IDEMPOTENT = List.of("POST", "CONNECT", "TRACE", "FOO");
  private static final List<Integer> STATUSES =
      List.of(200, 201, 204, 301, 304, 400, 401, 403, 404, 405, 408, 409, 410, 422, 425, 429,
          499, 500, 501, 502, 503, 504, 505, 507, 599);
  private static final Set<Integer> RETRIED_IF_IDEMPOTENT = Set.of(408, 429, 500, 502, 503, 504);
  private static final Set<Integer> RETRIED_ALWAYS = Set.of(429, 503);

  private final FakeClock clock = new FakeClock();
  private final RetryPolicy policy = RetryPolicy.defaults();

  private RetryDecision status(RetryPolicy p, String method, int attempt, int status, Function<String, String> headers) {
    return p.decide(method, attempt, p.maxRetries(), status, null, headers, NO_DEADLINE, clock, ZERO);
  }

  private RetryDecision status(String method, int status, Function<String, String> headers) {
    return status(policy, method, 1, status, headers);
  }

  private RetryDecision failure(String method, FailureKind kind) {
    return policy.decide(method, 1, policy.maxRetries(), -1, kind, TestHeaders.NONE, NO_DEADLINE, clock, ZERO);
  }

  // ---------------------------------------------------------------------------------------------
  // Which failures are retried

  static Stream<Arguments> statusMatrix() {
    List<Arguments> cases = new ArrayList<>();
    for (String method : IDEMPOTENT) {
      for (int status : STATUSES) {
        cases.add(Arguments.of(method, status, RETRIED_IF_IDEMPOTENT.contains(status)));
      }
    }
    for (String method : NON_IDEMPOTENT) {
      for (int status : STATUSES) {
        cases.add(Arguments.of(method, status, RETRIED_ALWAYS.contains(status)));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1} -> retry={2}")
  @MethodSource("statusMatrix")
  void retriesByMethodAndStatus(String method, int status, boolean retried) {
    RetryDecision d = status(method, status, TestHeaders.NONE);
    assertEquals(retried, d.shouldRetry(), d::toString);
    if (retried) {
      assertEquals("status " + status, d.reason());
      assertEquals(Duration.ofMillis(500), d.delay());
    } else {
      assertEquals(Duration.ZERO, d.delay());
      assertTrue(d.reason().startsWith("status " + status + " is not retryable"), d::reason);
    }
  }

  static Stream<Arguments> failureMatrix() {
    List<Arguments> cases = new ArrayList<>();
    for (FailureKind kind : FailureKind.values()) {
      for (String method : IDEMPOTENT) {
        cases.add(Arguments.of(method, kind, true));
      }
      for (String method : NON_IDEMPOTENT) {
        cases.add(Arguments.of(method, kind, kind == FailureKind.CONNECT_FAILED));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1} -> retry={2}")
  @MethodSource("failureMatrix")
  void retriesByMethodAndFailureKind(String method, FailureKind kind, boolean retried) {
    RetryDecision d = failure(method, kind);
    assertEquals(retried, d.shouldRetry(), d::toString);
    if (retried) {
      assertEquals(Duration.ofMillis(500), d.delay());
    }
  }

  @ParameterizedTest
  @CsvSource({
    "CONNECT_FAILED, connect failed",
    "IO_AFTER_SEND, io after send",
    "ATTEMPT_TIMEOUT, attempt timeout"
  })
  void failureReasonsNameTheKind(FailureKind kind, String reason) {
    assertEquals(reason, failure("GET", kind).reason());
  }

  @Test
  void postStopsOnAmbiguousFailuresWithAReason() {
    assertEquals("io after send is not retryable for a non-idempotent method", failure("POST", FailureKind.IO_AFTER_SEND).reason());
    assertEquals("status 500 is not retryable for a non-idempotent method", status("POST", 500, TestHeaders.NONE).reason());
    assertEquals("status 404 is not retryable", status("GET", 404, TestHeaders.NONE).reason());
  }

  @Test
  void aFailureKindWinsOverAStatus() {
    RetryDecision d = policy.decide("POST", 1, 2, 503, FailureKind.IO_AFTER_SEND, TestHeaders.NONE, NO_DEADLINE, clock, ZERO);
    assertFalse(d.shouldRetry());
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "PATCH", "get", "Patch"})
  void idempotentMethods(String method) {
    assertTrue(RetryPolicy.isIdempotent(method));
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "post", "CONNECT", "TRACE", "", "GETX"})
  void nonIdempotentMethods(String method) {
    assertFalse(RetryPolicy.isIdempotent(method));
  }

  @Test
  void lowerCaseMethodsAreJudgedLikeUpperCase() {
    assertTrue(status("get", 500, TestHeaders.NONE).shouldRetry());
    assertFalse(status("post", 500, TestHeaders.NONE).shouldRetry());
  }

  // ---------------------------------------------------------------------------------------------
  // X-Should-Retry

  @Nested
  class ShouldRetryHeader {
    @ParameterizedTest
    @CsvSource({"POST, 500", "POST, 400", "GET, 404", "PATCH, 409", "POST, 200", "DELETE, 501"})
    void trueRetriesWhatWouldNotBeRetried(String method, int status) {
      RetryDecision d = status(method, status, TestHeaders.of("X-Should-Retry", "true"));
      assertTrue(d.shouldRetry(), d::toString);
      assertEquals("server asked to retry", d.reason());
      assertEquals(Duration.ofMillis(500), d.delay());
    }

    @ParameterizedTest
    @CsvSource({"GET, 503", "GET, 429", "POST, 503", "PUT, 500"})
    void falseStopsWhatWouldBeRetried(String method, int status) {
      RetryDecision d = status(method, status, TestHeaders.of("X-Should-Retry", "false"));
      assertFalse(d.shouldRetry());
      assertEquals("server asked not to retry", d.reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {"TRUE", "True", " true ", "tRuE"})
    void trueIsCaseInsensitive(String value) {
      assertTrue(status("POST", 400, TestHeaders.of("x-should-retry", value)).shouldRetry());
    }

    @ParameterizedTest
    @ValueSource(strings = {"FALSE", "False", " false ", "fAlSe"})
    void falseIsCaseInsensitive(String value) {
      assertFalse(status("GET", 503, TestHeaders.of("X-SHOULD-RETRY", value)).shouldRetry());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yes", "no", "1", "0", "truee", "maybe"})
    void otherValuesAreIgnored(String value) {
      Function<String, String> headers = TestHeaders.of("X-Should-Retry", value);
      assertTrue(status("GET", 503, headers).shouldRetry());
      assertFalse(status("POST", 500, headers).shouldRetry());
      assertFalse(status("GET", 404, headers).shouldRetry());
    }

    @Test
    void doesNotOverrideMaxRetries() {
      RetryDecision d = status(policy, "GET", 3, 503, TestHeaders.of("X-Should-Retry", "true"));
      assertEquals(RetryDecision.stop("max retries"), d);
    }

    @Test
    void serverAskedDelayStillApplies() {
      RetryDecision d = status("POST", 400, TestHeaders.of("X-Should-Retry", "true", "Retry-After", "2"));
      assertEquals(RetryDecision.retryAfter(Duration.ofSeconds(2), "server asked to retry"), d);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Backoff

  @Nested
  class Backoff {
    private final RetryPolicy many = RetryPolicy.defaults().newBuilder().maxRetries(10).build();

    private List<Duration> sequence(RetryPolicy p, DoubleSupplier random, int attempts) {
      List<Duration> delays = new ArrayList<>();
      for (int attempt = 1; attempt <= attempts; attempt++) {
        RetryDecision d = p.decide("GET", attempt, p.maxRetries(), 503, null, TestHeaders.NONE, NO_DEADLINE, clock, random);
        assertTrue(d.shouldRetry(), d::toString);
        delays.add(d.delay());
      }
      return delays;
    }

    private List<Duration> millis(long... values) {
      List<Duration> list = new ArrayList<>();
      for (long v : values) {
        list.add(Duration.ofMillis(v));
      }
      return list;
    }

    @Test
    void randomZeroGivesTheFullExponentialSequenceUpToTheCap() {
      assertEquals(millis(500, 1000, 2000, 4000, 8000, 8000, 8000, 8000, 8000, 8000), sequence(many, ZERO, 10));
    }

    @Test
    void randomOneTakesOffTheFullJitter() {
      assertEquals(millis(375, 750, 1500, 3000, 6000, 6000, 6000, 6000, 6000, 6000), sequence(many, ONE, 10));
    }

    @Test
    void randomInBetweenScalesLinearly() {
      assertEquals(Duration.ofNanos(437_500_000), sequence(many, () -> 0.5, 1).get(0));
    }

    @Test
    void capThatIsNotAPowerOfTwoOfTheInitial() {
      RetryPolicy p = RetryPolicy.builder().maxRetries(5).initialBackoff(Duration.ofMillis(300))
          .maxBackoff(Duration.ofMillis(1000)).jitter(0).build();
      assertEquals(millis(300, 600, 1000, 1000, 1000), sequence(p, ONE, 5));
    }

    @Test
    void noJitterIgnoresTheRandomSource() {
      RetryPolicy p = many.newBuilder().jitter(0).build();
      assertEquals(millis(500, 1000, 2000), sequence(p, ONE, 3));
    }

    @Test
    void fullJitterCanShortenToZero() {
      RetryPolicy p = many.newBuilder().jitter(1).build();
      assertEquals(millis(0, 0), sequence(p, ONE, 2));
      assertEquals(millis(500, 1000), sequence(p, ZERO, 2));
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1.0, Double.NaN, Double.NEGATIVE_INFINITY})
    void randomBelowZeroCountsAsZero(double r) {
      assertEquals(millis(500), sequence(many, () -> r, 1));
    }

    @ParameterizedTest
    @ValueSource(doubles = {1.5, Double.POSITIVE_INFINITY})
    void randomAboveOneCountsAsOne(double r) {
      assertEquals(millis(375), sequence(many, () -> r, 1));
    }

    @Test
    void zeroBackoff() {
      RetryPolicy p = RetryPolicy.builder().maxRetries(3).initialBackoff(Duration.ZERO).maxBackoff(Duration.ZERO).build();
      assertEquals(millis(0, 0, 0), sequence(p, ZERO, 3));
    }

    @Test
    void largeAttemptNumbersDoNotOverflow() {
      RetryPolicy p = many.newBuilder().maxRetries(Integer.MAX_VALUE).build();
      for (int attempt : new int[] {30, 62, 63, 64, 65, 1000, Integer.MAX_VALUE}) {
        RetryDecision d = p.decide("GET", attempt, Integer.MAX_VALUE, 503, null, TestHeaders.NONE, NO_DEADLINE, clock, ZERO);
        assertEquals(Duration.ofSeconds(8), d.delay(), "attempt " + attempt);
      }
    }

    @Test
    void hugeDurationsSaturateInsteadOfOverflowing() {
      RetryPolicy p = RetryPolicy.builder().maxRetries(100).initialBackoff(Duration.ofSeconds(1))
          .maxBackoff(Duration.ofSeconds(Long.MAX_VALUE)).jitter(0).build();
      RetryDecision d = p.decide("GET", 30, 100, 503, null, TestHeaders.NONE, NO_DEADLINE, clock, ZERO);
      assertEquals(Duration.ofSeconds(1L << 29), d.delay());
      // 2^34 s (about 544 years) does not fit in a long of nanoseconds: the backoff saturates at
      // Long.MAX_VALUE ns, which even "no deadline" cannot accommodate.
      for (int attempt : new int[] {35, 64, 100}) {
        assertEquals(RetryDecision.stop("deadline"),
            p.decide("GET", attempt, 100, 503, null, TestHeaders.NONE, NO_DEADLINE, clock, ZERO));
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Server-asked delays

  @Nested
  class ServerAskedDelay {
    @Test
    void retryAfterSecondsIsUsedWithoutJitter() {
      assertEquals(RetryDecision.retryAfter(Duration.ofSeconds(3), "status 429"),
          policy.decide("POST", 1, 2, 429, null, TestHeaders.of("Retry-After", "3"), NO_DEADLINE, clock, ONE));
    }

    @Test
    void retryAfterMsIsUsedWithoutJitter() {
      assertEquals(Duration.ofMillis(250),
          policy.decide("GET", 2, 2, 503, null, TestHeaders.of("retry-after-ms", "250"), NO_DEADLINE, clock, ONE).delay());
    }

    @Test
    void decimalSeconds() {
      assertEquals(Duration.ofMillis(1500), status("GET", 503, TestHeaders.of("Retry-After", "1.5")).delay());
    }

    @Test
    void zeroMeansRetryAtOnce() {
      RetryDecision d = status("GET", 503, TestHeaders.of("Retry-After", "0"));
      assertTrue(d.shouldRetry());
      assertEquals(Duration.ZERO, d.delay());
    }

    @Test
    void httpDateInTheFuture() {
      clock.setWallClock(Instant.parse("2015-10-21T07:27:30Z"));
      RetryDecision d = status("GET", 503, TestHeaders.of("Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT"));
      assertEquals(RetryDecision.retryAfter(Duration.ofSeconds(30), "status 503"), d);
    }

    @Test
    void httpDateInThePastMeansRetryAtOnce() {
      clock.setWallClock(Instant.parse("2015-10-21T07:30:00Z"));
      RetryDecision d = status("GET", 503, TestHeaders.of("Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT"));
      assertEquals(RetryDecision.retryAfter(Duration.ZERO, "status 503"), d);
    }

    @Test
    void exactlyTheCapIsHonoured() {
      RetryDecision d = status("GET", 503, TestHeaders.of("Retry-After", "60"));
      assertEquals(Duration.ofSeconds(60), d.delay());
    }

    @ParameterizedTest
    @ValueSource(strings = {"61", "60.001", "3600", "99999999999999999999999999999999999"})
    void longerThanTheCapStops(String value) {
      assertEquals(RetryDecision.stop("server asked to wait longer than maxRetryAfter"),
          status("GET", 503, TestHeaders.of("Retry-After", value)));
    }

    @Test
    void longerThanTheCapByMillisecondsStops() {
      assertFalse(status("GET", 503, TestHeaders.of("Retry-After-Ms", "60001")).shouldRetry());
      assertTrue(status("GET", 503, TestHeaders.of("Retry-After-Ms", "60000")).shouldRetry());
    }

    @Test
    void httpDateBeyondTheCapStops() {
      clock.setWallClock(Instant.parse("2015-10-21T07:00:00Z"));
      assertFalse(status("GET", 503, TestHeaders.of("Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT")).shouldRetry());
    }

    @Test
    void theCapIsConfigurable() {
      RetryPolicy p = policy.newBuilder().maxRetryAfter(Duration.ofMinutes(10)).build();
      assertEquals(Duration.ofSeconds(600),
          status(p, "GET", 1, 503, TestHeaders.of("Retry-After", "600")).delay());
      RetryPolicy never = policy.newBuilder().maxRetryAfter(Duration.ZERO).build();
      assertTrue(status(never, "GET", 1, 503, TestHeaders.of("Retry-After", "0")).shouldRetry());
      assertFalse(status(never, "GET", 1, 503, TestHeaders.of("Retry-After", "1")).shouldRetry());
    }

    @ParameterizedTest
    @ValueSource(strings = {"soon", "-5", "NaN", "", "Wed, 99 Oct 2015 07:28:00 GMT"})
    void unusableValuesFallBackToBackoff(String value) {
      assertEquals(RetryDecision.retryAfter(Duration.ofMillis(375), "status 503"),
          policy.decide("GET", 1, 2, 503, null, TestHeaders.of("Retry-After", value), NO_DEADLINE, clock, ONE));
    }

    @Test
    void serverAskedDelayDoesNotMakeAStopARetry() {
      assertFalse(status("GET", 404, TestHeaders.of("Retry-After", "1")).shouldRetry());
      assertFalse(status("POST", 500, TestHeaders.of("Retry-After", "1")).shouldRetry());
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Deadline and maximum retries

  @Nested
  class Limits {
    private RetryDecision withLeft(long nanosLeft, Function<String, String> headers) {
      return policy.decide("GET", 1, 2, 503, null, headers, nanosLeft, clock, ZERO);
    }

    @Test
    void aBackoffThatReachesTheDeadlineStops() {
      long backoff = Duration.ofMillis(500).toNanos();
      assertEquals(RetryDecision.stop("deadline"), withLeft(backoff, TestHeaders.NONE));
      assertEquals(RetryDecision.stop("deadline"), withLeft(backoff - 1, TestHeaders.NONE));
      assertTrue(withLeft(backoff + 1, TestHeaders.NONE).shouldRetry());
    }

    @Test
    void aServerAskedDelayThatReachesTheDeadlineStops() {
      Function<String, String> tenSeconds = TestHeaders.of("Retry-After", "10");
      assertEquals(RetryDecision.stop("deadline"), withLeft(Duration.ofSeconds(5).toNanos(), tenSeconds));
      assertEquals(Duration.ofSeconds(10), withLeft(Duration.ofSeconds(11).toNanos(), tenSeconds).delay());
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, Long.MIN_VALUE})
    void noTimeLeftStopsEvenForAZeroDelay(long left) {
      assertEquals(RetryDecision.stop("deadline"), withLeft(left, TestHeaders.of("Retry-After", "0")));
    }

    @Test
    void deadlineAppliesToFailuresToo() {
      assertEquals(RetryDecision.stop("deadline"),
          policy.decide("POST", 1, 2, -1, FailureKind.CONNECT_FAILED, TestHeaders.NONE, 1000, clock, ZERO));
    }

    @Test
    void defaultMaxRetries() {
      assertTrue(status(policy, "GET", 1, 503, TestHeaders.NONE).shouldRetry());
      assertTrue(status(policy, "GET", 2, 503, TestHeaders.NONE).shouldRetry());
      assertEquals(RetryDecision.stop("max retries"), status(policy, "GET", 3, 503, TestHeaders.NONE));
    }

    @Test
    void maxRetriesArgumentOverridesThePolicy() {
      assertTrue(policy.decide("GET", 5, 5, 503, null, TestHeaders.NONE, NO_DEADLINE, clock, ZERO).shouldRetry());
      assertEquals(RetryDecision.stop("max retries"),
          policy.decide("GET", 6, 5, 503, null, TestHeaders.NONE, NO_DEADLINE, clock, ZERO));
      assertEquals(RetryDecision.stop("max retries"),
          policy.decide("GET", 2, 1, 503, null, TestHeaders.NONE, NO_DEADLINE, clock, ZERO));
    }

    @Test
    void zeroMaxRetriesNeverRetries() {
      assertEquals(RetryDecision.stop("max retries"),
          policy.decide("POST", 1, 0, -1, FailureKind.CONNECT_FAILED, TestHeaders.NONE, NO_DEADLINE, clock, ZERO));
    }

    @Test
    void maxRetriesIsCheckedBeforeTheStatus() {
      assertEquals("max retries", status(policy, "GET", 3, 404, TestHeaders.NONE).reason());
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Arguments, builder, value semantics

  @Test
  void rejectsContractViolations() {
    assertThrows(IllegalArgumentException.class,
        () -> policy.decide("GET", 0, 2, 503, null, TestHeaders.NONE, NO_DEADLINE, clock, ZERO));
    assertThrows(IllegalArgumentException.class,
        () -> policy.decide("GET", 1, -1, 503, null, TestHeaders.NONE, NO_DEADLINE, clock, ZERO));
    assertThrows(IllegalArgumentException.class,
        () -> policy.decide("GET", 1, 2, -1, null, TestHeaders.NONE, NO_DEADLINE, clock, ZERO));
    assertThrows(NullPointerException.class,
        () -> policy.decide(null, 1, 2, 503, null, TestHeaders.NONE, NO_DEADLINE, clock, ZERO));
    assertThrows(NullPointerException.class,
        () -> policy.decide("GET", 1, 2, 503, null, null, NO_DEADLINE, clock, ZERO));
    assertThrows(NullPointerException.class, () -> RetryPolicy.isIdempotent(null));
  }

  @Test
  void defaults() {
    RetryPolicy d = RetryPolicy.defaults();
    assertAll(
        () -> assertEquals(2, d.maxRetries()),
        () -> assertEquals(Duration.ofMillis(500), d.initialBackoff()),
        () -> assertEquals(Duration.ofSeconds(8), d.maxBackoff()),
        () -> assertEquals(Duration.ofSeconds(60), d.maxRetryAfter()),
        () -> assertEquals(0.25, d.jitter()),
        () -> assertEquals(d, RetryPolicy.builder().build()));
  }

  @Test
  void builderSetsEverything() {
    RetryPolicy p = RetryPolicy.builder().maxRetries(7).initialBackoff(Duration.ofMillis(10))
        .maxBackoff(Duration.ofSeconds(1)).maxRetryAfter(Duration.ofSeconds(5)).jitter(0.5).build();
    assertAll(
        () -> assertEquals(7, p.maxRetries()),
        () -> assertEquals(Duration.ofMillis(10), p.initialBackoff()),
        () -> assertEquals(Duration.ofSeconds(1), p.maxBackoff()),
        () -> assertEquals(Duration.ofSeconds(5), p.maxRetryAfter()),
        () -> assertEquals(0.5, p.jitter()));
  }

  @Test
  void newBuilderCopiesAndLeavesTheOriginalAlone() {
    RetryPolicy original = RetryPolicy.builder().maxRetries(4).jitter(0.1).build();
    RetryPolicy.Builder b = original.newBuilder();
    assertEquals(original, b.build());
    RetryPolicy changed = b.maxRetries(9).build();
    assertEquals(9, changed.maxRetries());
    assertEquals(0.1, changed.jitter());
    assertEquals(4, original.maxRetries());
    assertNotEquals(original, changed);
    assertNotEquals(original.hashCode(), changed.hashCode());
  }

  @Test
  void toStringShowsTheSettings() {
    assertEquals("RetryPolicy{maxRetries=2, initialBackoff=PT0.5S, maxBackoff=PT8S, maxRetryAfter=PT1M, jitter=0.25}",
        RetryPolicy.defaults().toString());
  }

  @Test
  void builderAcceptsBoundaryValues() {
    RetryPolicy p = RetryPolicy.builder().maxRetries(0).initialBackoff(Duration.ZERO).maxBackoff(Duration.ZERO)
        .maxRetryAfter(Duration.ZERO).jitter(0).build();
    assertEquals(0, p.maxRetries());
    assertEquals(1.0, RetryPolicy.builder().jitter(1).build().jitter());
    RetryPolicy equal = RetryPolicy.builder().initialBackoff(Duration.ofSeconds(3)).maxBackoff(Duration.ofSeconds(3)).build();
    assertEquals(equal.initialBackoff(), equal.maxBackoff());
  }

  @Test
  void builderRejectsBadValuesNamingThem() {
    assertRejects("maxRetries", () -> RetryPolicy.builder().maxRetries(-1));
    assertRejects("initialBackoff", () -> RetryPolicy.builder().initialBackoff(Duration.ofMillis(-1)));
    assertRejects("maxBackoff", () -> RetryPolicy.builder().maxBackoff(Duration.ofNanos(-1)));
    assertRejects("maxRetryAfter", () -> RetryPolicy.builder().maxRetryAfter(Duration.ofSeconds(-60)));
    assertRejects("jitter", () -> RetryPolicy.builder().jitter(-0.01));
    assertRejects("jitter", () -> RetryPolicy.builder().jitter(1.01));
    assertRejects("jitter", () -> RetryPolicy.builder().jitter(Double.NaN));
    assertRejects("maxBackoff", () -> RetryPolicy.builder().initialBackoff(Duration.ofSeconds(2)).maxBackoff(Duration.ofSeconds(1)).build());
    assertRejects("maxBackoff", () -> RetryPolicy.builder().initialBackoff(Duration.ofSeconds(9)).build());
  }

  @Test
  void builderRejectsNulls() {
    assertThrows(NullPointerException.class, () -> RetryPolicy.builder().initialBackoff(null));
    assertThrows(NullPointerException.class, () -> RetryPolicy.builder().maxBackoff(null));
    assertThrows(NullPointerException.class, () -> RetryPolicy.builder().maxRetryAfter(null));
  }

  @Test
  void aRejectedValueLeavesTheBuilderUnchanged() {
    RetryPolicy.Builder b = RetryPolicy.builder();
    assertThrows(IllegalArgumentException.class, () -> b.maxRetries(-3));
    assertEquals(RetryPolicy.defaults(), b.build());
  }

  private static void assertRejects(String name, org.junit.jupiter.api.function.Executable action) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action);
    assertTrue(e.getMessage().startsWith(name), e::getMessage);
  }
}
