package dev.onecli4j.validation;

import dev.onecli4j.generated.onecli.model.Injection;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * The server's rules for an injection config: exactly one variant with no unknown keys; a
 * path template starts with {@code /} and holds {@code {value}} once; a path regex compiles
 * and its replacement holds {@code {value}}.
 */
public final class InjectionRules {
  private InjectionRules() {}

  /**
   * Records every problem of {@code injection} under {@code field}.
   *
   * @param problems where problems are recorded
   * @param field the name of the checked field in problems, e.g. {@code injectionConfig}
   * @param injection the injection
   */
  public static void check(Problems problems, String field, Injection injection) {
    List<String> variants = new ArrayList<>(1);
    if (injection.headerName() != null || injection.valueFormat() != null) {
      variants.add("header");
    }
    if (injection.paramName() != null || injection.paramFormat() != null) {
      variants.add("query parameter");
    }
    if (injection.pathTemplate() != null) {
      variants.add("path template");
    }
    if (injection.pathRegex() != null || injection.pathReplacement() != null) {
      variants.add("path regex");
    }
    if (!injection.additionalProperties().isEmpty()) {
      problems.add(field, "has unknown keys " + injection.additionalProperties().keySet());
    }
    if (variants.size() != 1) {
      problems.add(
          field,
          variants.isEmpty()
              ? "must name a header, a query parameter, a path template or a path regex"
              : "mixes " + String.join(" and ", variants) + "; use exactly one");
      return;
    }
    switch (variants.get(0)) {
      case "header":
        nonBlank(problems, field + ".headerName", injection.headerName());
        break;
      case "query parameter":
        nonBlank(problems, field + ".paramName", injection.paramName());
        break;
      case "path template":
        checkTemplate(problems, field + ".pathTemplate", injection.pathTemplate());
        break;
      default:
        checkRegex(problems, field, injection.pathRegex(), injection.pathReplacement());
    }
  }

  /**
   * Whether the injection rewrites the URL path, which limits the characters of inline values.
   *
   * @param injection the injection
   * @return whether the injection rewrites the URL path, which limits the characters of inline
   *     values
   */
  public static boolean isPathInjection(@Nullable Injection injection) {
    return injection != null && (injection.pathTemplate() != null || injection.pathRegex() != null);
  }

  private static void nonBlank(Problems problems, String field, String value) {
    problems.check(value != null && !value.trim().isEmpty(), field, "must not be blank");
  }

  private static void checkTemplate(Problems problems, String field, String template) {
    problems.check(template.startsWith("/"), field, "must start with /");
    int count = occurrences(template, Injection.VALUE_PLACEHOLDER);
    problems.check(count == 1, field, "must contain {value} exactly once (found " + count + ")");
  }

  private static void checkRegex(Problems problems, String field, String regex, String replacement) {
    if (regex == null || regex.isEmpty()) {
      problems.add(field + ".pathRegex", "is required with pathReplacement");
    } else {
      try {
        Pattern.compile(regex);
      } catch (PatternSyntaxException e) {
        problems.add(field + ".pathRegex", "is not a valid regular expression: " + e.getDescription());
      }
    }
    if (replacement == null) {
      problems.add(field + ".pathReplacement", "is required with pathRegex");
    } else {
      problems.check(
          replacement.contains(Injection.VALUE_PLACEHOLDER), field + ".pathReplacement", "must contain {value}");
    }
  }

  private static int occurrences(String s, String token) {
    int count = 0;
    for (int at = s.indexOf(token); at >= 0; at = s.indexOf(token, at + token.length())) {
      count++;
    }
    return count;
  }
}
