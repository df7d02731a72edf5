package dev.onecli4j.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onecli4j.generated.onecli.model.Injection;
import dev.onecli4j.validation.BodyReader.Presence;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The server's {@code injectionConfig}: one of four strict objects (header, query parameter,
 * path template, path regex), read as zod reads a union. The first member without issues wins.
 * When every member has issues and exactly one of them failed only on content checks (not on
 * its shape: a wrong type, a missing or an unknown key), that member's issues are the answer;
 * otherwise the answer is {@code Invalid input}. A path regex must compile as JavaScript's
 * {@code new RegExp(pathRegex)}.
 */
public final class InjectionRules {
  /** The server's answer to a path template without a leading slash. */
  public static final String TEMPLATE_SLASH = "Path template must start with /";
  /** The server's answer to a path template without exactly one {@code {value}}. */
  public static final String TEMPLATE_VALUE = "Path template must contain {value} exactly once";
  /** The server's answer to a path regex JavaScript does not compile. */
  public static final String INVALID_REGEX = "Invalid regular expression";
  /** The server's answer to a replacement without {@code {value}}. */
  public static final String REPLACEMENT_VALUE = "Replacement must include {value} (where the secret goes)";

  private InjectionRules() {}

  /**
   * Reads a present, non-null {@code injectionConfig}; records its issues in {@code r}.
   *
   * @param bestGuess whether a regex this SDK cannot judge counts by its likelier verdict
   *     (an emulator, which must answer) rather than as valid (the SDK, which lets the server decide)
   * @return the member zod settles on (with issues when only its content failed), or null
   */
  static Injection read(BodyReader r, JsonNode node, String path, boolean bestGuess) {
    Member[] members = {
      header(node, path), queryParam(node, path), pathTemplate(node, path), pathRegex(node, path, bestGuess)
    };
    for (Member m : members) {
      if (m.reader.issues().isEmpty()) {
        return m.value;
      }
    }
    Member onlyContent = null;
    int count = 0;
    for (Member m : members) {
      if (!m.reader.aborted()) {
        onlyContent = m;
        count++;
      }
    }
    if (count == 1) {
      r.addAll(onlyContent.reader);
      return onlyContent.value;
    }
    r.abort(path, ZodMessages.invalidUnion());
    return null;
  }

  /** Whether a config puts the value into the URL path (a template or a regex). */
  public static boolean isPath(Injection in) {
    return in != null && (in.kind() == Injection.Kind.PATH_TEMPLATE || in.kind() == Injection.Kind.PATH_REGEX);
  }

  private static Member header(JsonNode node, String path) {
    return named(node, path, "headerName", "valueFormat", (n, f) -> Injection.builder().headerName(n).valueFormat(f).build());
  }

  private static Member queryParam(JsonNode node, String path) {
    return named(node, path, "paramName", "paramFormat", (n, f) -> Injection.builder().paramName(n).paramFormat(f).build());
  }

  /** A member of a non-empty name and an optional format: a header or a query parameter. */
  private static Member named(
      JsonNode node, String path, String nameKey, String formatKey, BiFunction<String, String, Injection> build) {
    Member m = new Member(node, path, nameKey, formatKey);
    if (m.object != null) {
      String name = m.reader.string(m.object, nameKey, m.path(nameKey), Presence.REQUIRED);
      String format = m.reader.string(m.object, formatKey, m.path(formatKey), Presence.OPTIONAL);
      if (name != null) {
        m.reader.minLength(name, 1, m.path(nameKey), null);
      }
      m.finish(build.apply(name, format));
    }
    return m;
  }

  private static Member pathTemplate(JsonNode node, String path) {
    Member m = new Member(node, path, "pathTemplate");
    if (m.object != null) {
      String field = m.path("pathTemplate");
      String template = m.reader.string(m.object, "pathTemplate", field, Presence.REQUIRED);
      if (template != null) {
        m.reader.minLength(template, 1, field, null);
        m.reader.check(template.startsWith("/"), field, TEMPLATE_SLASH);
        m.reader.check(occurrences(template, Injection.VALUE_PLACEHOLDER) == 1, field, TEMPLATE_VALUE);
      }
      m.finish(Injection.pathTemplate(template));
    }
    return m;
  }

  private static Member pathRegex(JsonNode node, String path, boolean bestGuess) {
    Member m = new Member(node, path, "pathRegex", "pathReplacement");
    if (m.object != null) {
      String regexField = m.path("pathRegex");
      String replacementField = m.path("pathReplacement");
      String regex = m.reader.string(m.object, "pathRegex", regexField, Presence.REQUIRED);
      String replacement = m.reader.string(m.object, "pathReplacement", replacementField, Presence.REQUIRED);
      if (regex != null) {
        m.reader.minLength(regex, 1, regexField, null);
        boolean compiles =
            bestGuess ? JsRegExp.probablyAccepts(regex) : JsRegExp.check(regex) != JsRegExp.Verdict.REJECTS;
        m.reader.check(compiles, regexField, INVALID_REGEX);
      }
      if (replacement != null) {
        m.reader.minLength(replacement, 1, replacementField, null);
        m.reader.check(replacement.contains(Injection.VALUE_PLACEHOLDER), replacementField, REPLACEMENT_VALUE);
      }
      m.finish(Injection.pathRegex(regex, replacement));
    }
    return m;
  }

  /** How often {@code part} occurs in {@code text}, as {@code text.split(part).length - 1}. */
  private static int occurrences(String text, String part) {
    int n = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
      n++;
    }
    return n;
  }

  /** One member of the union, read on its own. */
  private static final class Member {
    final BodyReader reader = new BodyReader();
    final ObjectNode object;
    final String base;
    final List<String> keys;
    Injection value;

    Member(JsonNode node, String base, String... keys) {
      this.base = base;
      this.keys = Arrays.asList(keys);
      this.object = reader.object(node, base);
    }

    String path(String key) {
      return BodyReader.path(base, key);
    }

    void finish(Injection v) {
      reader.strictKeys(object, base, keys);
      value = v;
    }
  }
}
