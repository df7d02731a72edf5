package dev.onecli4j.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads a user-secrets request body and collects every field problem, FastAPI style
 * ({@code loc}, {@code msg}, {@code type}); {@link #done()} answers 422 if there were any.
 */
final class BodyFields {
  private final ObjectNode body;
  private final ArrayNode errors = EmulatorJson.mapper().createArrayNode();

  BodyFields(JsonNode json) {
    if (json == null) {
      add(null, "JSON decode error", "json_invalid");
      body = null;
    } else if (!json.isObject()) {
      add(null, "Input should be a valid dictionary or object to extract fields from", "model_attributes_type");
      body = null;
    } else {
      body = (ObjectNode) json;
    }
  }

  /** A required, non-empty string; {@code null} after recording a problem. */
  String required(String field) {
    if (body == null) {
      return null;
    }
    JsonNode n = body.get(field);
    if (n == null) {
      add(field, "Field required", "missing");
      return null;
    }
    return string(field, n, true);
  }

  /** An optional string that may be null. */
  String optional(String field) {
    JsonNode n = body == null ? null : body.get(field);
    return n == null || n.isNull() ? null : string(field, n, false);
  }

  /** Throws 422 when any problem was recorded. */
  void done() {
    if (errors.size() > 0) {
      throw UserSecretErrors.validation(errors);
    }
  }

  private String string(String field, JsonNode n, boolean nonEmpty) {
    if (!n.isTextual()) {
      add(field, "Input should be a valid string", "string_type");
      return null;
    }
    if (nonEmpty && n.textValue().isEmpty()) {
      add(field, "String should have at least 1 character", "string_too_short");
      return null;
    }
    return n.textValue();
  }

  private void add(String field, String msg, String type) {
    ObjectNode e = errors.addObject();
    ArrayNode loc = e.putArray("loc").add("body");
    if (field != null) {
      loc.add(field);
    }
    e.put("msg", msg).put("type", type);
  }
}
