package dev.onecli4j.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onecli4j.testing.Zod.Presence;

/**
 * The server's body schemas for creating and updating a secret. Fields are read in the
 * schema's order and the first problem ends the request as a flat 400; unknown top-level
 * fields are dropped.
 */
final class SecretValidator {
  static final String VALUE_REQUIRED = "Secret value is required";
  static final String OP_FIELD_REQUIRED = "Select a 1Password field";
  private static final String[] TYPES = {"anthropic", "openai", "generic"};
  private static final String[] SOURCES = {"inline", "onepassword"};
  private static final String[] UPDATE_KEYS = {
    "name", "valueSource", "value", "opRef", "opDisplay", "hostPattern", "pathPattern", "injectionConfig"
  };

  private SecretValidator() {}

  /** Validates a create body. */
  static SecretInput create(JsonNode body) {
    ObjectNode o = Zod.object(body);
    SecretInput in = new SecretInput();
    in.name = Zod.length(Zod.trim(Zod.string(o, "name", Presence.REQUIRED)), 1, 255);
    in.type = Zod.oneOf(o, "type", Presence.REQUIRED, TYPES);
    in.valueSource = Zod.oneOf(o, "valueSource", Presence.OPTIONAL, SOURCES);
    readValue(o, in);
    in.opRef = opRef(o);
    in.opDisplay = opDisplay(o);
    in.hostPattern = HostPatterns.check(Zod.string(o, "hostPattern", Presence.REQUIRED));
    readPathPattern(o, in, Presence.OPTIONAL);
    readInjection(o, in);
    if ("onepassword".equals(in.valueSource)) {
      if (in.opRef == null) {
        throw OneCliErrors.flat(OP_FIELD_REQUIRED);
      }
    } else if (in.value == null || in.value.isEmpty()) {
      throw OneCliErrors.flat(VALUE_REQUIRED);
    }
    return in;
  }

  /** Validates an update body: every field optional, at least one given, path pattern nullable. */
  static SecretInput update(JsonNode body) {
    ObjectNode o = Zod.object(body);
    SecretInput in = new SecretInput();
    String name = Zod.string(o, "name", Presence.OPTIONAL);
    in.name = name == null ? null : Zod.length(Zod.trim(name), 1, 255);
    in.valueSource = Zod.oneOf(o, "valueSource", Presence.OPTIONAL, SOURCES);
    readValue(o, in);
    in.opRef = opRef(o);
    in.opDisplay = opDisplay(o);
    String host = Zod.string(o, "hostPattern", Presence.OPTIONAL);
    in.hostPattern = host == null ? null : HostPatterns.check(host);
    readPathPattern(o, in, Presence.NULLABLE);
    readInjection(o, in);
    boolean any = false;
    for (String key : UPDATE_KEYS) {
      any |= o.has(key);
    }
    if (!any) {
      throw OneCliErrors.flat("At least one field must be provided");
    }
    if ("onepassword".equals(in.valueSource) && in.opRef == null) {
      throw OneCliErrors.flat(OP_FIELD_REQUIRED);
    }
    if ("inline".equals(in.valueSource) && (in.value == null || in.value.isEmpty())) {
      throw OneCliErrors.flat(VALUE_REQUIRED);
    }
    return in;
  }

  private static void readValue(ObjectNode o, SecretInput in) {
    String value = Zod.string(o, "value", Presence.OPTIONAL);
    if (value != null) {
      Zod.length(value, 0, 10000);
    }
    in.value = value;
    in.hasValue = value != null;
  }

  private static String opRef(ObjectNode o) {
    String ref = Zod.string(o, "opRef", Presence.OPTIONAL);
    if (ref == null) {
      return null;
    }
    Zod.length(ref, 1, Integer.MAX_VALUE);
    if (!ref.startsWith("op://") || segments(ref.substring(5)) < 3) {
      throw OneCliErrors.flat("Must be a 1Password reference (op://vault/item/field)");
    }
    return ref;
  }

  private static int segments(String path) {
    int n = 0;
    for (String part : path.split("/")) {
      if (!part.isEmpty()) {
        n++;
      }
    }
    return n;
  }

  private static JsonNode opDisplay(ObjectNode o) {
    JsonNode n = o.get("opDisplay");
    if (n == null) {
      return null;
    }
    ObjectNode display = n.isObject() ? (ObjectNode) n : null;
    if (display == null) {
      throw OneCliErrors.flat(Zod.invalidType("object", n));
    }
    for (String key : new String[] {"vault", "item", "field"}) {
      Zod.string(display, key, Presence.REQUIRED);
    }
    return display;
  }

  private static void readPathPattern(ObjectNode o, SecretInput in, Presence presence) {
    String path = Zod.string(o, "pathPattern", presence);
    if (path != null) {
      Zod.length(path, 0, 1000);
    }
    in.pathPattern = path;
    in.hasPathPattern = o.has("pathPattern");
  }

  private static void readInjection(ObjectNode o, SecretInput in) {
    JsonNode n = o.get("injectionConfig");
    in.hasInjection = n != null;
    in.injection = n == null || n.isNull() ? null : InjectionConfigs.parse(n);
  }
}
