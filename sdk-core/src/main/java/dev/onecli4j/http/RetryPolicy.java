package dev.onecli4j.http;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Which failed attempts are retried, and after what delay. Immutable and thread-safe; one policy
 * serves every call of a client.
 *
 * <p>Idempotent methods are retried on 408, 429, 500, 502, 503, 504 and on any failure without an
 * answer. Other methods (POST) only when the server cannot have acted: a failed connect, 429 or
 * 503. An {@code X-Should-Retry} header from the server overrides both. The delay is the one the
 * server asks for ({@link RetryAfter}) up to {@link #maxRetryAfter()}, else exponential backoff
 * with jitter; no retry is planned past the caller's deadline.
 */
public final class RetryPolicy {
  /** Decisions for statuses that are never retried, by status, made at first use. */
  private static final RetryDecision[] NOT_RETRYABLE = new RetryDecision[600];

  private static final RetryPolicy DEFAULTS = new Builder().build();

  private final int maxRetries;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration maxRetryAfter;
  private final double jitter;

  private RetryPolicy(Builder b) {
    this.maxRetries = b.maxRetries;
    this.initialBackoff = b.initialBackoff;
    this.maxBackoff = b.maxBackoff;
    this.maxRetryAfter = b.maxRetryAfter;
    this.jitter = b.jitter;
  }

  /**
   * The default policy: 2 retries, backoff from 500 ms doubling up to 8 s with 25% jitter, and
   * server-asked delays honoured up to 60 s.
   *
   * @return the default policy: 2 retries, backoff from 500 ms doubling up to 8 s with 25% jitter,
   *     and server-asked delays honoured up to 60 s
   */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /** {@return a builder that starts from the {@linkplain #defaults() defaults}} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder that starts from this policy's settings} */
  public Builder newBuilder() {
    return new Builder(this);
  }

  /**
   * {@return how many retries a call makes at most (so at most {@code maxRetries() + 1} attempts)}
   */
  public int maxRetries() {
    return maxRetries;
  }

  /** {@return the backoff before the first retry; it doubles for each later one} */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /** {@return the cap on the exponential backoff (before jitter)} */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /**
   * The longest server-asked delay the client honours; if the server asks for more, the call stops
   * rather than retrying sooner than asked.
   *
   * @return the longest server-asked delay the client honours; if the server asks for more, the
   *     call stops rather than retrying sooner than asked
   */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /** {@return the fraction, from 0 to 1, by which a backoff is shortened at random} */
  public double jitter() {
    return jitter;
  }

  /**
   * Whether {@code method} is idempotent (GET, HEAD, OPTIONS, PUT, DELETE, PATCH; any letter case),
   * so that repeating it after an ambiguous failure is treated as safe.
   *
   * @param method the HTTP method, e.g. {@code GET}
   * @return whether {@code method} is idempotent (GET, HEAD, OPTIONS, PUT, DELETE, PATCH; any
   *     letter case), so that repeating it after an ambiguous failure is treated as safe
   */
  public static boolean isIdempotent(String method) {
    switch (Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT)) {
      case "GET":
      case "HEAD":
      case "OPTIONS":
      case "PUT":
      case "DELETE":
      case "PATCH":
        return true;
      default:
        return false;
    }
  }

  /**
   * Decides whether the attempt that just failed is retried, and after what delay.
   *
   * @param method the request's HTTP method
   * @param attempt the number of the attempt that just failed, from 1
   * @param maxRetries the effective maximum number of retries for this call (request options may
   *     override {@link #maxRetries()})
   * @param status the answer's HTTP status, or -1 if there was no answer
   * @param failure how the attempt failed without an answer; null if there was an answer. When
   *     non-null, {@code status} is ignored
   * @param header looks up a header of the answer by case-insensitive name, returning null if it is
   *     absent; pass {@code name -> null} when there was no answer
   * @param nanosLeft nanoseconds left before the call's overall deadline ({@link Long#MAX_VALUE} if
   *     none); a delay that reaches the deadline stops the call
   * @param clock resolves HTTP-date {@code Retry-After} values
   * @param random yields numbers in [0, 1] for the jitter
   * @return decides whether the attempt that just failed is retried, and after what delay
   * @throws IllegalArgumentException if {@code attempt < 1}, {@code maxRetries < 0}, or there is
   *     neither a status nor a failure
   */
  public RetryDecision decide(
      String method,
      int attempt,
      int maxRetries,
      int status,
      @Nullable FailureKind failure,
      @Nullable Function<String, String> header,
      long nanosLeft,
      Clock clock,
      DoubleSupplier random) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(random, "random");
    if (attempt < 1) {
      throw new IllegalArgumentException("attempt must be at least 1: " + attempt);
    }
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries must not be negative: " + maxRetries);
    }
    if (failure == null && status < 0) {
      throw new IllegalArgumentException("either an HTTP status or a failure kind is required");
    }
    if (attempt > maxRetries) {
      return RetryDecision.stop("max retries");
    }

    RetryDecision verdict = classify(method, status, failure, header);
    if (!verdict.shouldRetry()) {
      return verdict;
    }

    Duration delay;
    Optional<Duration> asked = RetryAfter.parse(header, clock);
    if (asked.isPresent()) {
      if (asked.get().compareTo(maxRetryAfter) > 0) {
        return RetryDecision.stop("server asked to wait longer than maxRetryAfter");
      }
      delay = asked.get();
    } else {
      delay = backoff(attempt, random);
    }
    if (Durations.toNanosSaturated(delay) >= nanosLeft) {
      return RetryDecision.stop("deadline");
    }
    return RetryDecision.retryAfter(delay, verdict.reason());
  }

  /** Whether the failure is retryable at all: a stop, or a retry whose delay is still to be set. */
  private static RetryDecision classify(
      String method, int status, FailureKind failure, Function<String, String> header) {
    String shouldRetry = header.apply("X-Should-Retry");
    if (shouldRetry != null) {
      shouldRetry = shouldRetry.trim();
      if (shouldRetry.equalsIgnoreCase("true")) {
        return RetryDecision.retryAfter(Duration.ZERO, "server asked to retry");
      }
      if (shouldRetry.equalsIgnoreCase("false")) {
        return RetryDecision.stop("server asked not to retry");
      }
    }
    boolean idempotent = isIdempotent(method);
    if (failure != null) {
      String kind = failure.name().toLowerCase(Locale.ROOT).replace('_', ' ');
      return failure == FailureKind.CONNECT_FAILED || idempotent
          ? RetryDecision.retryAfter(Duration.ZERO, kind)
          : RetryDecision.stop(kind + " is not retryable for a non-idempotent method");
    }
    switch (status) {
      case 429:
      case 503:
        // The server refused before acting, so even a non-idempotent request is safe to repeat.
        return RetryDecision.retryAfter(Duration.ZERO, "status " + status);
      case 408:
      case 500:
      case 502:
      case 504:
        return idempotent
            ? RetryDecision.retryAfter(Duration.ZERO, "status " + status)
            : RetryDecision.stop("status " + status + " is not retryable for a non-idempotent method");
      default:
        return notRetryable(status);
    }
  }

  /** The decision for a status never retried; made once per status (the common answer of an error). */
  private static RetryDecision notRetryable(int status) {
    if (status < 0 || status >= NOT_RETRYABLE.length) {
      return RetryDecision.stop("status " + status + " is not retryable");
    }
    RetryDecision decision = NOT_RETRYABLE[status];
    if (decision == null) {
      // A race makes an equal decision twice; the decisions are immutable.
      decision = RetryDecision.stop("status " + status + " is not retryable");
      NOT_RETRYABLE[status] = decision;
    }
    return decision;
  }

  /** {@code min(initialBackoff * 2^(attempt-1), maxBackoff) * (1 - jitter * random)}, without overflow. */
  private Duration backoff(int attempt, DoubleSupplier random) {
    long initial = Durations.toNanosSaturated(initialBackoff);
    long max = Durations.toNanosSaturated(maxBackoff);
    int shift = attempt - 1;
    long base;
    if (initial == 0) {
      base = 0;
    } else if (shift >= Long.SIZE - 1 || initial > (max >> shift)) {
      base = max;
    } else {
      base = initial << shift;
    }
    if (jitter == 0 || base == 0) {
      return Duration.ofNanos(base);
    }
    double r = random.getAsDouble();
    if (!(r > 0)) { // also NaN
      r = 0;
    } else if (r > 1) {
      r = 1;
    }
    return Duration.ofNanos((long) (base * (1 - jitter * r)));
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof RetryPolicy)) {
      return false;
    }
    RetryPolicy that = (RetryPolicy) o;
    return maxRetries == that.maxRetries
        && Double.compare(jitter, that.jitter) == 0
        && initialBackoff.equals(that.initialBackoff)
        && maxBackoff.equals(that.maxBackoff)
        && maxRetryAfter.equals(that.maxRetryAfter);
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxRetries, initialBackoff, maxBackoff, maxRetryAfter, jitter);
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxRetries=" + maxRetries
        + ", initialBackoff=" + initialBackoff
        + ", maxBackoff=" + maxBackoff
        + ", maxRetryAfter=" + maxRetryAfter
        + ", jitter=" + jitter
        + "}";
  }

  /** Builds a {@link RetryPolicy}; each setter rejects a bad value at once. Not thread-safe. */
  public static final class Builder {
    private int maxRetries = 2;
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration maxBackoff = Duration.ofSeconds(8);
    private Duration maxRetryAfter = Duration.ofSeconds(60);
    private double jitter = 0.25;

    private Builder() {}

    private Builder(RetryPolicy p) {
      this.maxRetries = p.maxRetries;
      this.initialBackoff = p.initialBackoff;
      this.maxBackoff = p.maxBackoff;
      this.maxRetryAfter = p.maxRetryAfter;
      this.jitter = p.jitter;
    }

    /**
     * Sets the maximum number of retries; 0 disables retries.
     *
     * @param maxRetries the maximum number of retries; 0 disables retries
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries must not be negative: " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /**
     * Sets the backoff before the first retry.
     *
     * @param initialBackoff the backoff before the first retry
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = nonNegative(initialBackoff, "initialBackoff");
      return this;
    }

    /**
     * Sets the cap on the exponential backoff; {@link #build()} checks it is at least the initial
     * backoff.
     *
     * @param maxBackoff the cap on the exponential backoff; {@link #build()} checks it is at least
     *     the initial backoff
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = nonNegative(maxBackoff, "maxBackoff");
      return this;
    }

    /**
     * Sets the longest server-asked delay to honour.
     *
     * @param maxRetryAfter the longest server-asked delay to honour
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = nonNegative(maxRetryAfter, "maxRetryAfter");
      return this;
    }

    /**
     * Sets the jitter fraction: 0 for none, 1 for a backoff anywhere between zero and its full
     * length.
     *
     * @param jitter the jitter fraction: 0 for none, 1 for a backoff anywhere between zero and its
     *     full length
     * @return this builder
     * @throws IllegalArgumentException unless 0 &lt;= jitter &lt;= 1
     */
    public Builder jitter(double jitter) {
      if (!(jitter >= 0 && jitter <= 1)) { // also NaN
        throw new IllegalArgumentException("jitter must be between 0 and 1: " + jitter);
      }
      this.jitter = jitter;
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy
     * @throws IllegalArgumentException if maxBackoff is less than initialBackoff
     */
    public RetryPolicy build() {
      if (maxBackoff.compareTo(initialBackoff) < 0) {
        throw new IllegalArgumentException(
            "maxBackoff (" + maxBackoff + ") must not be less than initialBackoff (" + initialBackoff + ")");
      }
      return new RetryPolicy(this);
    }

    private static Duration nonNegative(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isNegative()) {
        throw new IllegalArgumentException(name + " must not be negative: " + d);
      }
      return d;
    }
  }
}
