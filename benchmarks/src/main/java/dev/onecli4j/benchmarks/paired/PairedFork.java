package dev.onecli4j.benchmarks.paired;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onecli4j.benchmarks.Loopback;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One process of the paired run: all sides of one {@link Comparison} on one server, connection
 * and JVM. After a warm-up, it measures in rounds; in each round the sides take turns in batches
 * of {@link Comparison#batchCalls} calls, in a freshly shuffled order for every sweep, until the
 * round's time is up, so that whatever the machine does meanwhile falls on every side alike and
 * every side makes the same number of calls in a round. Per side and round it records each call's
 * time and the calling thread's allocated bytes and CPU time (a synchronous call runs on the
 * calling thread, so that is the client's own allocation, exact whatever the machine's load).
 * Prints one JSON line: per side, the median and quartiles of all its call times, its calls, CPU
 * time and bytes per call; and per round, each side's median, calls and bytes per call.
 *
 * <p>Usage: {@code PairedFork <COMPARISON> <warm-up seconds> <rounds> <seconds per round> <seed>}
 */
public final class PairedFork {
  private PairedFork() {}

  public static void main(String[] args) throws Exception {
    Comparison comparison = Comparison.valueOf(args[0]);
    long warmupNanos = (long) (Double.parseDouble(args[1]) * 1e9);
    int rounds = Integer.parseInt(args[2]);
    long roundNanos = (long) (Double.parseDouble(args[3]) * 1e9);
    Random random = new Random(Long.parseLong(args[4]));
    try (Loopback env = Loopback.start(comparison.listSize)) {
      Map<String, Runnable> sides = comparison.sides(env);
      List<String> names = new ArrayList<>(sides.keySet());
      int k = names.size();
      Runnable[] ops = new Runnable[k];
      Samples[] total = new Samples[k];
      for (int i = 0; i < k; i++) {
        ops[i] = sides.get(names.get(i));
        total[i] = new Samples();
      }
      run(ops, null, comparison.batchCalls, warmupNanos, random);
      ObjectMapper mapper = new ObjectMapper();
      ObjectNode line = mapper.createObjectNode();
      line.put("comparison", comparison.name());
      ArrayNode roundsOut = line.putArray("rounds");
      for (int r = 0; r < rounds; r++) {
        Samples[] round = new Samples[k];
        for (int i = 0; i < k; i++) {
          round[i] = new Samples();
        }
        run(ops, round, comparison.batchCalls, roundNanos, random);
        ObjectNode out = roundsOut.addObject();
        for (int i = 0; i < k; i++) {
          round[i].write(out.putObject(names.get(i)), false);
          total[i].addAll(round[i]);
        }
      }
      ObjectNode out = line.putObject("sides");
      for (int i = 0; i < k; i++) {
        total[i].write(out.putObject(names.get(i)), true);
      }
      System.out.println(line);
    }
  }

  /** Sweeps over the sides in shuffled order, one batch each, until {@code nanos} have passed. */
  static void run(Runnable[] ops, Samples[] samples, int batch, long nanos, Random random) {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    int[] order = new int[ops.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    long end = System.nanoTime() + nanos;
    do {
      shuffle(order, random);
      for (int side : order) {
        Runnable op = ops[side];
        if (samples == null) {
          for (int c = 0; c < batch; c++) {
            op.run();
          }
          continue;
        }
        Samples s = samples[side];
        s.reserve(batch); // no allocation of our own between the two readings below
        long cpu = threads.getCurrentThreadCpuTime();
        long bytes = threads.getCurrentThreadAllocatedBytes();
        for (int c = 0; c < batch; c++) {
          long start = System.nanoTime();
          op.run();
          s.nanos[s.n++] = System.nanoTime() - start;
        }
        s.allocatedBytes += threads.getCurrentThreadAllocatedBytes() - bytes;
        s.cpuNanos += threads.getCurrentThreadCpuTime() - cpu;
      }
    } while (System.nanoTime() < end);
  }

  private static void shuffle(int[] order, Random random) {
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
  }

  /** The call times, CPU time and allocation of one side (in a round, or over all rounds). */
  static final class Samples {
    long[] nanos = new long[1024];
    int n;
    long cpuNanos;
    long allocatedBytes;

    void reserve(int more) {
      if (n + more > nanos.length) {
        nanos = Arrays.copyOf(nanos, Math.max(nanos.length * 2, n + more));
      }
    }

    void addAll(Samples other) {
      reserve(other.n);
      System.arraycopy(other.nanos, 0, nanos, n, other.n);
      n += other.n;
      cpuNanos += other.cpuNanos;
      allocatedBytes += other.allocatedBytes;
    }

    private static double percentileUs(long[] sorted, int numerator, int denominator) {
      return sorted[(int) ((long) (sorted.length - 1) * numerator / denominator)] / 1000.0;
    }

    /** Calls, median time and bytes per call; with {@code detail}, quartiles and CPU per call too. */
    void write(ObjectNode out, boolean detail) {
      long[] sorted = Arrays.copyOf(nanos, n);
      Arrays.sort(sorted);
      out.put("calls", n);
      out.put("medianUs", percentileUs(sorted, 1, 2));
      out.put("bytesPerCall", (double) allocatedBytes / n);
      if (detail) {
        out.put("p25Us", percentileUs(sorted, 1, 4));
        out.put("p75Us", percentileUs(sorted, 3, 4));
        out.put("cpuUsPerCall", cpuNanos / 1000.0 / n);
      }
    }
  }
}
