package dev.onecli4j.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onecli4j.generated.onecli.model.Injection;

/**
 * A secret body as the server's schema hands it to its service: what the service rules look at.
 * For updates, {@code has...} tells a field that was sent (possibly as null) from one left out.
 */
final class ParsedSecret {
  final String type;
  final String valueSource;
  final String value;
  final boolean hasName;
  final boolean hasHostPattern;
  final boolean hasPathPattern;
  final boolean hasInjection;
  final Injection injection;

  /** Reads the output of a parse that found no aborting issue. */
  ParsedSecret(JsonNode parsed) {
    type = text(parsed, "type");
    valueSource = text(parsed, "valueSource");
    value = text(parsed, "value");
    hasName = parsed.has("name");
    hasHostPattern = parsed.has("hostPattern");
    hasPathPattern = parsed.has("pathPattern");
    hasInjection = parsed.has("injectionConfig");
    injection = injection(parsed.get("injectionConfig"));
  }

  /** Whether the value comes from 1Password. */
  boolean onePassword() {
    return "onepassword".equals(valueSource);
  }

  /** The config the parse settled on, or null for none (absent or JSON null). */
  private static Injection injection(JsonNode parsed) {
    if (parsed == null || !parsed.isObject()) {
      return null;
    }
    return Injection.builder()
        .headerName(text(parsed, "headerName"))
        .valueFormat(text(parsed, "valueFormat"))
        .paramName(text(parsed, "paramName"))
        .paramFormat(text(parsed, "paramFormat"))
        .pathTemplate(text(parsed, "pathTemplate"))
        .pathRegex(text(parsed, "pathRegex"))
        .pathReplacement(text(parsed, "pathReplacement"))
        .build();
  }

  private static String text(JsonNode o, String key) {
    JsonNode n = o.get(key);
    return n != null && n.isTextual() ? n.textValue() : null;
  }
}
