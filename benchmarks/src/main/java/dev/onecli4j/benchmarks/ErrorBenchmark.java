package dev.onecli4j.benchmarks;

import dev.onecli4j.error.NotFoundException;
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
 * {@code DELETE /secrets/{id}} answered 404 with the error envelope, turned into an exception:
 * the SDK's {@code NotFoundException} against a hand-written status check that reads the
 * envelope into a {@code JsonNode} and throws a {@code RuntimeException}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class ErrorBenchmark {
  private Loopback env;

  @Setup(Level.Trial)
  public void setUp() {
    env = Loopback.start(10);
    RuntimeException sdk = sdk();
    Loopback.check(sdk instanceof NotFoundException, "SDK throws NotFoundException: " + sdk);
    Loopback.check("not_found_error".equals(((NotFoundException) sdk).errorType()), "SDK error type");
    RuntimeException raw = raw();
    Loopback.check(raw instanceof RawClient.RawApiException, "raw throws: " + raw);
    Loopback.check(((RawClient.RawApiException) raw).status() == 404, "raw status");
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    env.close();
  }

  /** {@code client.secrets().delete(id)} throwing {@code NotFoundException}. */
  @Benchmark
  public RuntimeException sdk() {
    try {
      env.sdk.secrets().delete(Fixtures.MISSING_ID);
      return null;
    } catch (NotFoundException e) {
      return e;
    }
  }

  /** Status check, envelope read into a tree, {@code RuntimeException} thrown. */
  @Benchmark
  public RuntimeException raw() {
    try {
      env.rawSdkMapper.deleteSecret(Fixtures.MISSING_ID);
      return null;
    } catch (RawClient.RawApiException e) {
      return e;
    }
  }
}
