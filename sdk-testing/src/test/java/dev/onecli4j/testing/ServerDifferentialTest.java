package dev.onecli4j.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The emulator against the real server 2.0.1: the recorded run ({@code server-2.0.1/INDEX.tsv},
 * 387 steps) is replayed against a fresh emulator, and every answer is compared with the
 * recorded one (status, error type, message, deprecation headers, success body shape). The
 * emulator plays a server whose gateway never ran, as the recorded one ({@code GET /gateway/ca}
 * answers 503). A doctored recording shows the comparison catches a difference.
 */
class ServerDifferentialTest {
  /** Steps where the emulator differs on purpose, with the reason; empty means it models every recorded step. */
  static final Map<String, String> KNOWN_DIFFERENCES = new TreeMap<>();

  private static ReplayReport replay(List<ServerRecording.Step> steps) {
    try (OneCliEmulator emulator = OneCliEmulator.builder().withoutGatewayCa().start()) {
      EmulatedTenant second = emulator.addTenant("second tenant");
      FixtureReplay.Target target = new FixtureReplay.Target(emulator.baseUrl(), emulator.apiKey(), second.apiKey(), emulator.orgApiKey());
      return new ReplayReport(new FixtureReplay(target).run(steps));
    }
  }

  /** What is wrong with a report: too little agreement, or a difference not on the known list. */
  static List<String> failures(ReplayReport report) {
    List<String> failures = new ArrayList<>();
    if (report.statusAndTypeRatio() < 0.95) {
      failures.add(String.format("status+type agreement %.1f%% < 95%%", 100 * report.statusAndTypeRatio()));
    }
    for (FixtureReplay.Result r : report.differing()) {
      if (!KNOWN_DIFFERENCES.containsKey(r.step().name())) {
        failures.add("step " + r.step().number() + " " + r.step().name() + " differs: " + r.differences());
      }
    }
    return failures;
  }

  @Test
  void theEmulatorAnswersTheRecordedRunLikeTheServer() {
    List<ServerRecording.Step> steps = ServerRecording.steps();
    ReplayReport report = replay(steps);
    report.print(System.out, "the emulator", KNOWN_DIFFERENCES);
    assertEquals(387, steps.size(), "steps in INDEX.tsv");
    assertEquals(steps.size(), report.replayed(), "every step was replayed");
    assertEquals(List.of(), failures(report));
  }

  @Test
  void aDoctoredRecordingIsCaught() {
    List<ServerRecording.Step> steps = new ArrayList<>(ServerRecording.steps());
    int duplicate = indexOf(steps, "createAgent.duplicateIdentifier");
    steps.set(duplicate, steps.get(duplicate).expecting(400, "(flat)", "An agent with this identifier already exists"));
    int retired = indexOf(steps, "retired.listRules");
    steps.set(retired, steps.get(retired).expecting(404, "invalid_request_error", steps.get(retired).errorMessage()));
    ReplayReport report = replay(steps);
    List<String> failures = failures(report);
    assertFalse(failures.isEmpty(), "the doctored steps must be reported");
    assertTrue(failures.stream().anyMatch(f -> f.contains("createAgent.duplicateIdentifier")), failures.toString());
    assertTrue(failures.stream().anyMatch(f -> f.contains("retired.listRules ")), failures.toString());
    assertEquals(2, report.replayed() - report.statusAndTypeAgree(), "exactly the two doctored steps disagree on status");
  }

  @Test
  void aBodyOfAnotherShapeIsCaught() {
    ServerRecording.Step step = ServerRecording.steps().get(indexOf(ServerRecording.steps(), "getInstance.ok"));
    com.fasterxml.jackson.databind.node.ObjectNode body = (com.fasterxml.jackson.databind.node.ObjectNode) step.response().get("body").deepCopy();
    body.put("edition", 1).remove("entitled");
    List<String> d = JsonShapes.differences(body, step.response().get("body"));
    assertEquals(List.of("$: extra [entitled]", "$.edition: expected number, got string"), d);
  }

  private static int indexOf(List<ServerRecording.Step> steps, String name) {
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).name().equals(name)) {
        return i;
      }
    }
    throw new AssertionError("no step " + name);
  }
}
