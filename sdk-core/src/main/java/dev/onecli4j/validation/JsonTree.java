package dev.onecli4j.validation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.LinkedHashMap;

/**
 * Reads a request body the SDK has just written (as tokens, from its values) into the tree its
 * rules look at: the tree {@code ObjectMapper.readTree} would give (the same node kinds for
 * numbers, the last of repeated keys), straight from the tokens (their strings shared, not
 * copied), without a deserialization context per body and with objects sized for the few fields
 * a request body has.
 */
final class JsonTree {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** Room for a request body's fields without a resize; the map grows beyond that as usual. */
  private static final int OBJECT_CAPACITY = 8;

  private JsonTree() {}

  /** The tree of the one JSON value {@code parser} reads (from its first token). */
  static JsonNode read(JsonParser parser) throws IOException {
    JsonToken first = parser.nextToken();
    if (first == null) {
      throw new IOException("no JSON value");
    }
    JsonNode value = value(parser, first);
    if (parser.nextToken() != null) {
      throw new IOException("more than one JSON value");
    }
    return value;
  }

  private static JsonNode value(JsonParser parser, JsonToken token) throws IOException {
    switch (token) {
      case START_OBJECT:
        ObjectNode object = new ObjectNode(NODES, new LinkedHashMap<>(OBJECT_CAPACITY));
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          object.set(key, value(parser, parser.nextToken()));
        }
        return object;
      case START_ARRAY:
        ArrayNode array = NODES.arrayNode();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
          array.add(value(parser, t));
        }
        return array;
      case VALUE_STRING:
        return NODES.textNode(parser.getText());
      case VALUE_NUMBER_INT:
        switch (parser.getNumberType()) {
          case INT:
            return NODES.numberNode(parser.getIntValue());
          case LONG:
            return NODES.numberNode(parser.getLongValue());
          default:
            return NODES.numberNode(parser.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT:
        switch (parser.getNumberType()) {
          case BIG_DECIMAL:
            return NODES.numberNode(parser.getDecimalValue());
          case FLOAT:
            return NODES.numberNode(parser.getFloatValue());
          default:
            return NODES.numberNode(parser.getDoubleValue());
        }
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        throw new IOException("unexpected token " + token);
    }
  }
}
