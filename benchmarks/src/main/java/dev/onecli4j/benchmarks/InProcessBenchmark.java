package dev.onecli4j.benchmarks;

import dev.onecli4j.OneCli;
import dev.onecli4j.error.NotFoundException;
import dev.onecli4j.generated.onecli.model.Secret;
import dev.onecli4j.generated.onecli.model.SecretCreateRequest;
import dev.onecli4j.generated.onecli.model.SecretCreated;
import dev.onecli4j.internal.http.Json;
import dev.onecli4j.param.SecretCreateParams;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The client code alone: create, list of 10 and the 404, each answered in-process by {@link
 * InProcessAnswers} instead of a server. Without the socket round trip (tens of microseconds,
 * and most of the noise on a small VM), what is left is the work each side does per call, which
 * is what the SDK adds or saves.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class InProcessBenchmark {
  /** Never connected to: the interceptor answers first. A loopback address, as plain HTTP needs. */
  private static final String BASE_URL = "http://127.0.0.1:9/n10/v1";

  /** Which call: {@code create}, {@code list10} or {@code error}. */
  @Param({"create", "list10", "error"})
  public String op;

  private OkHttpClient http;
  private OneCli sdk;
  private RawClient raw;
  private SecretCreateParams params;
  private SecretCreateRequest request;

  @Setup(Level.Trial)
  public void setUp() {
    http = Loopback.sharedHttpClient().newBuilder().addInterceptor(new InProcessAnswers()).build();
    sdk = OneCli.builder().apiKey(Fixtures.API_KEY).baseUrl(BASE_URL).okHttpClient(http).build();
    raw = new RawClient(http, BASE_URL, Fixtures.API_KEY, Json.create());
    params = Fixtures.createParams();
    request = Fixtures.createRequest();
    check(op, sdk());
    check(op, raw());
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    sdk.close();
    http.dispatcher().executorService().shutdown();
  }

  /** The SDK's call for {@link #op}; the 404's exception is returned, not thrown. */
  @Benchmark
  public Object sdk() {
    switch (op) {
      case "create":
        return sdk.secrets().create(params);
      case "list10":
        return sdk.secrets().list();
      default:
        try {
          sdk.secrets().delete(Fixtures.MISSING_ID);
          return null;
        } catch (NotFoundException e) {
          return e;
        }
    }
  }

  /** The hand-written call for {@link #op}, with the SDK's mapper. */
  @Benchmark
  public Object raw() {
    switch (op) {
      case "create":
        return raw.createSecret(request);
      case "list10":
        return raw.listSecrets();
      default:
        try {
          raw.deleteSecret(Fixtures.MISSING_ID);
          return null;
        } catch (RawClient.RawApiException e) {
          return e;
        }
    }
  }

  /** Fails unless {@code result} is what {@code op} must give: a created secret, 10 secrets, a 404. */
  static void check(String op, Object result) {
    switch (op) {
      case "create":
        Loopback.check(result instanceof SecretCreated && "Benchmark key".equals(((SecretCreated) result).name()), op + ": " + result);
        break;
      case "list10":
        Loopback.check(result instanceof List && ((List<?>) result).size() == 10 && ((List<?>) result).get(0) instanceof Secret, op);
        break;
      case "error":
        Loopback.check(
            (result instanceof NotFoundException && "not_found_error".equals(((NotFoundException) result).errorType()))
                || (result instanceof RawClient.RawApiException && ((RawClient.RawApiException) result).status() == 404),
            op + ": " + result);
        break;
      default:
        throw new IllegalArgumentException("unknown op " + op);
    }
  }
}
