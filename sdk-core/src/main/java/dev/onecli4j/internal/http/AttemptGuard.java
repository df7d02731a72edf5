package dev.onecli4j.internal.http;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Keeps OkHttp from sending a request more often than the SDK decided. Every client the SDK uses
 * has OkHttp's {@code retryOnConnectionFailure} off; on top of that, OkHttp repeats a request by
 * itself after a 503 with {@code Retry-After: 0} (and fails with a {@code NumberFormatException}
 * on a {@code Retry-After} beyond {@code int}), whatever that setting. The {@link #NETWORK}
 * interceptor therefore hides {@code Retry-After} of 503 and 408 answers from OkHttp's follow-up
 * logic and the {@link #APPLICATION} interceptor, outside that logic, puts it back. And as a last
 * line, the network interceptor refuses any exchange beyond those the SDK allowed for the call
 * (see {@link Budget}), except the follow-up OkHttp sends to authenticate with a proxy.
 */
final class AttemptGuard {
  /** The name {@code Retry-After} travels under between the two interceptors. */
  static final String HIDDEN_RETRY_AFTER = "X-OneCli4j-Hidden-Retry-After";

  // Classes rather than method references: a client's first call then spins no lambda classes.
  /** Innermost-but-one network interceptor: hides the header and counts exchanges. */
  static final Interceptor NETWORK = new Network();
  /** Innermost application interceptor: restores the header. */
  static final Interceptor APPLICATION = new Application();

  private AttemptGuard() {}

  /**
   * The exchanges one SDK call may make: raised by one before each attempt, used up by each
   * request that reaches the network. Carried as the request's tag.
   */
  static final class Budget {
    private final AtomicInteger allowed = new AtomicInteger();
    private final AtomicInteger sent = new AtomicInteger();
    private volatile int lastStatus = -1;

    /** Allows one more exchange, for the attempt about to start. */
    void allowOne() {
      allowed.incrementAndGet();
    }

    /** How many requests reached the network. */
    int sent() {
      return sent.get();
    }
  }

  /** OkHttp tried to send a request the SDK did not decide; the exchange was refused before any byte was written. */
  static final class RepeatRefused extends IOException {
    private static final long serialVersionUID = 1L;

    RepeatRefused() {
      super("OkHttp tried to repeat the request on its own; refused, the SDK decides every attempt");
    }
  }

  /** {@link #NETWORK}. */
  private static final class Network implements Interceptor {
    @Override
    public Response intercept(Interceptor.Chain chain) throws IOException {
      return network(chain);
    }
  }

  /** {@link #APPLICATION}. */
  private static final class Application implements Interceptor {
    @Override
    public Response intercept(Interceptor.Chain chain) throws IOException {
      return application(chain);
    }
  }

  private static Response network(Interceptor.Chain chain) throws IOException {
    Request request = chain.request();
    Budget budget = request.tag(Budget.class);
    if (budget != null) {
      boolean proxyAuth = budget.lastStatus == 407;
      if (!proxyAuth && budget.sent.incrementAndGet() > budget.allowed.get()) {
        budget.sent.decrementAndGet();
        throw new RepeatRefused();
      }
    }
    Response response = chain.proceed(request);
    if (budget != null) {
      budget.lastStatus = response.code();
    }
    if ((response.code() == 503 || response.code() == 408) && response.header("Retry-After") != null) {
      return response.newBuilder().headers(rename(response.headers(), "Retry-After", HIDDEN_RETRY_AFTER)).build();
    }
    return response;
  }

  private static Response application(Interceptor.Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    if (response.header(HIDDEN_RETRY_AFTER) == null) {
      return response;
    }
    return response.newBuilder().headers(rename(response.headers(), HIDDEN_RETRY_AFTER, "Retry-After")).build();
  }

  /** The headers with every {@code from} renamed to {@code to}, in place. */
  static Headers rename(Headers headers, String from, String to) {
    Headers.Builder b = new Headers.Builder();
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      b.addUnsafeNonAscii(name.equalsIgnoreCase(from) ? to : name, headers.value(i));
    }
    return b.build();
  }
}
