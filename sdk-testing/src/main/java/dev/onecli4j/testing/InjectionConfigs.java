package dev.onecli4j.testing;

import dev.onecli4j.generated.onecli.model.Injection;
import dev.onecli4j.validation.JsText;

/**
 * How the server stores an {@code injectionConfig} that passed its rules: names, templates and
 * formats trimmed as JavaScript trims, a missing or blank format stored as {@code {value}}.
 */
final class InjectionConfigs {
  private InjectionConfigs() {}

  /** The stored form of a validated config. */
  static Injection normalize(Injection in) {
    switch (in.kind()) {
      case QUERY_PARAM:
        return Injection.queryParam(JsText.trim(in.paramName()), formatOrDefault(in.paramFormat()));
      case HEADER:
        return Injection.header(JsText.trim(in.headerName()), formatOrDefault(in.valueFormat()));
      case PATH_TEMPLATE:
        return Injection.pathTemplate(JsText.trim(in.pathTemplate()));
      default:
        return Injection.pathRegex(JsText.trim(in.pathRegex()), JsText.trim(in.pathReplacement()));
    }
  }

  private static String formatOrDefault(String format) {
    String trimmed = format == null ? "" : JsText.trim(format);
    return trimmed.isEmpty() ? Injection.VALUE_PLACEHOLDER : trimmed;
  }
}
