package dev.onecli4j.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A request-body schema that reports problems the way the OneCLI server's schema library
 * (zod 4) does: the same issues, in the same order, with the same messages. The server answers
 * only the first one; a client may list them all.
 *
 * <p>A parse takes a JSON value ({@code null} when the field is absent, a {@code NullNode} for
 * JSON {@code null}) and returns the parsed value (trimmed strings, defaults filled in; {@code
 * null} when absent), recording issues on the way.
 */
abstract class Schema {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Parses {@code value} found at {@code path}; returns the parsed value. */
  abstract JsonNode parse(JsonNode value, String path, SchemaIssues issues);

  /** The problems of {@code value}, in the server's order. */
  final List<Problem> problems(JsonNode value) {
    SchemaIssues issues = new SchemaIssues();
    parse(value, "", issues);
    return issues.problems();
  }

  /** This schema, or absent. */
  final Schema optional() {
    return new Modified(this, true, false, null);
  }

  /** This schema, or JSON null. */
  final Schema nullable() {
    return new Modified(this, false, true, null);
  }

  /** This schema, JSON null or absent. */
  final Schema nullish() {
    return new Modified(this, true, true, null);
  }

  /** This schema, with {@code value} when absent. */
  final Schema orDefault(String value) {
    return new Modified(this, true, false, TextNode.valueOf(value));
  }

  /** Adds a check of the parsed value, skipped when an aborting issue came first. */
  final Schema refine(Predicate<JsonNode> ok, String message) {
    return superRefine((v, path, issues) -> {
      if (!ok.test(v)) {
        issues.add(path, message, false);
      }
    });
  }

  /** Adds a check that records its own issues, skipped when an aborting issue came first. */
  final Schema superRefine(Refinement refinement) {
    return new Refined(this, refinement);
  }

  /** A check run on a parsed value. */
  interface Refinement {
    void check(JsonNode value, String path, SchemaIssues issues);
  }

  static StringSchema string() {
    return new StringSchema();
  }

  static NumberSchema integer(long min, long max) {
    return new NumberSchema(min, max);
  }

  static Schema bool() {
    return new BooleanSchema();
  }

  static Schema oneOf(String... values) {
    return new EnumSchema(values, null, null);
  }

  /** An enum that reads {@code alias} as {@code canonical} first. */
  static Schema oneOfWithAlias(String alias, String canonical, String... values) {
    return new EnumSchema(values, alias, canonical);
  }

  static ArraySchema array(Schema element) {
    return new ArraySchema(element);
  }

  static ObjectSchema object() {
    return new ObjectSchema(false);
  }

  static ObjectSchema strictObject() {
    return new ObjectSchema(true);
  }

  static Schema union(Schema... options) {
    return new UnionSchema(Arrays.asList(options));
  }

  static DiscriminatedSchema discriminated(String key) {
    return new DiscriminatedSchema(key);
  }

  /** Optional, nullable and default wrappers. */
  private static final class Modified extends Schema {
    private final Schema inner;
    private final boolean absentOk;
    private final boolean nullOk;
    private final JsonNode fallback;

    Modified(Schema inner, boolean absentOk, boolean nullOk, JsonNode fallback) {
      this.inner = inner;
      this.absentOk = absentOk;
      this.nullOk = nullOk;
      this.fallback = fallback;
    }

    @Override
    JsonNode parse(JsonNode value, String path, SchemaIssues issues) {
      if (value == null && absentOk) {
        return fallback;
      }
      if (value != null && value.isNull() && nullOk) {
        return value;
      }
      return inner.parse(value, path, issues);
    }
  }

  /** A schema with refinements that run only when nothing aborting came first. */
  private static final class Refined extends Schema {
    private final Schema inner;
    private final Refinement refinement;

    Refined(Schema inner, Refinement refinement) {
      this.inner = inner;
      this.refinement = refinement;
    }

    @Override
    JsonNode parse(JsonNode value, String path, SchemaIssues issues) {
      int mark = issues.mark();
      JsonNode out = inner.parse(value, path, issues);
      if (!issues.abortedSince(mark)) {
        refinement.check(out, path, issues);
      }
      return out;
    }
  }

  /** Strings: trimming, lengths, a pattern, the e-mail format. */
  static final class StringSchema extends Schema {
    private final List<Check> checks = new ArrayList<>();

    private interface Check {
      String apply(String s, String path, SchemaIssues issues);
    }

    StringSchema trim() {
      checks.add((s, path, issues) -> JsText.trim(s));
      return this;
    }

    /** At least {@code n} UTF-16 units. */
    StringSchema min(int n) {
      return min(n, ZodMessages.tooShort(n));
    }

    /** At least {@code n} UTF-16 units, with the schema's own {@code message}. */
    StringSchema min(int n, String message) {
      return check(s -> s.length() >= n, message);
    }

