package dev.onecli4j.generated;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onecli4j.generated.onecli.model.Injection;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds a sample JSON document with every field of a generated model filled in. */
final class ModelSamples {
  static final String DATE_TIME = "2024-05-01T12:34:56.789+02:00";
  static final String UNKNOWN_FIELD = "zzFieldFromTheFuture";
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private ModelSamples() {}

  /** A generated model: read by its own reader and built with a {@code Builder}. */
  static boolean isModel(Class<?> type) {
    if (!type.isAnnotationPresent(JsonDeserialize.class)) {
      return false;
    }
    for (Class<?> nested : type.getDeclaredClasses()) {
      if (nested.getSimpleName().equals("Builder")) {
        return true;
      }
    }
    return false;
  }

  static boolean isOpenEnum(Class<?> type) {
    try {
      return type.getMethod("of", String.class).getReturnType() == type && type.getMethod("values") != null;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  /** The JSON fields of a model: name to Java type, read from its builder. */
  static Map<String, Type> fields(Class<?> model) throws Exception {
    Class<?> builder = Class.forName(model.getName() + "$Builder");
    Map<String, Type> out = new java.util.TreeMap<>();
    for (Method m : builder.getMethods()) {
      JsonProperty p = m.getAnnotation(JsonProperty.class);
      if (p != null && m.getParameterCount() == 1) {
        out.put(p.value(), m.getGenericParameterTypes()[0]);
      }
    }
    return out;
  }

  static ObjectNode sample(Class<?> model, int depth) throws Exception {
    ObjectNode node = F.objectNode();
    for (Map.Entry<String, Type> field : fields(model).entrySet()) {
      node.set(field.getKey(), value(field.getKey(), field.getValue(), depth));
    }
    node.set(UNKNOWN_FIELD, F.objectNode().put("nested", 1).set("list", F.arrayNode().add("x")));
    return node;
  }

  static JsonNode value(String name, Type type, int depth) throws Exception {
    if (type instanceof ParameterizedType) {
      ParameterizedType p = (ParameterizedType) type;
      Class<?> raw = (Class<?>) p.getRawType();
      if (Collection.class.isAssignableFrom(raw)) {
        ArrayNode array = F.arrayNode();
        array.add(value(name, p.getActualTypeArguments()[0], depth));
        return array;
      }
      if (Map.class.isAssignableFrom(raw)) {
        return F.objectNode().set("key", value(name, p.getActualTypeArguments()[1], depth));
      }
    }
    Class<?> c = (Class<?>) type;
    if (c == String.class) {
      return F.textNode("sample-" + name);
    }
    if (c == Integer.class || c == int.class || c == Long.class || c == long.class) {
      return F.numberNode(7);
    }
    if (c == Double.class || c == Float.class || c == BigDecimal.class) {
      return F.numberNode(1.5);
    }
    if (c == Boolean.class || c == boolean.class) {
      return F.booleanNode(true);
    }
    if (c == OffsetDateTime.class) {
      return F.textNode(DATE_TIME);
    }
    if (c == LocalDate.class) {
      return F.textNode("2024-05-01");
    }
    if (c == java.net.URI.class) {
      return F.textNode("https://example.com/" + name);
    }
    if (c == UUID.class) {
      return F.textNode("123e4567-e89b-12d3-a456-426614174000");
    }
    if (c == Object.class || c == JsonNode.class) {
      return F.objectNode().put("free", "form");
    }
    if (c == Injection.class) {
      return F.objectNode().put("headerName", "Authorization").put("valueFormat", "Bearer {value}");
    }
    if (c == dev.onecli4j.generated.onecli.model.AttachedAgent.class) {
      return F.objectNode().put("id", "agt_1").put("name", "Research bot");
    }
    if (isOpenEnum(c)) {
      List<?> values = (List<?>) c.getMethod("values").invoke(null);
      return F.textNode(values.get(0).toString());
    }
    if (isModel(c)) {
      return depth > 3 ? F.objectNode() : sample(c, depth + 1);
    }
    throw new IllegalArgumentException("no sample for " + type + " of " + name);
  }
}
