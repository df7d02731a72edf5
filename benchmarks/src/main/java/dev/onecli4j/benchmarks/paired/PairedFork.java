package dev.onecli4j.benchmarks.paired;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onecli4j.benchmarks.Loopback;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One process of the paired run: all sides of one {@link Comparison} on one server, connection
 * and JVM, measured in alternating blocks of {@value #BLOCK} calls (the side that starts rotates),
 * so that whatever the machine does meanwhile falls on every side alike. Prints one JSON line:
 * per side, the median and quartiles of the call times, the number of calls, and the calling
 * thread's CPU time per call.
 *
 * <p>Usage: {@code PairedFork <COMPARISON> <warm-up seconds> <measured seconds>}
 */
public final class PairedFork {
  static final int BLOCK = 50;

  private PairedFork() {}

  public static void main(String[] args) throws Exception {
    Comparison comparison = Comparison.valueOf(args[0]);
    long warmupNanos = (long) (Double.parseDouble(args[1]) * 1e9);
    long measureNanos = (long) (Double.parseDouble(args[2]) * 1e9);
    try (Loopback env = Loopback.start(comparison.listSize)) {
      Map<String, Runnable> sides = comparison.sides(env);
      List<String> names = new ArrayList<>(sides.keySet());
      int k = names.size();
      Runnable[] ops = new Runnable[k];
      Samples[] samples = new Samples[k];
      for (int i = 0; i < k; i++) {
        ops[i] = sides.get(names.get(i));
        samples[i] = new Samples();
      }
      run(ops, null, warmupNanos);
      run(ops, samples, measureNanos);
      ObjectNode line = new ObjectMapper().createObjectNode();
      line.put("comparison", comparison.name());
      ObjectNode out = line.putObject("sides");
      for (int i = 0; i < k; i++) {
        samples[i].write(out.putObject(names.get(i)));
      }
      System.out.println(line);
    }
  }

  private static void run(Runnable[] ops, Samples[] samples, long nanos) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long end = System.nanoTime() + nanos;
    for (int block = 0; System.nanoTime() < end; block++) {
      for (int j = 0; j < ops.length; j++) {
        int side = (block + j) % ops.length;
        Runnable op = ops[side];
        long cpu = samples == null ? 0 : threads.getCurrentThreadCpuTime();
        for (int c = 0; c < BLOCK; c++) {
          long start = System.nanoTime();
          op.run();
          long elapsed = System.nanoTime() - start;
          if (samples != null) {
            samples[side].add(elapsed);
          }
        }
        if (samples != null) {
          samples[side].cpuNanos += threads.getCurrentThreadCpuTime() - cpu;
        }
      }
    }
  }

  /** The call times of one side. */
  private static final class Samples {
    private long[] nanos = new long[1 << 16];
    private int n;
    long cpuNanos;

    void add(long value) {
      if (n == nanos.length) {
        nanos = Arrays.copyOf(nanos, n * 2);
      }
      nanos[n++] = value;
    }

    void write(ObjectNode out) {
      long[] sorted = Arrays.copyOf(nanos, n);
      Arrays.sort(sorted);
      out.put("calls", n);
      out.put("medianUs", sorted[n / 2] / 1000.0);
      out.put("p25Us", sorted[n / 4] / 1000.0);
      out.put("p75Us", sorted[n * 3 / 4] / 1000.0);
      out.put("cpuUsPerCall", cpuNanos / 1000.0 / n);
    }
  }
}