    /** At most {@code n} UTF-16 units. */
    StringSchema max(int n) {
      return check(s -> s.length() <= n, ZodMessages.tooLong(n));
    }

    /** The whole string must match {@code pattern}. */
    StringSchema matches(Pattern pattern, String message) {
      return check(s -> pattern.matcher(s).matches(), message);
    }

    /** A content check ({@code .refine} on the string): {@code message} unless {@code ok}. */
    StringSchema check(Predicate<String> ok, String message) {
      checks.add((s, path, issues) -> {
        if (!ok.test(s)) {
          issues.add(path, message, false);
        }
        return s;
      });
      return this;
    }

    StringSchema lowerCase() {
      checks.add((s, path, issues) -> s.toLowerCase(java.util.Locale.ROOT));
      return this;
    }

    @Override
    JsonNode parse(JsonNode value, String path, SchemaIssues issues) {
      if (value == null || !value.isTextual()) {
        issues.add(path, ZodMessages.invalidType("string", value), true);
        return value;
      }
      String original = value.textValue();
      String s = original;
      for (Check check : checks) {
        s = check.apply(s, path, issues);
      }
      return s == original ? value : TextNode.valueOf(s); // checks return their input when they change nothing
    }
  }

  /** Integers within a range. */
  static final class NumberSchema extends Schema {
    private final long min;
    private final long max;

    NumberSchema(long min, long max) {
      this.min = min;
      this.max = max;
    }

    @Override
    JsonNode parse(JsonNode value, String path, SchemaIssues issues) {
      if (value == null || !value.isNumber()) {
        issues.add(path, ZodMessages.invalidType("number", value), true);
        return value;
      }
      double d = value.doubleValue();
      if (d != Math.rint(d) || Double.isInfinite(d)) {
        issues.add(path, "Invalid input: expected int, received number", true);
        return value;
      }
      if (d < min) {
        issues.add(path, "Too small: expected number to be >=" + min, false);
      }
      if (d > max) {
        issues.add(path, "Too big: expected number to be <=" + max, false);
      }
      return value;
    }
  }

  private static final class BooleanSchema extends Schema {
    @Override
    JsonNode parse(JsonNode value, String path, SchemaIssues issues) {
      if (value == null || !value.isBoolean()) {
        issues.add(path, ZodMessages.invalidType("boolean", value), true);
      }
      return value;
    }
  }

  private static final class EnumSchema extends Schema {
    private final List<String> values;
    private final String alias;
    private final String canonical;

    EnumSchema(String[] values, String alias, String canonical) {
      this.values = Arrays.asList(values);
      this.alias = alias;
      this.canonical = canonical;
    }

    @Override
    JsonNode parse(JsonNode value, String path, SchemaIssues issues) {
      JsonNode v = value;
      if (alias != null && v != null && v.isTextual() && alias.equals(v.textValue())) {
        v = TextNode.valueOf(canonical);
      }
      if (v == null || !v.isTextual() || !values.contains(v.textValue())) {
        issues.add(path, ZodMessages.invalidOption(values.toArray(new String[0])), true);
        return value;
      }
      return v;
    }
  }

  /** Arrays of one element schema, with item-count limits. */
  static final class ArraySchema extends Schema {
    private final Schema element;
    private int min = -1;
    private int max = -1;

    ArraySchema(Schema element) {
      this.element = element;
    }

    ArraySchema min(int n) {
      this.min = n;
      return this;
    }

    ArraySchema max(int n) {
      this.max = n;
      return this;
    }

    @Override
    JsonNode parse(JsonNode value, String path, SchemaIssues issues) {
      if (value == null || !value.isArray()) {
        issues.add(path, ZodMessages.invalidType("array", value), true);
        return value;
      }
      // The input itself when no item changed; a copy only when one did.
      com.fasterxml.jackson.databind.node.ArrayNode out = null;
      for (int i = 0; i < value.size(); i++) {
        JsonNode in = value.get(i);
        JsonNode item = element.parse(in, SchemaIssues.element(path, i), issues);
        if (out == null && item != in) {
          out = NODES.arrayNode(value.size());
          for (int j = 0; j < i; j++) {
            out.add(value.get(j));
          }
        }
        if (out != null) {
          out.add(item == null ? NODES.nullNode() : item);
        }
      }
      if (min >= 0 && value.size() < min) {
        issues.add(path, "Too small: expected array to have >=" + min + " items", false);
      }
      if (max >= 0 && value.size() > max) {
        issues.add(path, "Too big: expected array to have <=" + max + " items", false);
      }
      return out == null ? value : out;
    }
  }

  /** Objects with known fields; unknown fields are dropped, or refused when strict. */
  static final class ObjectSchema extends Schema {
    private final Map<String, Schema> shape = new LinkedHashMap<>();
    private final boolean strict;

