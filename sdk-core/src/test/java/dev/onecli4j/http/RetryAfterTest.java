package dev.onecli4j.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RetryAfterTest {
  private static final Duration LARGEST = Duration.ofSeconds(Long.MAX_VALUE, 999_999_999);

  private final FakeClock clock = new FakeClock(Instant.parse("2015-10-21T07:28:00Z"));

  private Optional<Duration> parse(String... namesAndValues) {
    return RetryAfter.parse(TestHeaders.of(namesAndValues), clock);
  }

  @Test
  void absentHeadersGiveNothing() {
    assertEquals(Optional.empty(), RetryAfter.parse(TestHeaders.NONE, clock));
    assertEquals(Optional.empty(), parse("Retry-After-Seconds", "5", "X-Retry", "5"));
  }

  @ParameterizedTest
  @CsvSource({
    "250, PT0.25S",
    "0, PT0S",
    "1.5, PT0.0015S",
    "1000.25, PT1.00025S",
    "0.0000001, PT0.000000001S", // a tenth of a nanosecond rounds up
    "' 40 ', PT0.04S",
    "007, PT0.007S",
  })
  void retryAfterMs(String value, Duration expected) {
    assertEquals(Optional.of(expected), parse("Retry-After-Ms", value));
  }

  @ParameterizedTest
  @CsvSource({
    "5, PT5S",
    "0, PT0S",
    "120, PT2M",
    "1.5, PT1.5S",
    "0.25, PT0.25S",
    ".5, PT0.5S",
    "5., PT5S",
    "'  7\t', PT7S",
    "0.0000000001, PT0.000000001S", // never wait less than asked: rounds up to a nanosecond
    "1.0000000000000000000001, PT1.000000001S",
    "2.000000000000000000000, PT2S",
  })
  void retryAfterSeconds(String value, Duration expected) {
    assertEquals(Optional.of(expected), parse("Retry-After", value));
  }

  @Test
  void headerNamesAreLookedUpCaseInsensitively() {
    assertEquals(Optional.of(Duration.ofSeconds(3)), parse("retry-after", "3"));
    assertEquals(Optional.of(Duration.ofMillis(3)), parse("RETRY-AFTER-MS", "3"));
  }

  @Test
  void leadingZerosDoNotCountAsSize() {
    assertEquals(Optional.of(Duration.ofSeconds(5)), parse("Retry-After", "0".repeat(500) + "5"));
  }

  @Test
  void millisecondsWinOverSeconds() {
    assertEquals(Optional.of(Duration.ofMillis(100)), parse("Retry-After", "30", "Retry-After-Ms", "100"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"soon", "-1", "NaN", "", "1e3"})
  void unusableMillisecondsFallBackToSeconds(String ms) {
    assertEquals(Optional.of(Duration.ofSeconds(30)), parse("Retry-After", "30", "Retry-After-Ms", ms));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "", " ", ".", "soon", "-1", "-0", "-0.5", "+5", "NaN", "nan", "Infinity", "-Infinity", "1e3", "1E3",
    "0x10", "1,5", "5s", "5 s", "1.2.3", "1 2", "١٢", "Wed, 21 Oct 2015", "2015-10-21T07:28:00Z",
    "Wed, 32 Oct 2015 07:28:00 GMT", "Wed, 21 Foo 2015 07:28:00 GMT", "Wed, 21 Oct 2015 25:28:00 GMT"
  })
  void garbageAndNegativeValuesGiveNothing(String value) {
    assertEquals(Optional.empty(), parse("Retry-After", value));
    assertEquals(Optional.empty(), parse("Retry-After-Ms", value));
  }

  @Test
  void httpDateInTheFuture() {
    assertEquals(Optional.of(Duration.ofSeconds(30)), parse("Retry-After", "Wed, 21 Oct 2015 07:28:30 GMT"));
    assertEquals(Optional.of(Duration.ofDays(366)), parse("Retry-After", "Fri, 21 Oct 2016 07:28:00 GMT"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Wednesday, 21-Oct-15 07:28:30 GMT", "Wed Oct 21 07:28:30 2015"})
  void theObsoleteHttpDateFormsOfRfc9110AreUnderstood(String date) {
    // RFC 850 and asctime: recipients must accept them (RFC 9110, section 5.6.7).
    assertEquals(Optional.of(Duration.ofSeconds(30)), parse("Retry-After", date));
  }

  @Test
  void httpDateIsRelativeToTheWallClockNotTheMonotonicOne() {
    clock.advance(Duration.ofSeconds(10));
    assertEquals(Optional.of(Duration.ofSeconds(20)), parse("Retry-After", "Wed, 21 Oct 2015 07:28:30 GMT"));
  }

  @Test
  void httpDateKeepsTheWallClocksMilliseconds() {
    clock.setWallClock(Instant.parse("2015-10-21T07:28:29.250Z"));
    assertEquals(Optional.of(Duration.ofMillis(750)), parse("Retry-After", "Wed, 21 Oct 2015 07:28:30 GMT"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Wed, 21 Oct 2015 07:27:59 GMT", "Wed, 21 Oct 2015 07:28:00 GMT", "Thu, 01 Jan 1970 00:00:00 GMT"})
  void httpDateNowOrInThePastMeansNoWait(String date) {
    assertEquals(Optional.of(Duration.ZERO), parse("Retry-After", date));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Wed, 21 Oct 2015 07:28:30 GMT",
    "21 Oct 2015 07:28:30 GMT", // day of week is optional in RFC 1123
    "Wed, 21 Oct 2015 07:28:30 +0000",
    "Wed, 21 Oct 2015 09:28:30 +0200",
    "  Wed, 21 Oct 2015 07:28:30 GMT  "
  })
  void httpDateForms(String date) {
    assertEquals(Optional.of(Duration.ofSeconds(30)), parse("Retry-After", date));
  }

  @Test
  void httpDateWithAnExtremeClockDoesNotOverflow() {
    clock.setWallClock(Instant.ofEpochMilli(Long.MIN_VALUE));
    Duration d = parse("Retry-After", "Wed, 21 Oct 2015 07:28:30 GMT").orElseThrow();
    assertEquals(Duration.ofMillis(Instant.parse("2015-10-21T07:28:30Z").toEpochMilli()).minusMillis(Long.MIN_VALUE), d);
  }

  @Test
  void hugeValuesSaturateInsteadOfFailing() {
    assertEquals(Optional.of(Duration.ofSeconds(Long.MAX_VALUE)), parse("Retry-After", Long.toString(Long.MAX_VALUE)));
    assertEquals(Optional.of(Duration.ofSeconds(Long.MAX_VALUE / 1000, 807_000_000)),
        parse("Retry-After-Ms", Long.toString(Long.MAX_VALUE)));
    assertEquals(Optional.of(LARGEST), parse("Retry-After", "9223372036854775808"));
    assertEquals(Optional.of(LARGEST), parse("Retry-After", "99999999999999999999999999999999999999.5"));
    assertEquals(Optional.of(LARGEST), parse("Retry-After-Ms", "9".repeat(100_000)));
  }

  @Test
  void aVeryLongFractionIsCheap() {
    assertEquals(Optional.of(Duration.ofNanos(1_100_000_000)), parse("Retry-After", "1.1" + "0".repeat(100_000)));
  }

  @Test
  void looksUpOnlyTheTwoHeaders() {
    List<String> asked = new ArrayList<>();
    Function<String, String> spy = name -> {
      asked.add(name);
      return null;
    };
    RetryAfter.parse(spy, clock);
    assertEquals(List.of("Retry-After-Ms", "Retry-After"), asked);
  }

  @Test
  void rejectsNulls() {
    assertThrows(NullPointerException.class, () -> RetryAfter.parse(null, clock));
    assertThrows(NullPointerException.class, () -> RetryAfter.parse(TestHeaders.NONE, null));
  }
}
