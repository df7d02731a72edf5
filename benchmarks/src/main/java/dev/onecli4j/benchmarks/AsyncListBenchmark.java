package dev.onecli4j.benchmarks;

import dev.onecli4j.generated.onecli.model.Secret;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
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
 * Throughput of {@code GET /secrets} (10 items) with 64 calls in flight: each operation waits for
 * a free slot in a window of 64 and starts one call; the call's completion frees the slot. SDK
 * {@code client.async().secrets().list()} against raw {@code Call.enqueue} reading with the SDK's
 * mapper configuration, so that only the client code differs.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class AsyncListBenchmark {
  /** Calls in flight. */
  public static final int IN_FLIGHT = 64;
  private static final int SIZE = 10;

  private Loopback env;
  private final Semaphore window = new Semaphore(IN_FLIGHT);
  private final AtomicReference<Throwable> failure = new AtomicReference<>();

  @Setup(Level.Trial)
  public void setUp() {
    env = Loopback.start(SIZE);
  }

  @TearDown(Level.Iteration)
  public void drain() throws InterruptedException {
    Loopback.check(window.tryAcquire(IN_FLIGHT, 60, TimeUnit.SECONDS), "calls in flight completed");
    window.release(IN_FLIGHT);
    Throwable t = failure.get();
    if (t != null) {
      throw new IllegalStateException("an async call failed", t);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    env.close();
  }

  /** {@code client.async().secrets().list()}. */
  @Benchmark
  public void sdk() throws InterruptedException {
    window.acquire();
    env.sdk
        .async()
        .secrets()
        .list()
        .whenComplete(
            (list, error) -> {
              done(list, error);
            });
  }

  /** {@code Call.enqueue} with a callback that checks the status and reads the list. */
  @Benchmark
  public void raw() throws InterruptedException {
    window.acquire();
    env.rawSdkMapper.listSecretsAsync(list -> done(list, null), error -> done(null, error));
  }

  private void done(List<Secret> list, Throwable error) {
    if (error != null) {
      failure.compareAndSet(null, error);
    } else if (list.size() != SIZE) {
      failure.compareAndSet(null, new IllegalStateException("list of " + list.size()));
    }
    window.release();
  }
}