    ObjectSchema(boolean strict) {
      this.strict = strict;
    }

    ObjectSchema field(String key, Schema schema) {
      shape.put(key, schema);
      return this;
    }

    /** The paths of the fields below the last parent path seen (a schema mostly sits at one place). */
    private volatile ChildPaths childPaths;

    @Override
    JsonNode parse(JsonNode value, String path, SchemaIssues issues) {
      if (value == null || !value.isObject()) {
        issues.add(path, ZodMessages.invalidType("object", value), true);
        return value;
      }
      String[] paths = childPaths(path);
      JsonNode[] parsed = new JsonNode[paths.length];
      boolean same = true; // every field parsed to itself: the input is the parsed value
      int present = 0;
      int f = 0;
      for (Map.Entry<String, Schema> e : shape.entrySet()) {
        JsonNode in = value.get(e.getKey());
        JsonNode p = e.getValue().parse(in, paths[f], issues);
        parsed[f++] = p;
        same &= p == in;
        present += in == null ? 0 : 1;
      }
      boolean unknownKeys = present != value.size();
      JsonNode out = value;
      if (!same || unknownKeys) { // a field changed or was filled in, or an unknown one is dropped
        ObjectNode copy = NODES.objectNode();
        f = 0;
        for (String key : shape.keySet()) {
          if (parsed[f] != null) {
            copy.set(key, parsed[f]);
          }
          f++;
        }
        out = copy;
      }
      if (strict && unknownKeys) {
        List<String> unknown = new ArrayList<>();
        value.fieldNames().forEachRemaining(k -> {
          if (!shape.containsKey(k)) {
            unknown.add(k);
          }
        });
        if (!unknown.isEmpty()) {
          StringBuilder sb = new StringBuilder(unknown.size() == 1 ? "Unrecognized key: " : "Unrecognized keys: ");
          for (int i = 0; i < unknown.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append('"').append(unknown.get(i)).append('"');
          }
          issues.add(path, sb.toString(), true);
        }
      }
      return out;
    }

    private String[] childPaths(String parent) {
      ChildPaths known = childPaths;
      if (known != null && known.parent.equals(parent) && known.paths.length == shape.size()) {
        return known.paths;
      }
      String[] paths = new String[shape.size()];
      int i = 0;
      for (String key : shape.keySet()) {
        paths[i++] = SchemaIssues.child(parent, key);
      }
      childPaths = new ChildPaths(parent, paths);
      return paths;
    }
  }

  /** The paths of an object schema's fields below one parent path. */
  private static final class ChildPaths {
    final String parent;
    final String[] paths;

    ChildPaths(String parent, String[] paths) {
      this.parent = parent;
      this.paths = paths;
    }
  }

  /**
   * The first option that passes; else the issues of the only option that failed without an
   * aborting issue; else one "Invalid input".
   */
  private static final class UnionSchema extends Schema {
    private final List<Schema> options;

    UnionSchema(List<Schema> options) {
      this.options = options;
    }

    @Override
    JsonNode parse(JsonNode value, String path, SchemaIssues issues) {
      SchemaIssues onlyCandidate = null;
      JsonNode candidateOut = null;
      int candidates = 0;
      for (Schema option : options) {
        SchemaIssues own = new SchemaIssues();
        JsonNode out = option.parse(value, path, own);
        if (!own.anySince(0)) {
          return out;
        }
        if (!own.abortedSince(0)) {
          candidates++;
          onlyCandidate = own;
          candidateOut = out;
        }
      }
      if (candidates == 1) {
        issues.addAll(onlyCandidate);
        return candidateOut;
      }
      issues.add(path, ZodMessages.invalidUnion(), true);
      return value;
    }
  }

  /** Objects told apart by the string value of one key. */
  static final class DiscriminatedSchema extends Schema {
    private final String key;
    private final Map<String, ObjectSchema> options = new LinkedHashMap<>();

    DiscriminatedSchema(String key) {
      this.key = key;
    }

    /** Adds the option for {@code key == value}; its schema needs no field for the key. */
    DiscriminatedSchema option(String value, ObjectSchema schema) {
      options.put(value, schema.field(key, oneOf(value)));
      return this;
    }

    @Override
    JsonNode parse(JsonNode value, String path, SchemaIssues issues) {
      if (value == null || !value.isObject()) {
        issues.add(path, ZodMessages.invalidType("object", value), true);
        return value;
      }
      JsonNode tag = value.get(key);
      ObjectSchema option = tag != null && tag.isTextual() ? options.get(tag.textValue()) : null;
      if (option == null) {
        issues.add(SchemaIssues.child(path, key), "Invalid input", true);
        return value;
      }
      return option.parse(value, path, issues);
    }
  }
}
