package dev.onecli4j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each in-process pair gives the answer its operation must give, and the check can say no. */
class InProcessBenchmarkTest {
  @ParameterizedTest
  @ValueSource(strings = {"create", "list10", "error"})
  void bothSidesGiveTheRightAnswerWithoutAServer(String op) {
    InProcessBenchmark benchmark = new InProcessBenchmark();
    benchmark.op = op;
    benchmark.setUp(); // checks both sides once
    try {
      InProcessBenchmark.check(op, benchmark.sdk());
      InProcessBenchmark.check(op, benchmark.raw());
      assertNotSame(benchmark.sdk(), benchmark.sdk(), "a fresh answer per call");
    } finally {
      benchmark.tearDown();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"create", "list10", "error"})
  void theCheckRefusesAnotherOperationsAnswer(String op) {
    InProcessBenchmark benchmark = new InProcessBenchmark();
    benchmark.op = op;
    benchmark.setUp();
    try {
      String other = op.equals("create") ? "list10" : op.equals("list10") ? "error" : "create";
      assertThrows(IllegalStateException.class, () -> InProcessBenchmark.check(other, benchmark.sdk()));
      assertThrows(IllegalStateException.class, () -> InProcessBenchmark.check(other, benchmark.raw()));
    } finally {
      benchmark.tearDown();
    }
  }
}
