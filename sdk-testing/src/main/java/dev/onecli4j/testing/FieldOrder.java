package dev.onecli4j.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Writes a model as a JSON object with its fields in the server's order. The generated models
 * put explicit nulls last; the server's database layer writes them where they belong.
 */
final class FieldOrder {
  /** The order of a created secret's fields. */
  static final List<String> SECRET_CREATED =
      Arrays.asList(
          "id", "name", "type", "valueSource", "opRef", "hostPattern", "pathPattern", "createdAt", "preview", "attachedAgents");

  /** The order of a listed secret's fields. */
  static final List<String> SECRET =
      Arrays.asList(
          "id", "name", "type", "valueSource", "opRef", "hostPattern", "pathPattern", "injectionConfig", "metadata",
          "scope", "createdAt", "typeLabel");

  private FieldOrder() {}

  /** {@code model} as an object node: the listed fields first, in order, then any others. */
  static ObjectNode of(Object model, List<String> order) {
    ObjectNode source = EmulatorJson.mapper().valueToTree(model);
    ObjectNode out = EmulatorJson.mapper().createObjectNode();
    for (String field : order) {
      if (source.has(field)) {
        out.set(field, source.get(field));
      }
    }
    for (Map.Entry<String, JsonNode> e : source.properties()) {
      if (!out.has(e.getKey())) {
        out.set(e.getKey(), e.getValue());
      }
    }
    return out;
  }
}
