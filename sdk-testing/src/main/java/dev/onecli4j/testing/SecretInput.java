package dev.onecli4j.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onecli4j.generated.onecli.model.Injection;
import dev.onecli4j.validation.JsText;

/**
 * A secret create or update body that passed the server's rules, read for storing: name and host
 * pattern trimmed as the server trims them. For updates, the {@code has...} flags tell a field
 * that was sent (possibly as null) from one that was left out.
 */
final class SecretInput {
  String name;
  String type;
  String valueSource;
  String value;
  boolean hasValue;
  String opRef;
  JsonNode opDisplay;
  String hostPattern;
  String pathPattern;
  boolean hasPathPattern;
  Injection injection;
  boolean hasInjection;

  /** Reads a body that {@link dev.onecli4j.validation.SecretRules} found no issue with. */
  static SecretInput of(JsonNode body) {
    ObjectNode o = (ObjectNode) body;
    SecretInput in = new SecretInput();
    String name = text(o, "name");
    in.name = name == null ? null : JsText.trim(name);
    in.type = text(o, "type");
    in.valueSource = text(o, "valueSource");
    in.value = text(o, "value");
    in.hasValue = in.value != null;
    in.opRef = text(o, "opRef");
    in.opDisplay = labels(o.get("opDisplay"));
    String host = text(o, "hostPattern");
    in.hostPattern = host == null ? null : JsText.trim(host);
    in.pathPattern = text(o, "pathPattern");
    in.hasPathPattern = o.has("pathPattern");
    JsonNode injection = o.get("injectionConfig");
    in.hasInjection = injection != null;
    if (injection != null && !injection.isNull()) {
      in.injection = EmulatorJson.mapper().convertValue(injection, Injection.class);
    }
    return in;
  }

  /** The 1Password labels as the server keeps them: its schema drops keys it does not know. */
  private static JsonNode labels(JsonNode display) {
    if (display == null || !display.isObject()) {
      return null;
    }
    ObjectNode kept = EmulatorJson.mapper().createObjectNode();
    for (String key : new String[] {"vault", "item", "field"}) {
      kept.set(key, display.get(key));
    }
    return kept;
  }

  private static String text(ObjectNode o, String key) {
    JsonNode n = o.get(key);
    return n != null && n.isTextual() ? n.textValue() : null;
  }
}
