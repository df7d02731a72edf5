package dev.onecli4j.service;

import dev.onecli4j.validation.Problems;

/** Checks of arguments passed directly to service methods; each throws a ValidationException. */
public final class Args {
  private Args() {}

  /** Refuses a null argument. */
  public static void required(String operation, String name, Object value) {
    Problems.of(operation).required(name, value).throwIfAny();
  }

  /** Refuses an id that cannot be one URL path segment. */
  public static void id(String operation, String name, String id) {
    Problems.of(operation).requiredId(name, id).throwIfAny();
  }

  /** Refuses a bad id and a null params object, reporting both. */
  public static void idAndParams(String operation, String idName, String id, Object params) {
    Problems.of(operation).requiredId(idName, id).required("params", params).throwIfAny();
  }

  /** Refuses bad ids, reporting all: names and ids alternate. */
  public static void ids(String operation, String... namesAndIds) {
    Problems problems = Problems.of(operation);
    for (int i = 0; i + 1 < namesAndIds.length; i += 2) {
      problems.requiredId(namesAndIds[i], namesAndIds[i + 1]);
    }
    problems.throwIfAny();
  }
}
