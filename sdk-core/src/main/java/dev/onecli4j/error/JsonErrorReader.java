package dev.onecli4j.error;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;

/**
 * Reads as much of a JSON error body as is well formed, then finds its type, message and field
 * errors in any of the shapes the two APIs and common servers use. Values are returned raw, not
 * yet redacted.
 */
final class JsonErrorReader {
  static final int MAX_NESTING_DEPTH = 64;
  static final int MAX_NUMBER_LENGTH = 100;
  static final int MAX_FIELD_ERRORS = 100;

  private static final String[] MESSAGE_KEYS = {"message", "detail", "title"};
  private static final String[] TYPE_KEYS = {"type", "code"};
  private static final String[] LIST_KEYS = {"errors", "field_errors", "fieldErrors", "detail"};
  private static final String[] LOC_KEYS = {"loc", "path", "field"};
  private static final String[] ITEM_MESSAGE_KEYS = {"msg", "message", "detail"};

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(MAX_NESTING_DEPTH)
                  .maxStringLength(ErrorBodyParser.DEFAULT_MAX_BYTES)
                  .maxNumberLength(MAX_NUMBER_LENGTH)
                  .build())
          .build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** What a JSON body said, raw; {@code message} may be null when it said nothing usable. */
  static final class Found {
    String type;
    String message;
    final List<FieldError> fieldErrors = new ArrayList<>();
  }

  private JsonErrorReader() {}

  /** What {@code json} says, or {@code null} when not even its first token is JSON. */
  static Found read(String json) {
    JsonNode root = readLenient(json);
    if (root == null) {
      return null;
    }
    Found found = new Found();
    if (root.isTextual()) {
      found.message = text(root);
    } else if (root.isArray()) {
      addFieldErrors(root, found.fieldErrors);
    } else if (root.isObject()) {
      fromObject(root, found);
    }
    if (found.message == null && !found.fieldErrors.isEmpty()) {
      found.message = summary(found.fieldErrors);
    }
    return found;
  }

  /**
   * The tree of the first JSON value in {@code json}; where the text is truncated or breaks a
   * rule, the values read before that point. {@code null} when no value could be started.
   */
  static JsonNode readLenient(String json) {
    JsonNode root = null;
    Deque<JsonNode> open = new ArrayDeque<>(4); // error bodies nest two or three levels
    String field = null;
    try (JsonParser parser = FACTORY.createParser(json)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.FIELD_NAME) {
          field = parser.currentName();
          continue;
        }
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          open.pop();
          if (open.isEmpty()) {
            return root;
          }
          continue;
        }
        JsonNode value = node(token, parser);
        if (value == null) {
          continue;
        }
        if (root == null) {
          root = value;
        } else if (open.peek().isObject()) {
          ((ObjectNode) open.peek()).set(field, value);
        } else {
          ((ArrayNode) open.peek()).add(value);
        }
        if (value.isContainerNode()) {
          open.push(value);
        } else if (open.isEmpty()) {
          return root;
        }
      }
    } catch (Exception | StackOverflowError e) {
      // Truncated, malformed or over a limit: keep what was read.
    }
    return root;
  }

  private static JsonNode node(JsonToken token, JsonParser parser) throws IOException {
    switch (token) {
      case START_OBJECT:
        // Error objects have a few fields: a small table, grown as usual when they have more.
        return new ObjectNode(NODES, new java.util.LinkedHashMap<>(4));
      case START_ARRAY:
        return NODES.arrayNode();
      case VALUE_STRING:
        return NODES.textNode(parser.getText());
      case VALUE_NUMBER_INT:
        return NODES.numberNode(parser.getBigIntegerValue());
      case VALUE_NUMBER_FLOAT:
        return NODES.numberNode(parser.getDecimalValue());
      case VALUE_TRUE:
      case VALUE_FALSE:
        return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        return null;
    }
  }

  private static void fromObject(JsonNode object, Found found) {
    JsonNode error = object.get("error");
    if (error != null && error.isObject()) {
      fromFields(error, found);
    } else {
      found.message = text(error);
    }
    fromFields(object, found);
  }

  private static void fromFields(JsonNode object, Found found) {
    if (found.message == null) {
      found.message = firstText(object, MESSAGE_KEYS);
    }
    if (found.type == null) {
      found.type = firstText(object, TYPE_KEYS);
    }
    for (String key : LIST_KEYS) {
      if (!found.fieldErrors.isEmpty()) {
        return;
      }
      JsonNode list = object.get(key);
      if (list != null && list.isArray()) {
        addFieldErrors(list, found.fieldErrors);
      }
    }
  }

  private static void addFieldErrors(JsonNode list, List<FieldError> out) {
    for (JsonNode item : list) {
      if (out.size() >= MAX_FIELD_ERRORS) {
        return;
      }
      FieldError error = fieldError(item);
      if (error != null) {
        out.add(error);
      }
    }
  }

  private static FieldError fieldError(JsonNode item) {
    if (item.isTextual()) {
      String msg = text(item);
      return msg == null ? null : new FieldError(Collections.emptyList(), msg, null);
    }
    if (!item.isObject()) {
      return null;
    }
    String msg = firstText(item, ITEM_MESSAGE_KEYS);
    return msg == null ? null : new FieldError(loc(item), msg, firstText(item, TYPE_KEYS));
  }

  private static List<Object> loc(JsonNode item) {
    for (String key : LOC_KEYS) {
      JsonNode node = item.get(key);
      if (node != null && node.isTextual()) {
        return Collections.singletonList(node.textValue());
      }
      if (node != null && node.isArray()) {
        List<Object> parts = new ArrayList<>(node.size());
        for (JsonNode part : node) {
          if (part.isIntegralNumber() && part.canConvertToInt()) {
            parts.add(part.intValue());
          } else if (part.isValueNode() && !part.isNull()) {
            parts.add(part.asText());
          }
        }
        return parts;
      }
    }
    return Collections.emptyList();
  }

  private static String summary(List<FieldError> errors) {
    return errors.size() == 1 ? errors.get(0).msg() : errors.size() + " validation errors";
  }

  private static String firstText(JsonNode object, String[] keys) {
    for (String key : keys) {
      String text = text(object.get(key));
      if (text != null) {
        return text;
      }
    }
    return null;
  }

  private static String text(JsonNode node) {
    return node != null && node.isTextual() ? Texts.blankToNull(node.textValue()) : null;
  }
}
