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
 * Turns JMH's JSON results (and the cold-start and paired JSON) into the Markdown tables of
 * BENCHMARKS.md: which targets hold (judged on the paired run's per-round ratios against {@code
 * raw}, hand-written POJOs with string dates, and on cold start), the issue's summary table, then
 * medians and means with JMH's 99.9% error, SDK/baseline ratios, allocation and CPU per call, async
 * throughput, the paired run in detail and cold start.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.onecli4j.benchmarks.Report jmh.json [coldstart.json
 * [paired.json]]}
 */
public final class Report {
  /** Lists of 100 and 1,000: SDK time ≤ this × raw. */
  static final double LIST_TIME_TARGET = 1.10;
  /** Lists of 100 and 1,000: SDK bytes per call ≤ this × raw. */
  static final double LIST_ALLOC_TARGET = 1.25;
  /** Create: SDK time ≤ this × raw. */
  static final double CREATE_TIME_TARGET = 1.0;
  /** The 404: SDK time ≤ this × raw. */
  static final double ERROR_TIME_TARGET = 1.05;
  /** The 404: SDK bytes per call ≤ this × raw. */
  static final double ERROR_ALLOC_TARGET = 1.15;
  /** Cold start: SDK ≤ this × raw. */
  static final double COLD_TARGET = 1.0;
  /** A run counts when its A/A time ratios are within this of 1. */
  static final double AA_BAND = 0.05;

  private final Map<String, JsonNode> results = new LinkedHashMap<>();
  private final PrintStream out;

  Report(JsonNode jmh, PrintStream out) {
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
    JsonNode paired = args.length > 2 && new File(args[2]).isFile() ? mapper.readTree(new File(args[2])) : null;
    JsonNode cold = args.length > 1 && new File(args[1]).isFile() ? mapper.readTree(new File(args[1])) : null;
    if (paired != null || cold != null) {
      report.targets(paired, cold);
    }
    if (paired != null) {
      report.issueTable(paired);
    }
    report.sync();
    report.allocation();
    report.cpu();
    report.async();
    report.inProcess();
    if (paired != null) {
      report.paired(paired);
    }
    if (cold != null) {
      report.coldStart(cold);
    }
  }

  private void sync() {
    out.println("### Time per call (sample mode; µs; median, and mean ± 99.9% error)");
    out.println();
    out.println("| operation | SDK median | SDK mean ± error | baseline | its median | its mean ± error | SDK/baseline (medians) | SDK/baseline (means) |");
    out.println("|---|--:|--:|---|--:|--:|--:|--:|");
    timeRow("create secret (POST, 201)", "CreateSecretBenchmark.sdk", "CreateSecretBenchmark.rawPojo", "raw");
    timeRow("create secret (POST, 201)", "CreateSecretBenchmark.sdk", "CreateSecretBenchmark.raw", "raw, SDK's mapper");
    timeRow("create secret (POST, 201)", "CreateSecretBenchmark.sdk", "CreateSecretBenchmark.stock", "stock");
    for (String n : new String[] {"10", "100", "1000"}) {
      String sdk = "ListSecretsBenchmark.sdk/" + n;
      timeRow("list " + n + " secrets", sdk, "ListSecretsBenchmark.rawPojo/" + n, "raw");
      timeRow("list " + n + " secrets", sdk, "ListSecretsBenchmark.stock/" + n, "stock");
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
        "| %s | %.1f | %.1f ± %.1f | %s | %.1f | %.1f ± %.1f | **%.3f** | %.3f |%n",
        operation, sdkMedian, score(sdk), error(sdk), rawName, rawMedian, score(raw), error(raw),
        medianRatio, meanRatio);
  }

