package dev.onecli4j.validation;

import dev.onecli4j.generated.onecli.model.Injection;

/**
 * The server's {@code injectionConfig}: a union of four strict objects (header, query parameter,
 * path template, path regex), read as its schema library reads a union ({@link Schema#union}).
 * A path regex must compile as JavaScript's {@code new RegExp(pathRegex)} ({@link JsRegExp}).
 */
final class InjectionRules {
  static final String TEMPLATE_SLASH = "Path template must start with /";
  static final String TEMPLATE_VALUE = "Path template must contain {value} exactly once";
  static final String INVALID_REGEX = "Invalid regular expression";
  static final String REPLACEMENT_VALUE = "Replacement must include {value} (where the secret goes)";

  private static final Schema SDK = union(false);
  private static final Schema EMULATOR = union(true);

  private InjectionRules() {}

  /**
   * The schema of a present, non-null {@code injectionConfig}.
   *
   * @param bestGuess whether a regex this SDK cannot judge counts by its likelier verdict (an
   *     emulator, which must answer) rather than as valid (the SDK, which lets the server decide)
   */
  static Schema schema(boolean bestGuess) {
    return bestGuess ? EMULATOR : SDK;
  }

  /** Whether a config puts the value into the URL path (a template or a regex). */
  static boolean isPath(Injection in) {
    return in != null && (in.kind() == Injection.Kind.PATH_TEMPLATE || in.kind() == Injection.Kind.PATH_REGEX);
  }

  private static Schema union(boolean bestGuess) {
    return Schema.union(
        Schema.strictObject()
            .field("headerName", Schema.string().min(1))
            .field("valueFormat", Schema.string().optional()),
        Schema.strictObject()
            .field("paramName", Schema.string().min(1))
            .field("paramFormat", Schema.string().optional()),
        Schema.strictObject()
            .field(
                "pathTemplate",
                Schema.string()
                    .min(1)
                    .check(t -> t.startsWith("/"), TEMPLATE_SLASH)
                    .check(t -> occurrences(t, Injection.VALUE_PLACEHOLDER) == 1, TEMPLATE_VALUE)),
        Schema.strictObject()
            .field("pathRegex", Schema.string().min(1).check(r -> compiles(r, bestGuess), INVALID_REGEX))
            .field(
                "pathReplacement",
                Schema.string().min(1).check(r -> r.contains(Injection.VALUE_PLACEHOLDER), REPLACEMENT_VALUE)));
  }

  private static boolean compiles(String regex, boolean bestGuess) {
    return bestGuess ? JsRegExp.probablyAccepts(regex) : JsRegExp.check(regex) != JsRegExp.Verdict.REJECTS;
  }

  /** How often {@code part} occurs in {@code text}, as {@code text.split(part).length - 1}. */
  private static int occurrences(String text, String part) {
    int n = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
      n++;
    }
    return n;
  }
}
