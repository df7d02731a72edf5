package dev.onecli4j.http;

import java.time.Duration;

/** Overflow-safe conversions of {@link Duration}s. */
final class Durations {
  /** The longest {@link Duration} there is; stands for "longer than any wait that makes sense". */
  static final Duration MAX = Duration.ofSeconds(Long.MAX_VALUE, 999_999_999);

  private Durations() {}

  /** {@code d} in nanoseconds, saturated to {@link Long#MIN_VALUE} or {@link Long#MAX_VALUE}. */
  static long toNanosSaturated(Duration d) {
    try {
      return d.toNanos();
    } catch (ArithmeticException e) {
      return d.isNegative() ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
  }
}
