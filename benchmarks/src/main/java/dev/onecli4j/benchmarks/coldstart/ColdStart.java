package dev.onecli4j.benchmarks.coldstart;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onecli4j.benchmarks.CannedServer;
import dev.onecli4j.benchmarks.Fixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Cold start: wall time from launching {@code java -cp benchmarks.jar <main>} to that process's
 * exit after its first successful call ({@code GET /secrets}, 10 items) against a canned server
 * running here. Runs every side's main in rotating order, N times each after one discarded
 * warm-up launch of each (so all find the jar in the page cache), and reports the medians; then
 * launches each side once more with {@code -Xlog:class+load} and counts the classes it loaded,
 * a figure that does not depend on the machine's load.
 *
 * <p>The sides: {@code sdk}; {@code raw}, hand-written POJOs with string dates and a mapper without
 * java.time support (the baseline of the target); {@code rawAA}, the same launched as another side
 * (the A/A pair); {@code rawJsr310}, the POJOs with jsr310 dates; {@code rawModels} and {@code
 * rawSdkMapper}, the SDK's generated models with Jackson's standard java.time support or the SDK's
 * own mapper; {@code stock}, openapi-generator's default okhttp-gson client.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.onecli4j.benchmarks.coldstart.ColdStart
 * [--runs N] [--out file.json] [--sides a,b,...] [-- extra JVM options for the children]}
 */
public final class ColdStart {
  /** Each side's label, main class and extra arguments. */
  private static final Map<String, String[]> SIDES = new LinkedHashMap<>();

  static {
    side("sdk", "SDK (`OneCli` + `secrets().list()`)", SdkFirstCall.class);
    side("raw", "raw: OkHttp + Jackson into POJOs, string dates", RawFirstCall.class, "pojo");
    side("rawAA", "raw A/A (the same program again)", RawFirstCall.class, "pojo");
    side("rawJsr310", "raw-jsr310: the POJOs with jsr310 dates", RawFirstCall.class, "pojo-jsr310");
    side("rawModels", "raw into the SDK's models, standard java.time", RawFirstCall.class);
    side("rawSdkMapper", "raw into the SDK's models, the SDK's `Json.create()`", RawFirstCall.class, "sdk-mapper");
    side("stock", "stock: openapi-generator okhttp-gson", StockFirstCall.class);
  }

  private ColdStart() {}

  private static void side(String name, String label, Class<?> main, String... extra) {
    String[] entry = new String[2 + extra.length];
    entry[0] = label;
    entry[1] = main.getName();
    System.arraycopy(extra, 0, entry, 2, extra.length);
    SIDES.put(name, entry);
  }

  public static void main(String[] args) throws Exception {
    int runs = 10;
    Path out = null;
    List<String> sides = new ArrayList<>(SIDES.keySet());
    List<String> jvmOptions = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--runs":
          runs = Integer.parseInt(args[++i]);
          break;
        case "--out":
          out = Paths.get(args[++i]);
          break;
        case "--sides":
          sides = Arrays.asList(args[++i].split(","));
          break;
        case "--":
          jvmOptions.addAll(Arrays.asList(args).subList(i + 1, args.length));
          i = args.length;
          break;
        default:
          throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    String classpath = System.getProperty("java.class.path");
    Map<String, List<Long>> times = new LinkedHashMap<>();
    Map<String, Long> classes = new LinkedHashMap<>();
    for (String side : sides) {
      times.put(side, new ArrayList<>());
    }
    try (CannedServer server = Fixtures.startServer()) {
      String baseUrl = Fixtures.baseUrl(server.url(), 10);
      for (int i = -1; i < runs; i++) {
        // Rotate which side goes first so that none always follows another; run -1 is a warm-up
        // of the page cache and is not counted.
        for (int k = 0; k < sides.size(); k++) {
          String side = sides.get(Math.floorMod(i + k, sides.size()));
          long t = launch(java, classpath, jvmOptions, side, baseUrl);
          if (i >= 0) {
            times.get(side).add(t);
          }
        }
      }
      for (String side : sides) {
        Path log = Files.createTempFile("coldstart-classes-", ".txt");
        try {
          List<String> options = new ArrayList<>(jvmOptions);
          options.add("-Xlog:class+load=info:file=" + log);
          launch(java, classpath, options, side, baseUrl);
          try (java.util.stream.Stream<String> lines = Files.lines(log)) {
            classes.put(side, lines.count());
          }
        } finally {
          Files.deleteIfExists(log);
        }
      }
    }
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode result = mapper.createObjectNode();
    result.put("runs", runs);
    result.put("java", java);
    result.put("jvmOptions", String.join(" ", jvmOptions));
    ObjectNode labels = result.putObject("labels");
    for (String side : sides) {
      labels.put(side, SIDES.get(side)[0]);
    }
    ObjectNode summaries = result.putObject("sides");
    for (String side : sides) {
      ObjectNode s = summary(mapper, times.get(side));
      s.put("classesLoaded", classes.get(side));
      summaries.set(side, s);
    }
    if (times.containsKey("sdk") && times.containsKey("raw")) {
      ObjectNode ratios = result.putObject("ratios");
      for (String side : sides) {
        if (!side.equals("raw")) {
          ratios.put(side + " ÷ raw", median(times.get(side)) / median(times.get("raw")));
        }
      }
    }
    System.out.printf(Locale.ROOT, "cold start, %d runs each (median ms, classes loaded):%n", runs);
    for (String side : sides) {
      System.out.printf(
          Locale.ROOT, "  %-13s %6.1f ms  %5d classes  runs: %s%n",
          side, median(times.get(side)), classes.get(side), millis(times.get(side)));
    }
    if (out != null) {
      Files.write(out, mapper.writeValueAsBytes(result));
    }
  }

  private static long launch(String java, String classpath, List<String> jvmOptions, String side, String baseUrl)
      throws IOException, InterruptedException {
    String[] entry = SIDES.get(side);
    if (entry == null) {
      throw new IllegalArgumentException("unknown side " + side + "; known: " + SIDES.keySet());
    }
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(classpath);
    command.add(entry[1]);
    command.add(baseUrl);
    command.add(Fixtures.API_KEY);
    command.addAll(Arrays.asList(entry).subList(2, entry.length));
    ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
    long start = System.nanoTime();
    Process p = pb.start();
    byte[] output;
    try (InputStream in = p.getInputStream()) {
      output = in.readAllBytes();
    }
    int exit = p.waitFor();
    long elapsed = System.nanoTime() - start;
    String printed = new String(output, StandardCharsets.UTF_8).trim();
    if (exit != 0 || !printed.equals("10")) {
      throw new IllegalStateException(side + " failed: exit " + exit + ", printed " + printed);
    }
    return elapsed;
  }

  private static ObjectNode summary(ObjectMapper mapper, List<Long> nanos) {
    ObjectNode node = mapper.createObjectNode();
    node.put("medianMs", median(nanos));
    node.put("minMs", Collections.min(nanos) / 1e6);
    node.put("maxMs", Collections.max(nanos) / 1e6);
    ArrayNode all = node.putArray("runsMs");
    for (long n : nanos) {
      all.add(Math.round(n / 1e4) / 100.0);
    }
    return node;
  }

  static double median(List<Long> nanos) {
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    int n = sorted.size();
    double m = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    return m / 1e6;
  }

  private static String millis(List<Long> nanos) {
    StringBuilder sb = new StringBuilder();
    for (long n : nanos) {
      sb.append(sb.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.0f", n / 1e6));
    }
    return sb.toString();
  }
}
