package dev.onecli4j.benchmarks.paired;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onecli4j.benchmarks.Loopback;
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
  void medianOfEvenAndOddCounts() {
    assertEquals(2.0, PairedRun.median(new double[] {3, 1, 2}));
    assertEquals(2.5, PairedRun.median(new double[] {4, 1, 3, 2}));
  }
}
