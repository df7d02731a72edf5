package dev.onecli4j.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.util.ListStatistics;
import org.openjdk.jmh.util.MultisetStatistics;

/**
 * Turns JMH's JSON results (and the cold-start JSON) into the Markdown tables of BENCHMARKS.md:
 * medians and means with JMH's 99.9% error, SDK/raw ratios, allocation and CPU per call, async
 * throughput, the paired run, cold start, and which targets hold.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.onecli4j.benchmarks.Report jmh.json [coldstart.json
 * [paired.json]]}
 */
public final class Report {
  private static final double TIME_TARGET = 1.05;
  private static final double ALLOC_TARGET = 1.3;
  private static final double COLD_TARGET = 1.2;

  private final Map<String, JsonNode> results = new LinkedHashMap<>();
  private final PrintStream out;

  private Report(JsonNode jmh, PrintStream out) {
    this.out = out;
    Map<String, List<JsonNode>> runs = new LinkedHashMap<>();
    for (JsonNode b : jmh) {
      String name = b.path("benchmark").asText().replace("dev.onecli4j.benchmarks.", "");
      JsonNode param = b.path("params").has("op") ? b.path("params").path("op") : b.path("params").path("n");
      runs.computeIfAbsent(param.isMissingNode() ? name : name + "/" + param.asText(), k -> new ArrayList<>()).add(b);
    }
    for (Map.Entry<String, List<JsonNode>> e : runs.entrySet()) {
      results.put(e.getKey(), pool(e.getValue()));
    }
  }

  /**
   * One result from the runs of the same benchmark (the rounds of {@link Suite}): sample-mode
   * histograms are pooled (mean, 99.9% error and median of all samples, as JMH computes them for
   * one run); iteration scores of other modes and of profiler metrics are pooled likewise.
   */
  private static JsonNode pool(List<JsonNode> runs) {
    if (runs.size() == 1) {
      return runs.get(0);
    }
    ObjectNode merged = runs.get(0).deepCopy();
    ObjectNode primary = (ObjectNode) merged.path("primaryMetric");
    if (primary.has("rawDataHistogram")) {
      MultisetStatistics stats = new MultisetStatistics();
      for (JsonNode run : runs) {
        for (JsonNode fork : run.path("primaryMetric").path("rawDataHistogram")) {
          for (JsonNode iteration : fork) {
            for (JsonNode pair : iteration) {
              stats.addValue(pair.get(0).asDouble(), pair.get(1).asInt());
            }
          }
        }
      }
      primary.put("score", stats.getMean());
      primary.put("scoreError", stats.getMeanErrorAt(0.999));
      ObjectNode percentiles = primary.putObject("scorePercentiles");
      percentiles.put("50.0", stats.getPercentile(50));
      percentiles.put("90.0", stats.getPercentile(90));
    } else {
      poolIterations(primary, runs, "primaryMetric", null);
    }
    merged.path("secondaryMetrics").fieldNames().forEachRemaining(
        name -> poolIterations((ObjectNode) merged.path("secondaryMetrics").path(name), runs, "secondaryMetrics", name));
    merged.put("runs", runs.size());
    return merged;
  }

  private static void poolIterations(ObjectNode target, List<JsonNode> runs, String metrics, String name) {
    ListStatistics stats = new ListStatistics();
    for (JsonNode run : runs) {
      JsonNode metric = name == null ? run.path(metrics) : run.path(metrics).path(name);
      for (JsonNode fork : metric.path("rawData")) {
        for (JsonNode value : fork) {
          stats.addValue(value.asDouble());
        }
      }
    }
    if (stats.getN() > 0) {
      target.put("score", stats.getMean());
      target.put("scoreError", stats.getN() > 2 ? stats.getMeanErrorAt(0.999) : Double.NaN);
    }
  }

