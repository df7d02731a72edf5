package dev.onecli4j.benchmarks;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every SDK-vs-raw comparison as a group of benchmarks measured back to back, one fork each,
 * in rounds; odd rounds run each group in reverse order. A machine shared with other work drifts
 * in speed over minutes: measuring the two sides of a comparison next to each other, more than
 * once, and in both orders keeps that drift out of the ratios better than all forks of one
 * benchmark followed by all forks of the next (JMH's own order). {@link Report} pools the rounds.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.onecli4j.benchmarks.Suite full|quick out.json [regex]}
 * — {@code full}: 2 rounds, each fork 3 warm-up and 5 measured iterations of 2 s, lists of 10, 100
 * and 1,000, then the in-process group (create, list of 10 and error without a server); {@code
 * quick}: 1 round, 2 + 3 iterations of 1 s, the SDK against the hand-written POJOs for create,
 * list of 100 (and the stock client) and the error, and the in-process error ({@link #QUICK}); the
 * paired run measures every side in quick mode too. An optional regex keeps only the benchmarks
 * whose name it finds.
 */
public final class Suite {
  /** The benchmarks quick mode runs. */
  static final Set<String> QUICK =
      new HashSet<>(
          Arrays.asList(
              "CreateSecretBenchmark.sdk",
              "CreateSecretBenchmark.rawPojo",
              "ListSecretsBenchmark.sdk",
              "ListSecretsBenchmark.rawPojo",
              "ListSecretsBenchmark.stock",
              "ErrorBenchmark.sdk",
              "ErrorBenchmark.raw",
              "InProcessBenchmark.sdk",
              "InProcessBenchmark.raw"));

  private Suite() {}

  public static void main(String[] args) throws RunnerException, IOException {
    boolean full = args[0].equals("full");
    String out = args[1];
    Pattern filter = args.length > 2 ? Pattern.compile(args[2]) : null;
    int rounds = full ? 2 : 1;
    String[] sizes = full ? new String[] {"10", "100", "1000"} : new String[] {"100"};

    List<List<String[]>> groups = new ArrayList<>();
    groups.add(
        group(
            null,
            null,
            "CreateSecretBenchmark.sdk",
            "CreateSecretBenchmark.rawPojo",
            "CreateSecretBenchmark.raw",
            "CreateSecretBenchmark.stock"));
    for (String n : sizes) {
      groups.add(
          group(
              "n",
              n,
              "ListSecretsBenchmark.sdk",
              "ListSecretsBenchmark.rawPojo",
              "ListSecretsBenchmark.stock",
              "ListSecretsBenchmark.rawJavaTime",
              "ListSecretsBenchmark.rawStringDates",
              "ListSecretsBenchmark.rawSdkMapper"));
    }
    groups.add(group("ErrorBenchmark.sdk", "ErrorBenchmark.raw"));
    groups.add(group("AsyncListBenchmark.sdk", "AsyncListBenchmark.raw"));
    for (String op : full ? new String[] {"create", "list10", "error"} : new String[] {"error"}) {
      groups.add(group("op", op, "InProcessBenchmark.sdk", "InProcessBenchmark.raw"));
    }

    List<RunResult> results = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      for (List<String[]> group : groups) {
        List<String[]> order = new ArrayList<>(group);
        if (round % 2 == 1) {
          Collections.reverse(order);
        }
        for (String[] benchmark : order) {
          String name = "dev.onecli4j.benchmarks." + benchmark[0];
          if ((filter != null && !filter.matcher(name).find()) || (!full && !QUICK.contains(benchmark[0]))) {
            continue;
          }
          ChainedOptionsBuilder options =
              new OptionsBuilder()
                  .include("^" + Pattern.quote(name) + "$")
                  .forks(1)
                  .warmupIterations(full ? 3 : 2)
                  .warmupTime(TimeValue.seconds(full ? 2 : 1))
                  .measurementIterations(full ? 5 : 3)
                  .measurementTime(TimeValue.seconds(full ? 2 : 1))
                  .addProfiler(GCProfiler.class)
                  .addProfiler(CpuTimeProfiler.class);
          if (benchmark[1] != null) {
            options.param(benchmark[1], benchmark[2]);
          }
          System.out.printf(
              "%n=== round %d of %d: %s%s%n",
              round + 1, rounds, benchmark[0], benchmark[1] == null ? "" : " " + benchmark[1] + "=" + benchmark[2]);
          results.addAll(new Runner(options.build()).run());
        }
      }
    }
    try (PrintStream json = new PrintStream(new FileOutputStream(out), true, StandardCharsets.UTF_8)) {
      ResultFormatFactory.getInstance(ResultFormatType.JSON, json).writeOut(results);
    }
    System.out.println("results of " + results.size() + " runs written to " + out);
  }

  private static List<String[]> group(String benchmark, String otherBenchmark) {
    return group(null, null, benchmark, otherBenchmark);
  }

  /** The benchmarks, each with the JMH parameter {@code param} set to {@code value} (none when null). */
  private static List<String[]> group(String param, String value, String... benchmarks) {
    List<String[]> group = new ArrayList<>();
    for (String b : benchmarks) {
      group.add(new String[] {b, param, value});
    }
    return group;
  }
}
