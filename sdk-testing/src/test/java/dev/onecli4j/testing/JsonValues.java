package dev.onecli4j.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Compares the values of two JSON answers of the same shape, after mapping the recording's
 * placeholders to the target's values: equal scalars everywhere but in fields that differ from
 * run to run (timestamps, generations, versions, URLs), lists equal in any order. A placeholder
 * never handed out matches any string.
 */
final class JsonValues {
  /** Fields whose values depend on when and where the run happened. */
  static final Set<String> VOLATILE =
      Set.of("createdAt", "expiresAt", "appliedAt", "connectedAt", "generation", "version", "url", "joinUrl", "timestamp");

  private final UnaryOperator<String> map;
  private final UnaryOperator<String> mapSlug;
  private final Predicate<String> unlearned;

  /**
   * @param map maps the recording's placeholders and literals to the target's values
   * @param mapSlug the same for {@code slug} fields (a recorded name and slug may be the same text)
   * @param unlearned whether a text is a placeholder the target never handed out
   */
  JsonValues(UnaryOperator<String> map, UnaryOperator<String> mapSlug, Predicate<String> unlearned) {
    this.map = map;
    this.mapSlug = mapSlug;
    this.unlearned = unlearned;
  }

  /** The differences, each with its path; empty when the values agree. */
  List<String> differences(JsonNode expected, JsonNode actual) {
    List<String> out = new ArrayList<>();
    compare("$", expected, actual, out);
    return out;
  }

  private void compare(String path, JsonNode e, JsonNode a, List<String> out) {
    if (e == null || a == null || e.getNodeType() != a.getNodeType()) {
      return;
    }
    if (e.isObject()) {
      for (Iterator<String> it = e.fieldNames(); it.hasNext(); ) {
        String k = it.next();
        if (!VOLATILE.contains(k) && a.has(k)) {
          if (k.equals("slug") && e.get(k).isTextual()) {
            if (!mapSlug.apply(e.get(k).asText()).equals(a.get(k).asText())) {
              out.add(path + ".slug: expected " + mapSlug.apply(e.get(k).asText()) + ", got " + a.get(k));
            }
          } else {
            compare(path + "." + k, e.get(k), a.get(k), out);
          }
        }
      }
    } else if (e.isArray()) {
      if (e.size() != a.size()) {
        return;
      }
      List<String> positional = new ArrayList<>();
      for (int i = 0; i < e.size(); i++) {
        compare(path + "[" + i + "]", e.get(i), a.get(i), positional);
      }
      if (!positional.isEmpty() && !canonical(e, true).equals(canonical(a, false))) {
        out.add(path + ": expected " + canonical(e, true) + ", got " + canonical(a, false));
      }
    } else if (!scalarEquals(e, a)) {
      out.add(path + ": expected " + (e.isTextual() ? map.apply(e.asText()) : e.toString()) + ", got " + a);
    }
  }

  private boolean scalarEquals(JsonNode e, JsonNode a) {
    if (e.isTextual()) {
      return unlearned.test(e.asText()) || map.apply(e.asText()).equals(a.asText());
    }
    return e.equals(a) || e.isNumber() && a.isNumber() && e.doubleValue() == a.doubleValue();
  }

  /** Elements as sorted canonical texts: volatile fields dropped, placeholders mapped (or blanked when unlearned). */
  private String canonical(JsonNode n, boolean expected) {
    if (n.isArray()) {
      List<String> items = new ArrayList<>();
      n.forEach(x -> items.add(canonical(x, expected)));
      Collections.sort(items);
      return items.toString();
    }
    if (n.isObject()) {
      StringBuilder sb = new StringBuilder("{");
      for (String k : new TreeSet<>(fieldNames((ObjectNode) n))) {
        if (!VOLATILE.contains(k)) {
          JsonNode v = n.get(k);
          String text = k.equals("slug") && expected && v.isTextual() ? mapSlug.apply(v.asText()) : canonical(v, expected);
          sb.append(k).append('=').append(text).append(';');
        }
      }
      return sb.append('}').toString();
    }
    if (n.isTextual()) {
      String s = n.asText();
      return expected ? (unlearned.test(s) ? "?" : map.apply(s)) : s;
    }
    return n.toString();
  }

  private static List<String> fieldNames(ObjectNode o) {
    List<String> names = new ArrayList<>();
    o.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
