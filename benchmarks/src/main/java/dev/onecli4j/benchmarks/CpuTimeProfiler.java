package dev.onecli4j.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * Process CPU time per operation: every thread of the fork — the caller, OkHttp's, the canned
 * server's, JIT and GC. Unlike wall time it does not count time spent waiting for a core, so it
 * stays meaningful when other work shares the machine. Use with
 * {@code -prof dev.onecli4j.benchmarks.CpuTimeProfiler}.
 */
public final class CpuTimeProfiler implements InternalProfiler {
  private long startNanos;

  @Override
  public String getDescription() {
    return "Process CPU time per operation (all threads of the fork)";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    startNanos = processCpuNanos();
  }

  @Override
  @SuppressWarnings("rawtypes") // JMH's own signature uses the raw Result type
  public Collection<? extends Result> afterIteration(
      BenchmarkParams benchmarkParams, IterationParams iterationParams, IterationResult result) {
    long used = processCpuNanos() - startNanos;
    long ops = result.getMetadata().getAllOps();
    double perOp = ops == 0 || used < 0 ? Double.NaN : used / 1000.0 / ops;
    return List.of(new ScalarResult("cpu.time.norm", perOp, "us/op", AggregationPolicy.AVG));
  }

  private static long processCpuNanos() {
    java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean) {
      return ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime();
    }
    return -1;
  }
}
