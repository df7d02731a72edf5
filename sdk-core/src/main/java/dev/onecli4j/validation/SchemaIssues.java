package dev.onecli4j.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * The issues one parse of a {@link Schema} found, in the order the server's schema library
 * reports them. An issue is either <em>aborting</em> (a wrong type, a missing field, an
 * unknown option: later refinements of the enclosing schema are skipped) or not (a length or
 * range check, a refinement).
 */
final class SchemaIssues {
  // Made at the first issue: a valid body records none.
  private List<Problem> problems = List.of();
  private List<Boolean> aborting = List.of();

  /** Records an issue at {@code path} ({@code ""} for the value itself). */
  void add(String path, String message, boolean abort) {
    writable();
    problems.add(new Problem(path, message));
    aborting.add(abort);
  }

  private void writable() {
    if (!(problems instanceof ArrayList)) {
      problems = new ArrayList<>();
      aborting = new ArrayList<>();
    }
  }

  /** How many issues were recorded so far; a mark for {@link #abortedSince}. */
  int mark() {
    return problems.size();
  }

  /** Whether an aborting issue was recorded since {@code mark}. */
  boolean abortedSince(int mark) {
    for (int i = mark; i < aborting.size(); i++) {
      if (aborting.get(i)) {
        return true;
      }
    }
    return false;
  }

  /** Whether any issue was recorded since {@code mark}. */
  boolean anySince(int mark) {
    return problems.size() > mark;
  }

  /** Appends the issues of {@code other}. */
  void addAll(SchemaIssues other) {
    if (other.problems.isEmpty()) {
      return;
    }
    writable();
    problems.addAll(other.problems);
    aborting.addAll(other.aborting);
  }

  /** The problems, in order. */
  List<Problem> problems() {
    return new ArrayList<>(problems);
  }

  /** The path of {@code key} below {@code path}. */
  static String child(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** The path of element {@code index} below {@code path}. */
  static String element(String path, int index) {
    return path + "[" + index + "]";
  }
}