  public static void main(String[] args) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Report report = new Report(mapper.readTree(new File(args[0])), out);
    report.sync();
    report.allocation();
    report.cpu();
    report.async();
    report.inProcess();
    if (args.length > 2 && new File(args[2]).isFile()) {
      report.paired(mapper.readTree(new File(args[2])));
    }
    if (args.length > 1 && new File(args[1]).isFile()) {
      report.coldStart(mapper.readTree(new File(args[1])));
    }
  }

  private void sync() {
    out.println("### Time per call (sample mode; µs; median, and mean ± 99.9% error)");
    out.println();
    out.println("| operation | SDK median | SDK mean ± error | raw | raw median | raw mean ± error | SDK/raw (medians) | SDK/raw (means) | ≤ " + TIME_TARGET + " |");
    out.println("|---|--:|--:|---|--:|--:|--:|--:|:-:|");
    timeRow("create secret (POST, 201)", "CreateSecretBenchmark.sdk", "CreateSecretBenchmark.raw", "raw, SDK's mapper");
    for (String n : new String[] {"10", "100", "1000"}) {
      String sdk = "ListSecretsBenchmark.sdk/" + n;
      timeRow("list " + n + " secrets", sdk, "ListSecretsBenchmark.rawJavaTime/" + n, "raw, java.time");
      timeRow("list " + n + " secrets", sdk, "ListSecretsBenchmark.rawStringDates/" + n, "raw, string dates");
      timeRow("list " + n + " secrets", sdk, "ListSecretsBenchmark.rawSdkMapper/" + n, "raw, SDK's mapper");
    }
    timeRow("error: 404 → exception", "ErrorBenchmark.sdk", "ErrorBenchmark.raw", "raw");
    out.println();
  }

  private void timeRow(String operation, String sdkKey, String rawKey, String rawName) {
    JsonNode sdk = results.get(sdkKey);
    JsonNode raw = results.get(rawKey);
    if (sdk == null || raw == null) {
      return;
    }
    double sdkMedian = percentile(sdk, "50.0");
    double rawMedian = percentile(raw, "50.0");
    double medianRatio = sdkMedian / rawMedian;
    double meanRatio = score(sdk) / score(raw);
    out.printf(
        Locale.ROOT,
        "| %s | %.1f | %.1f ± %.1f | %s | %.1f | %.1f ± %.1f | **%.3f** | %.3f | %s |%n",
        operation, sdkMedian, score(sdk), error(sdk), rawName, rawMedian, score(raw), error(raw),
        medianRatio, meanRatio, medianRatio <= TIME_TARGET ? "yes" : "no");
  }

  private void allocation() {
    if (secondary(results.values().iterator().next(), "gc.alloc.rate.norm") == null) {
      return;
    }
    out.println("### Allocation per call (`-prof gc`, gc.alloc.rate.norm, bytes; all threads of the fork)");
    out.println();
    out.println("| operation | SDK B/call | raw | raw B/call | SDK/raw | ≤ " + ALLOC_TARGET + " |");
    out.println("|---|--:|---|--:|--:|:-:|");
    allocRow("create secret", "CreateSecretBenchmark.sdk", "CreateSecretBenchmark.raw", "raw, SDK's mapper");
    for (String n : new String[] {"10", "100", "1000"}) {
      String sdk = "ListSecretsBenchmark.sdk/" + n;
      allocRow("list " + n, sdk, "ListSecretsBenchmark.rawJavaTime/" + n, "raw, java.time");
      allocRow("list " + n, sdk, "ListSecretsBenchmark.rawStringDates/" + n, "raw, string dates");
      allocRow("list " + n, sdk, "ListSecretsBenchmark.rawSdkMapper/" + n, "raw, SDK's mapper");
    }
    allocRow("error: 404 → exception", "ErrorBenchmark.sdk", "ErrorBenchmark.raw", "raw");
    allocRow("async list 10, 64 in flight", "AsyncListBenchmark.sdk", "AsyncListBenchmark.raw", "raw enqueue, SDK's mapper");
    out.println();
  }

  private void allocRow(String operation, String sdkKey, String rawKey, String rawName) {
    JsonNode sdk = secondary(results.get(sdkKey), "gc.alloc.rate.norm");
    JsonNode raw = secondary(results.get(rawKey), "gc.alloc.rate.norm");
    if (sdk == null || raw == null) {
      return;
    }
    double ratio = sdk.path("score").asDouble() / raw.path("score").asDouble();
    out.printf(
        Locale.ROOT,
        "| %s | %,.0f ± %,.0f | %s | %,.0f ± %,.0f | **%.3f** | %s |%n",
        operation, sdk.path("score").asDouble(), sdk.path("scoreError").asDouble(), rawName,
        raw.path("score").asDouble(), raw.path("scoreError").asDouble(), ratio,
        ratio <= ALLOC_TARGET ? "yes" : "no");
  }

  private void cpu() {
    if (secondary(results.values().iterator().next(), "cpu.time.norm") == null) {
      return;
    }
    out.println("### CPU per call (process CPU time of the fork / calls, µs; counts the server's thread too)");
    out.println();
    out.println("| operation | SDK | raw | raw | SDK/raw |");
    out.println("|---|--:|---|--:|--:|");
    cpuRow("create secret", "CreateSecretBenchmark.sdk", "CreateSecretBenchmark.raw", "raw, SDK's mapper");
    for (String n : new String[] {"10", "100", "1000"}) {
      String sdk = "ListSecretsBenchmark.sdk/" + n;
      cpuRow("list " + n, sdk, "ListSecretsBenchmark.rawJavaTime/" + n, "raw, java.time");
      cpuRow("list " + n, sdk, "ListSecretsBenchmark.rawStringDates/" + n, "raw, string dates");
      cpuRow("list " + n, sdk, "ListSecretsBenchmark.rawSdkMapper/" + n, "raw, SDK's mapper");
    }
    cpuRow("error: 404 → exception", "ErrorBenchmark.sdk", "ErrorBenchmark.raw", "raw");
    cpuRow("async list 10, 64 in flight", "AsyncListBenchmark.sdk", "AsyncListBenchmark.raw", "raw enqueue, SDK's mapper");
    out.println();
  }

  private void cpuRow(String operation, String sdkKey, String rawKey, String rawName) {
    JsonNode sdk = secondary(results.get(sdkKey), "cpu.time.norm");
    JsonNode raw = secondary(results.get(rawKey), "cpu.time.norm");
    if (sdk == null || raw == null) {
      return;
    }
    out.printf(
        Locale.ROOT,
        "| %s | %.1f ± %.1f | %s | %.1f ± %.1f | %.3f |%n",
        operation, sdk.path("score").asDouble(), sdk.path("scoreError").asDouble(), rawName,
        raw.path("score").asDouble(), raw.path("scoreError").asDouble(),
        sdk.path("score").asDouble() / raw.path("score").asDouble());
  }

  private void async() {
    JsonNode sdk = results.get("AsyncListBenchmark.sdk");
    JsonNode raw = results.get("AsyncListBenchmark.raw");
    if (sdk == null || raw == null) {
      return;
    }
    out.println("### Async throughput: list of 10, 64 calls in flight (calls/s, mean ± 99.9% error)");
    out.println();
    out.println("| SDK `client.async().secrets().list()` | raw `Call.enqueue` | SDK/raw |");
    out.println("|--:|--:|--:|");
    out.printf(
        Locale.ROOT,
        "| %,.0f ± %,.0f | %,.0f ± %,.0f | %.3f |%n%n",
        score(sdk), error(sdk), score(raw), error(raw), score(sdk) / score(raw));
  }

  private void inProcess() {
    if (results.get("InProcessBenchmark.sdk/error") == null && results.get("InProcessBenchmark.sdk/create") == null) {
      return;
    }
    out.println("### In-process: the client code alone, answered by an interceptor (ns per call, mean ± 99.9% error)");
    out.println();
    out.println("| operation | SDK ns | raw ns | SDK − raw ns | SDK/raw | SDK B/call | raw B/call | SDK/raw (bytes) |");
    out.println("|---|--:|--:|--:|--:|--:|--:|--:|");
    String[][] ops = {{"create", "create secret (201)"}, {"list10", "list 10 secrets"}, {"error", "error: 404 → exception"}};
    for (String[] op : ops) {
      JsonNode sdk = results.get("InProcessBenchmark.sdk/" + op[0]);
      JsonNode raw = results.get("InProcessBenchmark.raw/" + op[0]);
      if (sdk == null || raw == null) {
        continue;
      }
      JsonNode sdkAlloc = secondary(sdk, "gc.alloc.rate.norm");
      JsonNode rawAlloc = secondary(raw, "gc.alloc.rate.norm");
      double sdkBytes = sdkAlloc == null ? Double.NaN : sdkAlloc.path("score").asDouble();
      double rawBytes = rawAlloc == null ? Double.NaN : rawAlloc.path("score").asDouble();
      out.printf(
          Locale.ROOT,
          "| %s | %,.0f ± %,.0f | %,.0f ± %,.0f | %+,.0f | **%.3f** | %,.0f | %,.0f | %.3f |%n",
          op[1], score(sdk), error(sdk), score(raw), error(raw), score(sdk) - score(raw), score(sdk) / score(raw),
          sdkBytes, rawBytes, sdkBytes / rawBytes);
    }
    out.println();
  }

  private void paired(JsonNode paired) {
    JsonNode comparisons = paired.path("comparisons");
    if (comparisons.size() == 0) {
      return;
    }
    int processes = comparisons.get(0).path("processes").size();
    out.printf(
        Locale.ROOT,
        "### Paired: every side in one JVM, alternating blocks of %d calls (µs; %d JVM%s per comparison, %.0f s measured each)%n%n",
        paired.path("blockCalls").asInt(), processes, processes == 1 ? "" : "s",
        paired.path("measuredSeconds").asDouble());
    out.println("| operation | raw | SDK median | raw median | SDK/raw (median over JVMs) | range | caller CPU SDK/raw | ≤ " + TIME_TARGET + " |");
    out.println("|---|---|--:|--:|--:|--:|--:|:-:|");
    for (JsonNode c : comparisons) {
      JsonNode summary = c.path("summary");
      summary.fieldNames().forEachRemaining(baseline -> {
        JsonNode s = summary.path(baseline);
        double ratio = s.path("ratioMedian").asDouble();
        out.printf(
            Locale.ROOT,
            "| %s | %s | %.1f | %.1f | **%.3f** | %.3f–%.3f | %.3f | %s |%n",
            c.path("label").asText(), baseline, medianOver(c, "sdk"), medianOver(c, baseline), ratio,
            s.path("ratioMin").asDouble(), s.path("ratioMax").asDouble(), s.path("cpuRatioMedian").asDouble(),
            ratio <= TIME_TARGET ? "yes" : "no");
      });
    }
    out.println();
  }

  /** The median over a comparison's JVMs of one side's median call time. */
  private static double medianOver(JsonNode comparison, String side) {
    List<Double> medians = new ArrayList<>();
    for (JsonNode process : comparison.path("processes")) {
      medians.add(process.path(side).path("medianUs").asDouble());
    }
    medians.sort(null);
    int n = medians.size();
    return n % 2 == 1 ? medians.get(n / 2) : (medians.get(n / 2 - 1) + medians.get(n / 2)) / 2;
  }

  private void coldStart(JsonNode cold) {
    out.printf(
        Locale.ROOT,
        "### Cold start: JVM start to first successful call, whole process (%d runs each, ms)%n%n",
        cold.path("runs").asInt());
    out.println("| side | median | min | max |");
    out.println("|---|--:|--:|--:|");
    for (String side : new String[] {"sdk", "raw", "rawSdkMapper"}) {
      JsonNode s = cold.path(side);
      if (!s.isMissingNode()) {
        out.printf(
            Locale.ROOT,
            "| %s | %.0f | %.0f | %.0f |%n",
            cold.path("labels").path(side).asText(side), s.path("medianMs").asDouble(), s.path("minMs").asDouble(),
            s.path("maxMs").asDouble());
      }
    }
    double ratio = cold.path("ratio").asDouble();
    out.printf(
        Locale.ROOT,
        "%nSDK/raw (medians): **%.3f** — target ≤ %.1f: %s%n",
        ratio, COLD_TARGET, ratio <= COLD_TARGET ? "holds" : "missed");
    if (cold.has("ratioSdkMapper")) {
      out.printf(Locale.ROOT, "SDK/raw with the SDK's mapper (medians): %.3f%n", cold.path("ratioSdkMapper").asDouble());
    }
  }

  private static double score(JsonNode b) {
    return b.path("primaryMetric").path("score").asDouble();
  }

  private static double error(JsonNode b) {
    double e = b.path("primaryMetric").path("scoreError").asDouble();
    return Double.isNaN(e) ? 0 : e;
  }

  private static double percentile(JsonNode b, String p) {
    JsonNode v = b.path("primaryMetric").path("scorePercentiles").path(p);
    return v.isMissingNode() ? score(b) : v.asDouble();
  }

  private static JsonNode secondary(JsonNode b, String name) {
    if (b == null) {
      return null;
    }
    JsonNode m = b.path("secondaryMetrics").path(name);
    return m.isMissingNode() ? null : m;
  }
}
