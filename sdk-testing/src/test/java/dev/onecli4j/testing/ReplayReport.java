package dev.onecli4j.testing;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** Agreement figures of a replay and every difference, printable. */
final class ReplayReport {
  final List<FixtureReplay.Result> results;

  ReplayReport(List<FixtureReplay.Result> results) {
    this.results = results;
  }

  /** Steps that were replayed (not skipped). */
  long replayed() {
    return results.stream().filter(r -> r.skipped() == null).count();
  }

  /** Steps whose status and error type agree with the recording. */
  long statusAndTypeAgree() {
    return results.stream().filter(FixtureReplay.Result::statusAndTypeAgree).count();
  }

  /** Steps that agree in every compared respect. */
  long fullyAgree() {
    return results.stream().filter(FixtureReplay.Result::agrees).count();
  }

  /** Agreement on status and error type, as a fraction of the replayed steps. */
  double statusAndTypeRatio() {
    return replayed() == 0 ? 0 : (double) statusAndTypeAgree() / replayed();
  }

  /** The steps that differ, with their differences. */
  List<FixtureReplay.Result> differing() {
    return results.stream().filter(r -> r.skipped() == null && !r.agrees()).toList();
  }

  /** Prints the figures, every difference and every skipped step. */
  void print(PrintStream out, String target, Map<String, String> knownDifferences) {
    out.printf(
        "Replay of the recorded server 2.0.1 run against %s: %d steps, %d replayed; status+type agree on %d (%.1f%%); "
            + "fully agree (status, type, message, headers, body shape and values) on %d (%.1f%%)%n",
        target, results.size(), replayed(), statusAndTypeAgree(), 100 * statusAndTypeRatio(), fullyAgree(),
        replayed() == 0 ? 0 : 100.0 * fullyAgree() / replayed());
    for (FixtureReplay.Result r : results) {
      if (r.skipped() != null) {
        out.printf("  skipped %3d %s: %s%n", r.step().number(), r.step().name(), r.skipped());
      } else if (!r.agrees()) {
        String known = knownDifferences.get(r.step().name());
        out.printf("  differs %3d %s %s %s%s%n", r.step().number(), r.step().method(), r.step().path(), r.step().name(),
            known == null ? "" : " (known: " + known + ")");
        r.differences().forEach(d -> out.println("      " + d));
      }
    }
  }
}