  private void allocation() {
    if (secondary(results.values().iterator().next(), "gc.alloc.rate.norm") == null) {
      return;
    }
    out.println("### Allocation per call (`-prof gc`, gc.alloc.rate.norm, bytes; all threads of the fork)");
    out.println();
    out.println("| operation | SDK B/call | baseline | its B/call | SDK/baseline |");
    out.println("|---|--:|---|--:|--:|");
    allocRow("create secret", "CreateSecretBenchmark.sdk", "CreateSecretBenchmark.rawPojo", "raw");
    allocRow("create secret", "CreateSecretBenchmark.sdk", "CreateSecretBenchmark.raw", "raw, SDK's mapper");
    allocRow("create secret", "CreateSecretBenchmark.sdk", "CreateSecretBenchmark.stock", "stock");
    for (String n : new String[] {"10", "100", "1000"}) {
      String sdk = "ListSecretsBenchmark.sdk/" + n;
      allocRow("list " + n, sdk, "ListSecretsBenchmark.rawPojo/" + n, "raw");
      allocRow("list " + n, sdk, "ListSecretsBenchmark.stock/" + n, "stock");
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
        "| %s | %,.0f ± %,.0f | %s | %,.0f ± %,.0f | **%.3f** |%n",
        operation, sdk.path("score").asDouble(), sdk.path("scoreError").asDouble(), rawName,
        raw.path("score").asDouble(), raw.path("scoreError").asDouble(), ratio);
  }

