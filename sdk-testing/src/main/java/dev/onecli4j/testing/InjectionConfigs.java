package dev.onecli4j.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onecli4j.generated.onecli.model.Injection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The server's {@code injectionConfig}: null, or exactly one of four strict objects. It reads
 * like zod's union: the first variant without problems wins; when every variant fails, the one
 * variant that failed only on its checks (not on its shape) reports its first problem, and
 * otherwise the answer is {@code "Invalid input"}.
 */
final class InjectionConfigs {
  static final String PATH_UNSAFE_MESSAGE =
      "Secret value can't contain / ? # % whitespace or control characters when injected into the URL path";

  private InjectionConfigs() {}

  /** Parses a present, non-null {@code injectionConfig} value. */
  static Injection parse(JsonNode node) {
    List<Attempt> attempts =
        Arrays.asList(header(node), queryParam(node), pathTemplate(node), pathRegex(node));
    for (Attempt a : attempts) {
      if (a.problems.isEmpty() && !a.shapeBroken) {
        return a.value;
      }
    }
    Attempt onlyChecksFailed = null;
    int count = 0;
    for (Attempt a : attempts) {
      if (!a.shapeBroken) {
        onlyChecksFailed = a;
        count++;
      }
    }
    if (count == 1) {
      throw OneCliErrors.flat(onlyChecksFailed.problems.get(0));
    }
    throw OneCliErrors.flat("Invalid input");
  }

  /** The stored form: names and formats trimmed, formats defaulting to {@code {value}}. */
  static Injection normalize(Injection in) {
    switch (in.kind()) {
      case QUERY_PARAM:
        return Injection.queryParam(Zod.trim(in.paramName()), formatOrDefault(in.paramFormat()));
      case HEADER:
        return Injection.header(Zod.trim(in.headerName()), formatOrDefault(in.valueFormat()));
      case PATH_TEMPLATE:
        return Injection.pathTemplate(Zod.trim(in.pathTemplate()));
      default:
        return Injection.pathRegex(Zod.trim(in.pathRegex()), Zod.trim(in.pathReplacement()));
    }
  }

  /** Whether a generic secret's config names where the value goes (a blank name does not). */
  static boolean usable(Injection in) {
    if (in == null) {
      return false;
    }
    switch (in.kind()) {
      case HEADER:
        return !Zod.trim(in.headerName()).isEmpty();
      case QUERY_PARAM:
        return !Zod.trim(in.paramName()).isEmpty();
      case PATH_TEMPLATE:
      case PATH_REGEX:
        return true;
      default:
        return false;
    }
  }

  /** Whether the config puts the value into the URL path. */
  static boolean isPath(Injection in) {
    return in != null && (in.kind() == Injection.Kind.PATH_TEMPLATE || in.kind() == Injection.Kind.PATH_REGEX);
  }

  /** Whether an inline value can go into a URL path: no {@code / ? # %}, space or control character. */
  static boolean isPathSafe(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ("/?#% ".indexOf(c) >= 0 || c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
        return false;
      }
    }
    return true;
  }

  private static String formatOrDefault(String format) {
    String trimmed = format == null ? "" : Zod.trim(format);
    return trimmed.isEmpty() ? Injection.VALUE_PLACEHOLDER : trimmed;
  }

  private static Attempt header(JsonNode node) {
    Attempt a = new Attempt(node, "headerName", "valueFormat");
    String name = a.required("headerName");
    String format = a.optional("valueFormat");
    a.minLength(name);
    a.value = Injection.builder().headerName(name).valueFormat(format).build();
    return a;
  }

  private static Attempt queryParam(JsonNode node) {
    Attempt a = new Attempt(node, "paramName", "paramFormat");
    String name = a.required("paramName");
    String format = a.optional("paramFormat");
    a.minLength(name);
    a.value = Injection.builder().paramName(name).paramFormat(format).build();
    return a;
  }

  private static Attempt pathTemplate(JsonNode node) {
    Attempt a = new Attempt(node, "pathTemplate");
    String template = a.required("pathTemplate");
    if (template != null) {
      a.minLength(template);
      a.check(template.startsWith("/"), "Path template must start with /");
      a.check(occurrences(template, Injection.VALUE_PLACEHOLDER) == 1, "Path template must contain {value} exactly once");
    }
    a.value = Injection.pathTemplate(template);
    return a;
  }

  private static Attempt pathRegex(JsonNode node) {
    Attempt a = new Attempt(node, "pathRegex", "pathReplacement");
    String regex = a.required("pathRegex");
    String replacement = a.required("pathReplacement");
    if (regex != null) {
      a.minLength(regex);
      a.check(isValidRegex(regex), "Invalid regular expression");
    }
    if (replacement != null) {
      a.minLength(replacement);
      a.check(replacement.contains(Injection.VALUE_PLACEHOLDER), "Replacement must include {value} (where the secret goes)");
    }
    a.value = Injection.pathRegex(regex, replacement);
    return a;
  }

  private static boolean isValidRegex(String regex) {
    try {
      Pattern.compile(regex);
      return true;
    } catch (PatternSyntaxException e) {
      return false;
    }
  }

  private static int occurrences(String text, String part) {
    int n = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
      n++;
    }
    return n;
  }

  /** One variant's attempt: a broken shape (wrong type, missing or unknown key) or failed checks. */
  private static final class Attempt {
    private final JsonNode node;
    private final List<String> problems = new ArrayList<>();
    private boolean shapeBroken;
    private Injection value;

    Attempt(JsonNode node, String... keys) {
      this.node = node;
      if (node == null || !node.isObject()) {
        shapeBroken = true;
        return;
      }
      List<String> known = Arrays.asList(keys);
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        if (!known.contains(it.next())) {
          shapeBroken = true;
        }
      }
    }

    String required(String key) {
      JsonNode n = node == null ? null : node.get(key);
      if (n == null || !n.isTextual()) {
        shapeBroken = true;
        return null;
      }
      return n.textValue();
    }

    String optional(String key) {
      JsonNode n = node == null ? null : node.get(key);
      if (n == null) {
        return null;
      }
      if (!n.isTextual()) {
        shapeBroken = true;
        return null;
      }
      return n.textValue();
    }

    void minLength(String v) {
      check(v == null || !v.isEmpty(), "Too small: expected string to have >=1 characters");
    }

    void check(boolean ok, String problem) {
      if (!ok) {
        problems.add(problem);
      }
    }
  }
}
