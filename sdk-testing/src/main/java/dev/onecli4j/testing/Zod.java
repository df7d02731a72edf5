package dev.onecli4j.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onecli4j.validation.JsText;
import dev.onecli4j.validation.ZodMessages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads request fields the way the OneCLI server's zod schemas do, with zod's messages (from the
 * SDK's {@link ZodMessages}), for the routes without shared rules in the SDK. Every
 * reader throws the first problem as a flat 400 ({@link OneCliErrors#flat}); callers read the
 * fields in the schema's order, so the first problem reported is the server's first problem.
 */
final class Zod {
  private Zod() {}

  /** Whether a field may be absent, and whether it may be JSON null. */
  enum Presence {
    REQUIRED,
    OPTIONAL,
    NULLABLE
  }

  /** The body as an object; anything else is refused, and an absent or unreadable body reads as null. */
  static ObjectNode object(JsonNode body) {
    if (body == null) {
      throw OneCliErrors.flat("Invalid input: expected object, received null");
    }
    if (!body.isObject()) {
      throw OneCliErrors.flat(invalidType("object", body));
    }
    return (ObjectNode) body;
  }

  /** A string field; {@code null} when absent (or null where allowed). */
  static String string(ObjectNode o, String key, Presence presence) {
    JsonNode n = o.get(key);
    if (absentOrNull(n, presence, "string")) {
      return null;
    }
    if (!n.isTextual()) {
      throw OneCliErrors.flat(invalidType("string", n));
    }
    return n.textValue();
  }

  /** A string field that must be one of {@code values}; zod reports any miss as an invalid option. */
  static String oneOf(ObjectNode o, String key, Presence presence, String... values) {
    JsonNode n = o.get(key);
    if (n == null && presence != Presence.REQUIRED) {
      return null;
    }
    if (n != null && n.isNull() && presence == Presence.NULLABLE) {
      return null;
    }
    if (n == null || !n.isTextual() || !Arrays.asList(values).contains(n.textValue())) {
      throw OneCliErrors.flat(invalidOption(values));
    }
    return n.textValue();
  }

  /** A boolean field. */
  static Boolean bool(ObjectNode o, String key, Presence presence) {
    JsonNode n = o.get(key);
    if (absentOrNull(n, presence, "boolean")) {
      return null;
    }
    if (!n.isBoolean()) {
      throw OneCliErrors.flat(invalidType("boolean", n));
    }
    return n.booleanValue();
  }

  /** An integer field within {@code [min, max]}. */
  static Integer integer(ObjectNode o, String key, Presence presence, long min, long max) {
    JsonNode n = o.get(key);
    if (absentOrNull(n, presence, "number")) {
      return null;
    }
    if (!n.isNumber()) {
      throw OneCliErrors.flat(invalidType("number", n));
    }
    double d = n.doubleValue();
    if (d != Math.rint(d) || Double.isInfinite(d)) {
      throw OneCliErrors.flat(invalidType("int", n));
    }
    if (d < min) {
      throw OneCliErrors.flat("Too small: expected number to be >=" + min);
    }
    if (d > max) {
      throw OneCliErrors.flat("Too big: expected number to be <=" + max);
    }
    return (int) d;
  }

  /** An array field; {@code null} when absent (or null where allowed). */
  static List<JsonNode> array(ObjectNode o, String key, Presence presence, int maxItems) {
    JsonNode n = o.get(key);
    if (absentOrNull(n, presence, "array")) {
      return null;
    }
    if (!n.isArray()) {
      throw OneCliErrors.flat(invalidType("array", n));
    }
    List<JsonNode> items = new ArrayList<>();
    n.forEach(items::add);
    if (items.size() > maxItems) {
      throw OneCliErrors.flat("Too big: expected array to have <=" + maxItems + " items");
    }
    return items;
  }

  /** Checks the length of a string (after any trimming the schema applies). */
  static String length(String value, int min, int max) {
    if (value.length() < min) {
      throw OneCliErrors.flat(ZodMessages.tooShort(min));
    }
    if (value.length() > max) {
      throw OneCliErrors.flat(ZodMessages.tooLong(max));
    }
    return value;
  }

  /** Removes what JavaScript's {@code String.prototype.trim} removes. */
  static String trim(String s) {
    return JsText.trim(s);
  }

  /** zod's message for a value of the wrong type. */
  static String invalidType(String expected, JsonNode n) {
    return ZodMessages.invalidType(expected, n);
  }

  /** zod's message for a value outside an enum. */
  static String invalidOption(String... values) {
    return ZodMessages.invalidOption(values);
  }

  private static boolean absentOrNull(JsonNode n, Presence presence, String expected) {
    if (n == null) {
      if (presence == Presence.REQUIRED) {
        throw OneCliErrors.flat(invalidType(expected, null));
      }
      return true;
    }
    if (n.isNull()) {
      if (presence == Presence.NULLABLE) {
        return true;
      }
      throw OneCliErrors.flat(invalidType(expected, n));
    }
    return false;
  }
}
