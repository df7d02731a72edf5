package dev.onecli4j.benchmarks;

import dev.onecli4j.benchmarks.pojo.PojoSecret;
import dev.onecli4j.generated.onecli.model.Secret;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * {@code GET /secrets} with {@code n} real-server-shaped items: the SDK against hand-written
 * POJOs with string dates (the issue's {@code raw}), against three baselines that read into the
 * SDK's generated models — Jackson's standard java.time deserializers, dates kept as strings, and
 * the SDK's own mapper (the same parsing, so only transport overhead differs) — and against
 * openapi-generator's default okhttp-gson client ({@code stock}).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class ListSecretsBenchmark {
  @Param({"10", "100", "1000"})
  public int n;

  private Loopback env;

  @Setup(Level.Trial)
  public void setUp() {
    env = Loopback.start(n);
    List<Secret> sdk = sdk();
    Loopback.check(sdk.size() == n, "SDK list size");
    Loopback.check(sdk.equals(rawJavaTime()), "SDK and raw (java.time) read the same list");
    Loopback.check(sdk.equals(rawSdkMapper()), "SDK and raw (SDK mapper) read the same list");
    List<StringDateSecret> strings = rawStringDates();
    Loopback.check(strings.size() == n, "raw string-dates list size");
    Loopback.check(
        strings.get(n - 1).createdAt().equals(sdk.get(n - 1).createdAt().toInstant().toString()),
        "same dates");
    List<PojoSecret> pojos = rawPojo();
    Loopback.check(pojos.size() == n && pojos.get(n - 1).id.equals(sdk.get(n - 1).id()), "raw POJO list");
    Loopback.check(stock().size() == n, "stock list size");
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    env.close();
  }

  /** {@code client.secrets().list()}. */
  @Benchmark
  public List<Secret> sdk() {
    return env.sdk.secrets().list();
  }

  /** Hand-written, with Jackson's standard {@code JavaTimeModule}. */
  @Benchmark
  public List<Secret> rawJavaTime() {
    return env.raw.listSecrets();
  }

  /** Hand-written, into a copy of the model whose {@code createdAt} is a {@code String}. */
  @Benchmark
  public List<StringDateSecret> rawStringDates() {
    return env.raw.listSecretsStringDates();
  }

  /** Hand-written, into small POJOs whose dates stay strings (the issue's {@code raw}). */
  @Benchmark
  public List<PojoSecret> rawPojo() {
    return env.plain.listPojos();
  }

  /** openapi-generator's default okhttp-gson client. */
  @Benchmark
  public List<dev.onecli4j.benchmarks.stock.model.Secret> stock() {
    return env.stock.listSecrets();
  }

  /** Hand-written, with the SDK's own mapper ({@code Json.create()}). */
  @Benchmark
  public List<Secret> rawSdkMapper() {
    return env.rawSdkMapper.listSecrets();
  }
}
