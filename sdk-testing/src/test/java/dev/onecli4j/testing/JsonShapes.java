package dev.onecli4j.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onecli4j.validation.ZodMessages;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

/**
 * Compares the shape of two JSON answers: the same field names and JSON types everywhere, and
 * arrays with the same elements by shape, in any order (the server does not order every list).
 * Values do not count.
 */
final class JsonShapes {
  private JsonShapes() {}

  /** The differences, each with its path; empty when the shapes agree. */
  static List<String> differences(JsonNode expected, JsonNode actual) {
    List<String> out = new ArrayList<>();
    compare("$", expected, actual, out);
    return out;
  }

  /** A canonical text of a value's shape. */
  static String shape(JsonNode n) {
    if (n == null || n.isNull()) {
      return "null";
    }
    if (n.isObject()) {
      StringBuilder sb = new StringBuilder("{");
      for (String k : new TreeSet<>(names(n))) {
        sb.append(sb.length() == 1 ? "" : ",").append(k).append(':').append(shape(n.get(k)));
      }
      return sb.append('}').toString();
    }
    if (n.isArray()) {
      List<String> items = new ArrayList<>();
      n.forEach(x -> items.add(shape(x)));
      Collections.sort(items);
      return "[" + String.join(",", items) + "]";
    }
    return type(n);
  }

  private static String type(JsonNode n) {
    return n == null ? "null" : ZodMessages.typeOf(n);
  }

  private static List<String> names(JsonNode n) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }

  private static void compare(String path, JsonNode e, JsonNode a, List<String> out) {
    if (!type(e).equals(type(a))) {
      out.add(path + ": expected " + type(e) + ", got " + type(a));
      return;
    }
    if (e.isObject()) {
      TreeSet<String> missing = new TreeSet<>(names(e));
      missing.removeAll(names(a));
      TreeSet<String> extra = new TreeSet<>(names(a));
      extra.removeAll(names(e));
      if (!missing.isEmpty()) {
        out.add(path + ": missing " + missing);
      }
      if (!extra.isEmpty()) {
        out.add(path + ": extra " + extra);
      }
      for (String k : names(e)) {
        if (a.has(k)) {
          compare(path + "." + k, e.get(k), a.get(k), out);
        }
      }
    } else if (e.isArray()) {
      if (e.size() != a.size()) {
        out.add(path + ": expected " + e.size() + " items, got " + a.size());
        return;
      }
      if (!shape(e).equals(shape(a))) {
        List<String> es = new ArrayList<>();
        e.forEach(x -> es.add(shape(x)));
        List<String> as = new ArrayList<>();
        a.forEach(x -> as.add(shape(x)));
        if (e.size() == 1) {
          compare(path + "[0]", e.get(0), a.get(0), out);
        } else {
          out.add(path + ": element shapes differ, expected " + es + ", got " + as);
        }
      }
    }
  }
}