  private void cpu() {
    if (secondary(results.values().iterator().next(), "cpu.time.norm") == null) {
      return;
    }
    out.println("### CPU per call (process CPU time of the fork / calls, µs; counts the server's thread too)");
    out.println();
    out.println("| operation | SDK | baseline | its CPU | SDK/baseline |");
    out.println("|---|--:|---|--:|--:|");
    cpuRow("create secret", "CreateSecretBenchmark.sdk", "CreateSecretBenchmark.rawPojo", "raw");
    cpuRow("create secret", "CreateSecretBenchmark.sdk", "CreateSecretBenchmark.raw", "raw, SDK's mapper");
    cpuRow("create secret", "CreateSecretBenchmark.sdk", "CreateSecretBenchmark.stock", "stock");
    for (String n : new String[] {"10", "100", "1000"}) {
      String sdk = "ListSecretsBenchmark.sdk/" + n;
      cpuRow("list " + n, sdk, "ListSecretsBenchmark.rawPojo/" + n, "raw");
      cpuRow("list " + n, sdk, "ListSecretsBenchmark.stock/" + n, "stock");
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

  /** The targets of the issue, each with its measured figure and whether it holds. */
  void targets(JsonNode paired, JsonNode cold) {
    out.println("### Targets (against `raw`: hand-written OkHttp + Jackson into POJOs, dates kept as strings)");
    out.println();
    out.println("| target | measured: median of per-round ratios (range over rounds) | holds |");
    out.println("|---|---|:-:|");
    if (paired != null) {
      targetRow(paired, "LIST_100", "time", "list of 100: time", LIST_TIME_TARGET);
      targetRow(paired, "LIST_100", "alloc", "list of 100: allocation", LIST_ALLOC_TARGET);
      targetRow(paired, "LIST_1000", "time", "list of 1,000: time", LIST_TIME_TARGET);
      targetRow(paired, "LIST_1000", "alloc", "list of 1,000: allocation", LIST_ALLOC_TARGET);
      targetRow(paired, "CREATE", "time", "create: time", CREATE_TIME_TARGET);
      uncheckedRow(paired);
      targetRow(paired, "ERROR", "time", "error (404 → exception): time", ERROR_TIME_TARGET);
      targetRow(paired, "ERROR", "alloc", "error (404 → exception): allocation", ERROR_ALLOC_TARGET);
    }
    if (cold != null && cold.path("ratios").has("sdk ÷ raw")) {
      double ratio = cold.path("ratios").path("sdk ÷ raw").asDouble();
      out.printf(
          Locale.ROOT,
          "| cold start ≤ %.2f× raw | %.3f (medians of %d launches; classes loaded %d vs %d) | %s |%n",
          COLD_TARGET, ratio, cold.path("runs").asInt(),
          cold.path("sides").path("sdk").path("classesLoaded").asLong(),
          cold.path("sides").path("raw").path("classesLoaded").asLong(), ratio <= COLD_TARGET ? "yes" : "**no**");
    }
    if (paired != null) {
      StringBuilder aa = new StringBuilder();
      boolean within = true;
      for (JsonNode c : paired.path("comparisons")) {
        JsonNode s = c.path("summary").path("raw A/A ÷ raw");
        if (!s.isMissingNode()) {
          double r = s.path("timeRatio").asDouble();
          within &= Math.abs(r - 1) <= AA_BAND;
          aa.append(aa.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s %.3f", c.path("name").asText(), r));
        }
      }
      out.printf(
          Locale.ROOT, "| run is valid: paired A/A time ratios within ±%.0f%% | %s | %s |%n",
          AA_BAND * 100, aa, within ? "yes" : "**no**");
    }
    if (cold != null && cold.path("ratios").has("rawAA ÷ raw")) {
      // Judged on its own: the cold-start target rests on it alone, the time targets on the paired run.
      double r = cold.path("ratios").path("rawAA ÷ raw").asDouble();
      out.printf(
          Locale.ROOT, "| cold start is valid: its A/A within ±%.0f%% | %.3f | %s |%n",
          AA_BAND * 100, r, Math.abs(r - 1) <= AA_BAND ? "yes" : "**no**");
    }
    out.println();
  }

  private void targetRow(JsonNode paired, String comparison, String metric, String what, double target) {
    JsonNode s = summaryOf(paired, comparison, "sdk ÷ raw");
    if (s == null) {
      return;
    }
    double ratio = s.path(metric + "Ratio").asDouble();
    out.printf(
        Locale.ROOT,
        "| %s ≤ %.2f× raw | %.3f (%.3f–%.3f, %d rounds) | %s |%n",
        what, target, ratio, s.path(metric + "RatioMin").asDouble(), s.path(metric + "RatioMax").asDouble(),
        s.path("rounds").asInt(), ratio <= target ? "yes" : "**no**");
  }

  /**
   * Not a target: create by the SDK with local validation off, against {@code raw}, which shows
   * what the request checks cost (raw checks nothing).
   */
  private void uncheckedRow(JsonNode paired) {
    JsonNode s = summaryOf(paired, "CREATE", "sdk, validation off ÷ raw");
    if (s == null) {
      return;
    }
    out.printf(
        Locale.ROOT,
        "| (context, not a target) create with validation off ÷ raw | %.3f (%.3f–%.3f, %d rounds) | – |%n",
        s.path("timeRatio").asDouble(), s.path("timeRatioMin").asDouble(), s.path("timeRatioMax").asDouble(),
        s.path("rounds").asInt());
  }

  private static JsonNode summaryOf(JsonNode paired, String comparison, String ratio) {
    for (JsonNode c : paired.path("comparisons")) {
      if (c.path("name").asText().equals(comparison) && c.path("summary").has(ratio)) {
        return c.path("summary").path(ratio);
      }
    }
    return null;
  }

  /** The issue's table: per scenario, the paired run's per-round median ratios. */
  private void issueTable(JsonNode paired) {
    out.println("### Summary: per-round median ratios of the paired run");
    out.println();
    out.println("| scenario | SDK ÷ raw time | SDK ÷ raw alloc | SDK ÷ raw-jsr310 time | stock ÷ SDK time | stock ÷ SDK alloc | A/A time | A/A alloc |");
    out.println("|---|--:|--:|--:|--:|--:|--:|--:|");
    for (JsonNode c : paired.path("comparisons")) {
      JsonNode sum = c.path("summary");
      out.printf(
          Locale.ROOT,
          "| %s | %s | %s | %s | %s | %s | %s | %s |%n",
          c.path("label").asText(), ratio(sum, "sdk ÷ raw", "time"), ratio(sum, "sdk ÷ raw", "alloc"),
          ratio(sum, "sdk ÷ raw-jsr310", "time"), ratio(sum, "stock ÷ sdk", "time"), ratio(sum, "stock ÷ sdk", "alloc"),
          ratio(sum, "raw A/A ÷ raw", "time"), ratio(sum, "raw A/A ÷ raw", "alloc"));
    }
    out.println();
  }

  private static String ratio(JsonNode summary, String pair, String metric) {
    JsonNode s = summary.path(pair);
    return s.isMissingNode() ? "–" : String.format(Locale.ROOT, "%.3f", s.path(metric + "Ratio").asDouble());
  }

  private void paired(JsonNode paired) {
    JsonNode comparisons = paired.path("comparisons");
    if (comparisons.size() == 0) {
      return;
    }
    out.printf(
        Locale.ROOT,
        "### Paired: every side in one JVM, %d rounds of %.1f s of randomly interleaved batches per JVM, %d JVM%s per comparison%n%n",
        paired.path("rounds").asInt(), paired.path("roundSeconds").asDouble(), paired.path("processes").asInt(),
        paired.path("processes").asInt() == 1 ? "" : "s");
    out.println("Each side's median call time (µs) and bytes allocated per call by the calling thread, median over JVMs:");
    out.println();
    out.println("| operation | side | median µs | B/call | caller CPU µs/call |");
    out.println("|---|---|--:|--:|--:|");
    for (JsonNode c : comparisons) {
      c.path("processes").get(0).path("sides").fieldNames().forEachRemaining(side -> out.printf(
          Locale.ROOT,
          "| %s | %s | %.1f | %,.0f | %.1f |%n",
          c.path("label").asText(), side, medianOver(c, side, "medianUs"), medianOver(c, side, "bytesPerCall"),
          medianOver(c, side, "cpuUsPerCall")));
    }
    out.println();
    out.println("Ratios, taken inside each round, then the median over all rounds (range; per-JVM medians):");
    out.println();
    out.println("| operation | ratio | time | range | per JVM | allocation | range |");
    out.println("|---|---|--:|--:|---|--:|--:|");
    for (JsonNode c : comparisons) {
      JsonNode summary = c.path("summary");
      summary.fieldNames().forEachRemaining(pair -> {
        JsonNode s = summary.path(pair);
        StringBuilder jvms = new StringBuilder();
        for (JsonNode v : s.path("timeRatioPerJvm")) {
          jvms.append(jvms.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3f", v.asDouble()));
        }
        out.printf(
            Locale.ROOT,
            "| %s | %s | **%.3f** | %.3f–%.3f | %s | **%.3f** | %.3f–%.3f |%n",
            c.path("label").asText(), pair, s.path("timeRatio").asDouble(), s.path("timeRatioMin").asDouble(),
            s.path("timeRatioMax").asDouble(), jvms, s.path("allocRatio").asDouble(),
            s.path("allocRatioMin").asDouble(), s.path("allocRatioMax").asDouble());
      });
    }
    out.println();
  }

  /** The median over a comparison's JVMs of one side's figure. */
  private static double medianOver(JsonNode comparison, String side, String field) {
    List<Double> values = new ArrayList<>();
    for (JsonNode process : comparison.path("processes")) {
      values.add(process.path("sides").path(side).path(field).asDouble());
    }
    values.sort(null);
    int n = values.size();
    return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
  }

  private void coldStart(JsonNode cold) {
    out.printf(
        Locale.ROOT,
        "### Cold start: JVM start to first successful call, whole process (%d runs each, ms)%n%n",
        cold.path("runs").asInt());
    out.println("| side | median | min | max | ÷ raw (medians) | classes loaded |");
    out.println("|---|--:|--:|--:|--:|--:|");
    cold.path("sides").fieldNames().forEachRemaining(side -> {
      JsonNode s = cold.path("sides").path(side);
      JsonNode ratio = cold.path("ratios").path(side + " ÷ raw");
      out.printf(
          Locale.ROOT,
          "| %s | %.0f | %.0f | %.0f | %s | %d |%n",
          cold.path("labels").path(side).asText(side), s.path("medianMs").asDouble(), s.path("minMs").asDouble(),
          s.path("maxMs").asDouble(), ratio.isMissingNode() ? "–" : String.format(Locale.ROOT, "%.3f", ratio.asDouble()),
          s.path("classesLoaded").asLong());
    });
    out.println();
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
