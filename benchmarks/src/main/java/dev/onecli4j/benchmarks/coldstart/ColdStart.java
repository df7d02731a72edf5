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
import java.util.Map;
import java.util.Locale;

/**
 * Cold start: wall time from launching {@code java -cp benchmarks.jar <main>} to that process's
 * exit after its first successful call ({@code GET /secrets}, 10 items) against a canned server
 * running here. Runs the SDK's main and the raw one (with a hand-configured mapper, and with the
 * SDK's mapper) in rotating order, N times each after one discarded warm-up launch of each (so
 * all find the jar in the page cache), and reports the medians.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.onecli4j.benchmarks.coldstart.ColdStart
 * [--runs N] [--out file.json] [-- extra JVM options for the children]}
 */
public final class ColdStart {
  private ColdStart() {}

  public static void main(String[] args) throws Exception {
    int runs = 10;
    Path out = null;
    List<String> jvmOptions = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--runs":
          runs = Integer.parseInt(args[++i]);
          break;
        case "--out":
          out = Paths.get(args[++i]);
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
    String[] sides = {"raw", "rawSdkMapper", "sdk"};
    Map<String, List<Long>> times = new LinkedHashMap<>();
    for (String side : sides) {
      times.put(side, new ArrayList<>());
    }
    try (CannedServer server = Fixtures.startServer()) {
      String baseUrl = Fixtures.baseUrl(server.url(), 10);
      for (int i = -1; i < runs; i++) {
        // Rotate which side goes first so that none always follows another; run -1 is a warm-up
        // of the page cache and is not counted.
        for (int k = 0; k < sides.length; k++) {
          String side = sides[Math.floorMod(i + k, sides.length)];
          long t = launch(java, classpath, jvmOptions, side, baseUrl);
          if (i >= 0) {
            times.get(side).add(t);
          }
        }
      }
    }
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode result = mapper.createObjectNode();
    result.put("runs", runs);
    result.put("java", java);
    result.put("jvmOptions", String.join(" ", jvmOptions));
    ObjectNode labels = result.putObject("labels");
    labels.put("sdk", "SDK (`OneCli` + `secrets().list()`)");
    labels.put("raw", "raw OkHttp + Jackson, standard java.time");
    labels.put("rawSdkMapper", "raw OkHttp + the SDK's `Json.create()` mapper");
    for (String side : sides) {
      result.set(side, summary(mapper, times.get(side)));
    }
    double ratio = median(times.get("sdk")) / median(times.get("raw"));
    double ratioSdkMapper = median(times.get("sdk")) / median(times.get("rawSdkMapper"));
    result.put("ratio", ratio);
    result.put("ratioSdkMapper", ratioSdkMapper);
    System.out.printf(
        Locale.ROOT,
        "cold start, %d runs each: SDK median %.1f ms, raw %.1f ms (ratio %.3f), raw with the SDK's mapper %.1f ms (ratio %.3f)%n",
        runs, median(times.get("sdk")), median(times.get("raw")), ratio, median(times.get("rawSdkMapper")), ratioSdkMapper);
    for (String side : sides) {
      System.out.println("  " + side + " ms: " + millis(times.get(side)));
    }
    if (out != null) {
      Files.write(out, mapper.writeValueAsBytes(result));
    }
  }

  private static long launch(String java, String classpath, List<String> jvmOptions, String side, String baseUrl)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(classpath);
    command.add(side.equals("sdk") ? SdkFirstCall.class.getName() : RawFirstCall.class.getName());
    command.add(baseUrl);
    command.add(Fixtures.API_KEY);
    if (side.equals("rawSdkMapper")) {
      command.add("sdk-mapper");
    }
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
