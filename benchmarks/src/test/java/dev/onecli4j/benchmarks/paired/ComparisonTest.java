package dev.onecli4j.benchmarks.paired;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onecli4j.benchmarks.Fixtures;
import dev.onecli4j.benchmarks.Loopback;
import dev.onecli4j.param.SecretCreateParams;
import dev.onecli4j.validation.ValidationException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every side of every paired comparison makes its call and gets the expected answer; no timing. */
class ComparisonTest {
  @ParameterizedTest
  @EnumSource(Comparison.class)
  void everySideSucceedsAgainstTheCannedServer(Comparison comparison) {
    try (Loopback env = Loopback.start(comparison.listSize)) {
      Map<String, Runnable> sides = comparison.sides(env);
      assertEquals("sdk", sides.keySet().iterator().next(), "the SDK comes first");
      assertTrue(sides.size() >= 2, "at least one baseline");
      for (Runnable side : sides.values()) {
        side.run();
      }
      assertEquals(sides.size(), env.server.requests());
    }
  }

  @Test
  void theSideWithValidationOffSendsWhatTheSdkRefuses() {
    // A host pattern with a path: the server refuses it, so the SDK refuses it before sending.
    SecretCreateParams refused = Fixtures.createParams().newBuilder().hostPattern("api.example.com/v1").build();
    try (Loopback env = Loopback.start(10)) {
      assertThrows(ValidationException.class, () -> env.sdk.secrets().create(refused));
      assertEquals(0, env.server.requests());
      env.sdkUnchecked.secrets().create(refused);
      assertEquals(1, env.server.requests());
    }
  }

  @Test
  void aSideWhoseAnswerIsWrongFails() {
    // A list comparison pointed at a server whose lists have another size must not pass.
    try (Loopback env = Loopback.start(10)) {
      Map<String, Runnable> sides = Comparison.LIST_100.sides(env);
      for (Runnable side : sides.values()) {
        assertThrows(IllegalStateException.class, side::run);
      }
    }
  }

  @Test
  void ratiosAreTakenInsideEachRoundThenTheirMedianOverAllRounds() {
    ObjectMapper mapper = new ObjectMapper();
    ArrayNode forks = mapper.createArrayNode();
    // Two JVMs; in each round the SDK takes twice raw's time and 1.5x its bytes, whatever the
    // machine's speed that round; the A/A copy takes what raw takes.
    double[][] speeds = {{1, 3}, {10}};
    for (double[] jvm : speeds) {
      ObjectNode fork = forks.addObject();
      ObjectNode sides = fork.putObject("sides");
      for (String side : new String[] {"sdk", "raw", "raw A/A"}) {
        sides.putObject(side);
      }
      ArrayNode rounds = fork.putArray("rounds");
      for (double speed : jvm) {
        ObjectNode round = rounds.addObject();
        round.putObject("sdk").put("medianUs", 2 * speed).put("bytesPerCall", 1500.0);
        round.putObject("raw").put("medianUs", speed).put("bytesPerCall", 1000.0);
        round.putObject("raw A/A").put("medianUs", speed).put("bytesPerCall", 1000.0);
      }
    }
    ObjectNode summary = PairedRun.summary(mapper, forks);
    assertEquals(2.0, summary.path("sdk ÷ raw").path("timeRatio").asDouble(), 1e-9);
    assertEquals(1.5, summary.path("sdk ÷ raw").path("allocRatio").asDouble(), 1e-9);
    assertEquals(3, summary.path("sdk ÷ raw").path("rounds").asInt());
    assertEquals(1.0, summary.path("raw A/A ÷ raw").path("timeRatio").asDouble(), 1e-9);
    assertTrue(summary.path("stock ÷ sdk").isMissingNode(), "a pair with a missing side is left out");
    // Pooled medians would not give 2: the rounds' own ratios do.
    assertEquals(2, summary.path("sdk ÷ raw").path("timeRatioPerJvm").size());
  }

  @Test
  void percentilesInterpolateBetweenRanks() {
    assertEquals(1.75, PairedRun.percentile(new double[] {4, 1, 3, 2}, 0.25), 1e-9);
    assertEquals(4.0, PairedRun.percentile(new double[] {4, 1, 3, 2}, 1.0), 1e-9);
  }

  @Test
  void medianOfEvenAndOddCounts() {
    assertEquals(2.0, PairedRun.median(new double[] {3, 1, 2}));
    assertEquals(2.5, PairedRun.median(new double[] {4, 1, 3, 2}));
  }
}
