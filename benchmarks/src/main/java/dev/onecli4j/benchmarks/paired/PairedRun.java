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
 * The paired run: for each {@link Comparison}, several fresh JVMs, each running {@link PairedFork}
 * (every side in one process, alternating blocks). The SDK/raw ratio of medians is computed per
 * process; the summary is the median of those ratios and their range.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.onecli4j.benchmarks.paired.PairedRun full|quick
 * out.json [regex]} — {@code full}: every comparison, 5 processes of 5 s warm-up + 10 s measured;
 * {@code quick}: create, list of 100 and the error, 1 process of 2 s + 4 s. The optional regex
 * keeps the comparisons whose JMH benchmark class name it finds.
 */
public final class PairedRun {
  private PairedRun() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    boolean full = args[0].equals("full");
    String outPath = args[1];
    Pattern filter = args.length > 2 ? Pattern.compile(args[2]) : null;
    int processes = full ? 5 : 1;
    String warmup = full ? "5" : "2";
    String measure = full ? "10" : "4";
    List<Comparison> comparisons =
        full
            ? Arrays.asList(Comparison.values())
            : Arrays.asList(Comparison.CREATE, Comparison.LIST_100, Comparison.ERROR);
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode result = mapper.createObjectNode();
    result.put("mode", args[0]);
    result.put("blockCalls", PairedFork.BLOCK);
    result.put("warmupSeconds", Double.parseDouble(warmup));
    result.put("measuredSeconds", Double.parseDouble(measure));
    ArrayNode all = result.putArray("comparisons");
    for (Comparison comparison : comparisons) {
      if (filter != null && !filter.matcher(comparison.benchmark).find()) {
        continue;
      }
      ObjectNode node = all.addObject();
      node.put("name", comparison.name());
      node.put("label", comparison.label);
      ArrayNode forks = node.putArray("processes");
      for (int p = 0; p < processes; p++) {
        System.out.printf("=== paired %s, process %d of %d%n", comparison.label, p + 1, processes);
        JsonNode line = fork(mapper, comparison, warmup, measure);
        System.out.println(line);
        forks.add(line.path("sides"));
      }
      node.set("summary", summary(mapper, forks));
    }
    mapper.writeValue(Paths.get(outPath).toFile(), result);
    System.out.println("paired results written to " + outPath);
  }

  private static JsonNode fork(ObjectMapper mapper, Comparison comparison, String warmup, String measure)
      throws IOException, InterruptedException {
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new ArrayList<>(
            Arrays.asList(
                java, "-Xms1g", "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                PairedFork.class.getName(), comparison.name(), warmup, measure));
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

  /** Per baseline: the SDK/raw ratio of medians in each process, their median, minimum and maximum. */
  private static ObjectNode summary(ObjectMapper mapper, ArrayNode forks) {
    ObjectNode summary = mapper.createObjectNode();
    List<String> baselines = new ArrayList<>();
    forks.get(0).fieldNames().forEachRemaining(baselines::add);
    baselines.remove("sdk");
    for (String baseline : baselines) {
      double[] ratios = new double[forks.size()];
      double[] cpuRatios = new double[forks.size()];
      for (int i = 0; i < forks.size(); i++) {
        JsonNode sdk = forks.get(i).path("sdk");
        JsonNode raw = forks.get(i).path(baseline);
        ratios[i] = sdk.path("medianUs").asDouble() / raw.path("medianUs").asDouble();
        cpuRatios[i] = sdk.path("cpuUsPerCall").asDouble() / raw.path("cpuUsPerCall").asDouble();
      }
      ObjectNode s = summary.putObject(baseline);
      s.put("ratioMedian", median(ratios));
      s.put("ratioMin", Arrays.stream(ratios).min().getAsDouble());
      s.put("ratioMax", Arrays.stream(ratios).max().getAsDouble());
      s.put("cpuRatioMedian", median(cpuRatios));
      System.out.printf(
          Locale.ROOT, "    SDK/%s: %.3f (%.3f–%.3f over %d processes)%n",
          baseline, s.path("ratioMedian").asDouble(), s.path("ratioMin").asDouble(),
          s.path("ratioMax").asDouble(), ratios.length);
    }
    return summary;
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
