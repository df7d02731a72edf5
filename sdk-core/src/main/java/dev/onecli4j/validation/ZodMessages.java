package dev.onecli4j.validation;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/**
 * The messages of the server's schema library (zod 4) for the checks its schemas use. They are
 * the server's words: answers quote them as they are.
 */
public final class ZodMessages {
  private ZodMessages() {}

  /**
   * A value of the wrong JSON type, e.g. {@code Invalid input: expected string, received number}.
   *
   * @param expected the type the schema wants, e.g. {@code string}
   * @param value the value received, or {@code null} when missing
   * @return the message
   */
  public static String invalidType(String expected, @Nullable JsonNode value) {
    return "Invalid input: expected " + expected + ", received " + typeOf(value);
  }

  /**
   * A value outside an enum, e.g. {@code Invalid option: expected one of "a"|"b"}.
   *
   * @param values the values the enum allows
   * @return the message
   */
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

  /**
   * A string shorter than {@code min} UTF-16 units.
   *
   * @param min the least length
   * @return the message
   */
  public static String tooShort(int min) {
    return "Too small: expected string to have >=" + min + " characters";
  }

  /**
   * A string longer than {@code max} UTF-16 units.
   *
   * @param max the greatest length
   * @return the message
   */
  public static String tooLong(int max) {
    return "Too big: expected string to have <=" + max + " characters";
  }

  /** {@return the message for a value that no member of a union accepts} */
  public static String invalidUnion() {
    return "Invalid input";
  }

  /**
   * The JavaScript type zod names for a JSON value; {@code undefined} for a missing one.
   *
   * @param n the value, or {@code null} when missing
   * @return the type's name, e.g. {@code number}
   */
  public static String typeOf(@Nullable JsonNode n) {
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
