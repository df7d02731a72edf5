package dev.onecli4j.validation;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The messages of the server's schema library (zod 4) for the checks its schemas use. They are
 * the server's words: answers quote them as they are.
 */
public final class ZodMessages {
  private ZodMessages() {}

  /** A value of the wrong JSON type, e.g. {@code Invalid input: expected string, received number}. */
  public static String invalidType(String expected, JsonNode value) {
    return "Invalid input: expected " + expected + ", received " + typeOf(value);
  }

  /** A value outside an enum, e.g. {@code Invalid option: expected one of "a"|"b"}. */
  public static String invalidOption(String... values) {
    if (values.length == 1) {
      return "Invalid input: expected \"" + values[0] + "\"";
    }
    StringBuilder sb = new StringBuilder("Invalid option: expected one of ");
    for (int i = 0; i < values.length; i++) {
      sb.append(i == 0 ? "" : "|").append('"').append(values[i]).append('"');
    }
    return sb.toString();
  }

  /** A string shorter than {@code min} UTF-16 units. */
  public static String tooShort(int min) {
    return "Too small: expected string to have >=" + min + " characters";
  }

  /** A string longer than {@code max} UTF-16 units. */
  public static String tooLong(int max) {
    return "Too big: expected string to have <=" + max + " characters";
  }

  /** A value that no member of a union accepts. */
  public static String invalidUnion() {
    return "Invalid input";
  }

  /** The JavaScript type zod names for a JSON value; {@code undefined} for a missing one. */
  public static String typeOf(JsonNode n) {
    if (n == null || n.isMissingNode()) {
      return "undefined";
    }
    if (n.isNull()) {
      return "null";
    }
    if (n.isTextual()) {
      return "string";
    }
    if (n.isNumber()) {
      return "number";
    }
    if (n.isBoolean()) {
      return "boolean";
    }
    return n.isArray() ? "array" : "object";
  }
}
