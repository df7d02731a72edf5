package dev.onecli4j.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Reads a JSON body the way the server's zod schemas do and records every issue in zod's order:
 * fields in the schema's order, each field's checks in order. A wrong JSON type (or a missing
 * required field, or a value outside an enum) stops the checks that depend on it; a failed
 * length or content check does not.
 */
final class BodyReader {
  /** Whether a field may be missing and whether it may be JSON null. */
  enum Presence {
    REQUIRED,
    OPTIONAL,
    NULLABLE
  }

  private final List<ServerIssue> issues = new ArrayList<>();

  /** Every issue so far, in order. */
  List<ServerIssue> issues() {
    return issues;
  }

  /** Whether an issue stopped checks that depend on it. */
  boolean aborted() {
    for (ServerIssue issue : issues) {
      if (issue.aborts()) {
        return true;
      }
    }
    return false;
  }

  /** The body as an object, or null after recording that it is not one (a missing body reads as null). */
  ObjectNode object(JsonNode node, String path) {
    if (node == null || !node.isObject()) {
      abort(path, ZodMessages.invalidType("object", node == null ? NullNode.getInstance() : node));
      return null;
    }
    return (ObjectNode) node;
  }

  /** A string field; null when missing, null where allowed, or of the wrong type (recorded). */
  String string(ObjectNode o, String key, String path, Presence presence) {
    JsonNode n = o.get(key);
    if (n == null) {
      if (presence == Presence.REQUIRED) {
        abort(path, ZodMessages.invalidType("string", null));
      }
      return null;
    }
    if (n.isNull() && presence == Presence.NULLABLE) {
      return null;
    }
    if (!n.isTextual()) {
      abort(path, ZodMessages.invalidType("string", n));
      return null;
    }
    return n.textValue();
  }

  /** A string field limited to {@code values}; every miss is zod's "invalid option". */
  String oneOf(ObjectNode o, String key, String path, Presence presence, String... values) {
    JsonNode n = o.get(key);
    if (n == null && presence != Presence.REQUIRED) {
      return null;
    }
    if (n != null && n.isNull() && presence == Presence.NULLABLE) {
      return null;
    }
    if (n != null && n.isTextual()) {
      for (String v : values) {
        if (v.equals(n.textValue())) {
          return v;
        }
      }
    }
    abort(path, ZodMessages.invalidOption(values));
    return null;
  }

  /** zod's {@code .min(n)} on a string's UTF-16 length. */
  void minLength(String value, int min, String path, String message) {
    check(value.length() >= min, path, message != null ? message : ZodMessages.tooShort(min));
  }

  /** zod's {@code .max(n)} on a string's UTF-16 length. */
  void maxLength(String value, int max, String path) {
    check(value.length() <= max, path, ZodMessages.tooLong(max));
  }

  /** A content check ({@code .refine}): records {@code message} unless {@code ok}. */
  void check(boolean ok, String path, String message) {
    if (!ok) {
      issues.add(new ServerIssue(ServerIssue.Stage.BODY, path, message, false));
    }
  }

  /** Records an issue that stops what depends on it. */
  void abort(String path, String message) {
    issues.add(new ServerIssue(ServerIssue.Stage.BODY, path, message, true));
  }

  /** Takes over the issues of a nested reader (the one union member zod reports on). */
  void addAll(BodyReader nested) {
    issues.addAll(nested.issues);
  }

  /** Records keys of {@code o} outside {@code known}: a strict object refuses them. */
  void strictKeys(ObjectNode o, String path, List<String> known) {
    for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!known.contains(key)) {
        abort(path, "Unrecognized key: \"" + key + "\"");
      }
    }
  }

  /** {@code parent.child}, or {@code child} at the top. */
  static String path(String parent, String child) {
    return parent.isEmpty() ? child : parent + "." + child;
  }
}
