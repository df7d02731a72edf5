package dev.onecli4j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The targets table judges each target and both A/A checks, and says no when a figure is out. */
class ReportTest {
  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void targetsThatHoldAndAValidRunSayYes() {
    String table = targets(0.99, 0.98, 1.01, 0.85, 0.96);
    assertRow(table, "| create: time ≤ 1.00× raw | 0.990 (0.980–1.000, 33 rounds) | yes |");
    assertRow(table, "| (context, not a target) create with validation off ÷ raw | 0.980 (0.970–0.990, 33 rounds) | – |");
    assertRow(table, "| cold start ≤ 1.00× raw | 0.850 (medians of 15 launches; classes loaded 2408 vs 2704) | yes |");
    assertRow(table, "| run is valid: paired A/A time ratios within ±5% | CREATE 1.010 | yes |");
    assertRow(table, "| cold start is valid: its A/A within ±5% | 0.960 | yes |");
  }

  @Test
  void aMissedTargetAndAnAaOutsideItsBandSayNo() {
    String table = targets(1.046, 1.009, 1.06, 1.02, 1.054);
    assertRow(table, "| create: time ≤ 1.00× raw | 1.046 (1.036–1.056, 33 rounds) | **no** |");
    assertRow(table, "| cold start ≤ 1.00× raw | 1.020 (medians of 15 launches; classes loaded 2408 vs 2704) | **no** |");
    assertRow(table, "| run is valid: paired A/A time ratios within ±5% | CREATE 1.060 | **no** |");
    assertRow(table, "| cold start is valid: its A/A within ±5% | 1.054 | **no** |");
  }

  /** The targets table of a run with a create comparison and a cold start of these figures. */
  private String targets(double create, double unchecked, double pairedAa, double cold, double coldAa) {
    ObjectNode paired = mapper.createObjectNode();
    ObjectNode comparison = paired.putArray("comparisons").addObject();
    comparison.put("name", "CREATE");
    ObjectNode summary = comparison.putObject("summary");
    ratio(summary, "sdk ÷ raw", create);
    ratio(summary, "sdk, validation off ÷ raw", unchecked);
    ratio(summary, "raw A/A ÷ raw", pairedAa);
    ObjectNode coldStart = mapper.createObjectNode();
    coldStart.put("runs", 15);
    coldStart.putObject("ratios").put("sdk ÷ raw", cold).put("rawAA ÷ raw", coldAa);
    ObjectNode sides = coldStart.putObject("sides");
    sides.putObject("sdk").put("classesLoaded", 2408);
    sides.putObject("raw").put("classesLoaded", 2704);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ArrayNode noJmh = mapper.createArrayNode();
    new Report(noJmh, new PrintStream(bytes, true, StandardCharsets.UTF_8)).targets(paired, coldStart);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static void ratio(ObjectNode summary, String name, double median) {
    summary
        .putObject(name)
        .put("timeRatio", median)
        .put("timeRatioMin", median - 0.01)
        .put("timeRatioMax", median + 0.01)
        .put("rounds", 33);
  }

  private static void assertRow(String table, String row) {
    assertTrue(table.contains(row + System.lineSeparator()), () -> "no row\n  " + row + "\nin\n" + table);
  }
}
