package dev.onecli4j.http;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/** Reads the delay a server asks a client to wait before retrying. */
public final class RetryAfter {
  /** Non-negative decimal: digits with an optional fraction; no sign, exponent, NaN or Infinity. */
  private static final Pattern DECIMAL = Pattern.compile("[0-9]*(?:\\.[0-9]*)?");
  /** Integer digits beyond this many (leading zeros aside) already overflow any {@link Duration}. */
  private static final int MAX_INTEGER_DIGITS = 30;
  /** Fraction digits kept exactly; any non-zero digit beyond them rounds the delay up. */
  private static final int MAX_FRACTION_DIGITS = 12;
  private static final BigInteger NANOS_PER_SECOND = BigInteger.valueOf(1_000_000_000L);
  private static final BigInteger MAX_SECONDS = BigInteger.valueOf(Long.MAX_VALUE);
  private static final BigDecimal NANOS_PER_MILLI = BigDecimal.valueOf(1_000_000L);
  private static final BigDecimal NANOS_PER_SECOND_DECIMAL = new BigDecimal(NANOS_PER_SECOND);

  /** How an IMF-fixdate begins: a three-letter day name and a comma. */
  private static final Pattern IMF_FIXDATE_START = Pattern.compile("[A-Za-z]{3},");

  private RetryAfter() {}

  /**
   * The delay the answer's headers ask for. {@code Retry-After-Ms} (decimal milliseconds) wins;
   * otherwise {@code Retry-After} as delta-seconds (integer or decimal) or as an HTTP date
   * (IMF-fixdate / RFC 1123, or the obsolete RFC 850 and asctime forms) relative to {@link Clock#currentTimeMillis()}, where a date in the
   * past means a zero delay. Fractions of a nanosecond round up; values too large for a {@link
   * Duration} become the largest one.
   *
   * @param header looks up a header by case-insensitive name, returning null if it is absent
   * @return the delay, or empty if neither header is present with a parseable, non-negative value
   * @param clock the time source that resolves an HTTP-date
   */
  public static Optional<Duration> parse(@Nullable Function<String, String> header, Clock clock) {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(clock, "clock");
    String ms = header.apply("Retry-After-Ms");
    if (ms != null) {
      Optional<Duration> d = decimal(ms.trim(), NANOS_PER_MILLI);
      if (d.isPresent()) {
        return d;
      }
    }
    String value = header.apply("Retry-After");
    if (value == null) {
      return Optional.empty();
    }
    value = value.trim();
    Optional<Duration> seconds = decimal(value, NANOS_PER_SECOND_DECIMAL);
    return seconds.isPresent() ? seconds : httpDate(value, clock);
  }

  private static Optional<Duration> decimal(String s, BigDecimal nanosPerUnit) {
    if (s.isEmpty() || s.equals(".") || !DECIMAL.matcher(s).matches()) {
      return Optional.empty();
    }
    int dot = s.indexOf('.');
    String integer = stripLeadingZeros(dot < 0 ? s : s.substring(0, dot));
    String fraction = dot < 0 ? "" : s.substring(dot + 1);
    if (integer.length() > MAX_INTEGER_DIGITS) {
      return Optional.of(Durations.MAX);
    }
    if (fraction.length() > MAX_FRACTION_DIGITS) {
      boolean rest = fraction.substring(MAX_FRACTION_DIGITS).chars().anyMatch(c -> c != '0');
      // A trailing 1 stands for the dropped non-zero digits, so the ceiling below still rounds up.
      fraction = fraction.substring(0, MAX_FRACTION_DIGITS) + (rest ? "1" : "");
    }
    BigDecimal value = new BigDecimal((integer.isEmpty() ? "0" : integer) + "." + (fraction.isEmpty() ? "0" : fraction));
    BigInteger nanos = value.multiply(nanosPerUnit).setScale(0, RoundingMode.CEILING).toBigIntegerExact();
    BigInteger[] secondsAndNanos = nanos.divideAndRemainder(NANOS_PER_SECOND);
    if (secondsAndNanos[0].compareTo(MAX_SECONDS) > 0) {
      return Optional.of(Durations.MAX);
    }
    return Optional.of(Duration.ofSeconds(secondsAndNanos[0].longValueExact(), secondsAndNanos[1].longValueExact()));
  }

  private static Date obsoleteHttpDate(String value) {
    try {
      return new Headers.Builder().add("Retry-After", value).build().getDate("Retry-After");
    } catch (RuntimeException e) {
      return null; // a value a header cannot carry
    }
  }

  private static String stripLeadingZeros(String digits) {
    int i = 0;
    while (i < digits.length() && digits.charAt(i) == '0') {
      i++;
    }
    return digits.substring(i);
  }

  private static Optional<Duration> httpDate(String value, Clock clock) {
    long at;
    try {
      at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
    } catch (DateTimeParseException | ArithmeticException e) {
      // The two obsolete forms RFC 9110 still asks recipients to accept, RFC 850
      // ("Sunday, 06-Nov-94 08:49:37 GMT") and asctime ("Sun Nov  6 08:49:37 1994"): OkHttp's
      // HTTP-date parser reads all three.
      // An IMF-fixdate that failed above ("Wed, 32 Oct …") stays refused: OkHttp would roll it over.
      Date date = IMF_FIXDATE_START.matcher(value).lookingAt() ? null : obsoleteHttpDate(value);
      if (date == null) {
        return Optional.empty();
      }
      at = date.getTime();
    }
    long now = clock.currentTimeMillis();
    return Optional.of(at <= now ? Duration.ZERO : Duration.ofMillis(at).minusMillis(now));
  }
}
