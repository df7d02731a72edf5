package dev.onecli4j.benchmarks;

import dev.onecli4j.benchmarks.pojo.PojoSecretCreateRequest;
import dev.onecli4j.benchmarks.pojo.PojoSecretCreated;
import dev.onecli4j.generated.onecli.model.SecretCreateRequest;
import dev.onecli4j.generated.onecli.model.SecretCreated;
import dev.onecli4j.param.SecretCreateParams;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code POST /secrets} answered 201 with a small body: SDK against hand-written OkHttp + Jackson
 * reading with the SDK's mapper configuration ({@code Json.create()}) into the same models, so
 * that only the client code differs; against hand-written POJOs with a string date (the issue's
 * {@code raw}); and against openapi-generator's default okhttp-gson client ({@code stock}).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class CreateSecretBenchmark {
  private Loopback env;
  private SecretCreateParams params;
  private SecretCreateRequest request;
  private PojoSecretCreateRequest pojoRequest;
  private dev.onecli4j.benchmarks.stock.model.SecretCreateRequest stockRequest;

  @Setup(Level.Trial)
  public void setUp() {
    env = Loopback.start(10);
    params = Fixtures.createParams();
    request = Fixtures.createRequest();
    pojoRequest = Fixtures.pojoCreateRequest();
    stockRequest = StockClient.createRequest();
    Loopback.check("Benchmark key".equals(sdk().name()), "SDK create");
    Loopback.check("Benchmark key".equals(raw().name()), "raw create");
    Loopback.check(sdk().equals(raw()), "both sides read the same SecretCreated");
    Loopback.check("Benchmark key".equals(rawPojo().name), "raw POJO create");
    Loopback.check("Benchmark key".equals(stock().getName()), "stock create");
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    env.close();
  }

  /** {@code client.secrets().create(params)}. */
  @Benchmark
  public SecretCreated sdk() {
    return env.sdk.secrets().create(params);
  }

  /** Serialize a hand-written body, POST, check the status, read a POJO whose date stays a string. */
  @Benchmark
  public PojoSecretCreated rawPojo() {
    return env.plain.createPojo(pojoRequest);
  }

  /** openapi-generator's default okhttp-gson client. */
  @Benchmark
  public dev.onecli4j.benchmarks.stock.model.SecretCreated stock() {
    return env.stock.createSecret(stockRequest);
  }

  /** Serialize the request model, POST, check the status, read {@code SecretCreated}. */
  @Benchmark
  public SecretCreated raw() {
    return env.rawSdkMapper.createSecret(request);
  }
}
