package dev.onecli4j.benchmarks.paired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The paired run: for each {@link Comparison}, one or more fresh JVMs, each running {@link
 * PairedFork} (every side in one process, rounds of randomly interleaved batches). For each
 * reported pair of sides ({@link Comparison#RATIOS}) the ratio is taken inside each round — of the
 * two sides' median call times, and of their bytes allocated per call — and the summary is the
 * median of the per-round ratios over all rounds, with their range and the median of each JVM.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.onecli4j.benchmarks.paired.PairedRun full|quick
 * out.json [regex]} — {@code full}: every comparison, 3 JVMs of 15 s warm-up + 11 rounds of 1.5 s;
 * {@code quick}: create, lists of 100 and 1,000 and the error, 1 JVM of 4 s + 5 rounds of 0.6 s.
 * The optional regex keeps the comparisons whose JMH benchmark class name it finds.
 */
public final class PairedRun {
  private PairedRun() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    boolean full = args[0].equals("full");
    String outPath = args[1];
    Pattern filter = args.length > 2 ? Pattern.compile(args[2]) : null;
    int processes = full ? 3 : 1;
    // Long enough for every side's own code to be compiled: code that only one side runs (the
    // SDK's call path) is invoked a fraction as often as code several sides share, and with a
    // 5 s warm-up the JIT had not compiled it yet in the first rounds.
    String warmup = full ? "15" : "4";
    int rounds = full ? 11 : 5;
    String roundSeconds = full ? "1.5" : "0.6";
    List<Comparison> comparisons =
        full
            ? Arrays.asList(Comparison.values())
            : Arrays.asList(Comparison.CREATE, Comparison.LIST_100, Comparison.LIST_1000, Comparison.ERROR);
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode result = mapper.createObjectNode();
    result.put("mode", args[0]);
    result.put("warmupSeconds", Double.parseDouble(warmup));
    result.put("rounds", rounds);
    result.put("roundSeconds", Double.parseDouble(roundSeconds));
    result.put("processes", processes);
    ArrayNode all = result.putArray("comparisons");
    for (Comparison comparison : comparisons) {
      if (filter != null && !filter.matcher(comparison.benchmark).find()) {
        continue;
      }
      ObjectNode node = all.addObject();
      node.put("name", comparison.name());
      node.put("label", comparison.label);
      node.put("batchCalls", comparison.batchCalls);
      ArrayNode forks = node.putArray("processes");
      for (int p = 0; p < processes; p++) {
        System.out.printf("=== paired %s, process %d of %d%n", comparison.label, p + 1, processes);
        String[] command = {comparison.name(), warmup, Integer.toString(rounds), roundSeconds, Integer.toString(p + 1)};
        JsonNode line = fork(mapper, command);
        forks.add(line);
      }
      node.set("summary", summary(mapper, forks));
    }
    mapper.writeValue(Paths.get(outPath).toFile(), result);
    System.out.println("paired results written to " + outPath);
  }

  private static JsonNode fork(ObjectMapper mapper, String[] forkArgs) throws IOException, InterruptedException {
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new ArrayList<>(
            Arrays.asList(java, "-Xms1g", "-Xmx1g", "-cp", System.getProperty("java.class.path"), PairedFork.class.getName()));
    command.addAll(Arrays.asList(forkArgs));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String last = null;
    StringBuilder all = new StringBuilder();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = reader.readLine()) != null; ) {
        all.append(line).append('\n');
        if (line.startsWith("{")) {
          last = line;
        }
      }
    }
    int exit = process.waitFor();
    if (exit != 0 || last == null) {
      throw new IllegalStateException("paired fork failed (exit " + exit + "):\n" + all);
    }
    return mapper.readTree(last);
  }

  /**
   * Per reported pair present in the comparison: the per-round ratios of median times and of bytes
   * per call, their median, minimum and maximum over all rounds, and each JVM's median.
   */
  static ObjectNode summary(ObjectMapper mapper, ArrayNode forks) {
    ObjectNode summary = mapper.createObjectNode();
    JsonNode sides = forks.get(0).path("sides");
    for (String[] pair : Comparison.RATIOS) {
      if (!sides.has(pair[0]) || !sides.has(pair[1])) {
        continue;
      }
      List<Double> time = new ArrayList<>();
      List<Double> bytes = new ArrayList<>();
      double[] perJvm = new double[forks.size()];
      for (int f = 0; f < forks.size(); f++) {
        List<Double> jvm = new ArrayList<>();
        for (JsonNode round : forks.get(f).path("rounds")) {
          JsonNode a = round.path(pair[0]);
          JsonNode b = round.path(pair[1]);
          jvm.add(a.path("medianUs").asDouble() / b.path("medianUs").asDouble());
          bytes.add(a.path("bytesPerCall").asDouble() / b.path("bytesPerCall").asDouble());
        }
        time.addAll(jvm);
        perJvm[f] = median(jvm.stream().mapToDouble(Double::doubleValue).toArray());
      }
      double[] t = time.stream().mapToDouble(Double::doubleValue).toArray();
      double[] m = bytes.stream().mapToDouble(Double::doubleValue).toArray();
      ObjectNode s = summary.putObject(pair[0] + " ÷ " + pair[1]);
      s.put("numerator", pair[0]);
      s.put("denominator", pair[1]);
      s.put("rounds", t.length);
      s.put("timeRatio", median(t));
      s.put("timeRatioMin", Arrays.stream(t).min().getAsDouble());
      s.put("timeRatioMax", Arrays.stream(t).max().getAsDouble());
      s.put("timeRatioP25", percentile(t, 0.25));
      s.put("timeRatioP75", percentile(t, 0.75));
      ArrayNode jvms = s.putArray("timeRatioPerJvm");
      for (double v : perJvm) {
        jvms.add(v);
      }
      s.put("allocRatio", median(m));
      s.put("allocRatioMin", Arrays.stream(m).min().getAsDouble());
      s.put("allocRatioMax", Arrays.stream(m).max().getAsDouble());
      System.out.printf(
          Locale.ROOT,
          "    %s: time %.3f (rounds %.3f–%.3f), allocation %.3f (%.3f–%.3f), %d rounds%n",
          pair[0] + " ÷ " + pair[1], median(t), s.path("timeRatioMin").asDouble(), s.path("timeRatioMax").asDouble(),
          median(m), s.path("allocRatioMin").asDouble(), s.path("allocRatioMax").asDouble(), t.length);
    }
    return summary;
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /** Linear interpolation between the closest ranks. */
  static double percentile(double[] values, double p) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double rank = p * (sorted.length - 1);
    int lo = (int) Math.floor(rank);
    int hi = (int) Math.ceil(rank);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
  }
}
