package dev.onecli4j.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onecli4j.validation.BodyReader.Presence;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The server's body rules for creating an agent and changing one ({@code PATCH /agents/{id}}),
 * in its order and with its words. Create: {@code name} (trimmed as JavaScript trims, 1 to 255),
 * {@code identifier} (1 to 50 lowercase letters, digits and hyphens, not starting with a hyphen),
 * {@code kind} ({@code byo} by default, or {@code hosted}), {@code harness} (trimmed, 1 to 100),
 * {@code instructions} (at most 20,000), {@code parentIdentifier} (as {@code identifier}); a
 * {@code byo} agent takes neither harness nor instructions. Update: the same name, instructions
 * or null, {@code model} (trimmed, 1 to 200, or null), {@code effort} (or null); at least one.
 */
public final class AgentRules {
  /** The server's answer to an identifier of the wrong form. */
  public static final String IDENTIFIER =
      "Identifier must be 1-50 characters, start with a letter or number, and contain only lowercase letters, numbers, and hyphens";
  /** The server's answer to a parent identifier of the wrong form. */
  public static final String PARENT_IDENTIFIER =
      "Parent identifier must be 1-50 characters, start with a letter or number, and contain only lowercase letters, numbers, and hyphens";
  /** The server's answer to an update without any field it knows. */
  public static final String AT_LEAST_ONE = "At least one field to update is required";

  private static final Pattern IDENTIFIER_FORM = Pattern.compile("[a-z0-9][a-z0-9-]{0,49}");
  private static final String[] KINDS = {"byo", "hosted"};
  private static final String[] EFFORTS = {"low", "medium", "high", "max"};
  private static final int MAX_INSTRUCTIONS = 20_000;

  private AgentRules() {}

  /** Every issue of a create body, in the server's order. */
  public static List<ServerIssue> create(JsonNode body) {
    BodyReader r = new BodyReader();
    ObjectNode o = r.object(body, "");
    if (o == null) {
      return r.issues();
    }
    trimmed(r, o, "name", Presence.REQUIRED, 255);
    identifier(r, o, "identifier", Presence.REQUIRED, IDENTIFIER);
    String kind = r.oneOf(o, "kind", "kind", Presence.OPTIONAL, KINDS);
    boolean harness = trimmed(r, o, "harness", Presence.OPTIONAL, 100) != null;
    String instructions = r.string(o, "instructions", "instructions", Presence.OPTIONAL);
    if (instructions != null) {
      r.maxLength(instructions, MAX_INSTRUCTIONS, "instructions");
    }
    identifier(r, o, "parentIdentifier", Presence.OPTIONAL, PARENT_IDENTIFIER);
    if (!r.aborted() && (kind == null || kind.equals("byo"))) {
      r.check(!harness, "harness", "harness is only valid for hosted agents");
      r.check(instructions == null, "instructions", "instructions is only valid for hosted agents");
    }
    return r.issues();
  }

  /** Every issue of an update body, in the server's order. */
  public static List<ServerIssue> update(JsonNode body) {
    BodyReader r = new BodyReader();
    ObjectNode o = r.object(body, "");
    if (o == null) {
      return r.issues();
    }
    trimmed(r, o, "name", Presence.OPTIONAL, 255);
    String instructions = r.string(o, "instructions", "instructions", Presence.NULLABLE);
    if (instructions != null) {
      r.maxLength(instructions, MAX_INSTRUCTIONS, "instructions");
    }
    trimmed(r, o, "model", Presence.NULLABLE, 200);
    r.oneOf(o, "effort", "effort", Presence.NULLABLE, EFFORTS);
    if (!r.aborted()) {
      boolean any = o.has("name") || o.has("instructions") || o.has("model") || o.has("effort");
      r.check(any, "", AT_LEAST_ONE);
    }
    return r.issues();
  }

  /** A string trimmed as JavaScript trims, then 1 to {@code max} long; the raw string, or null. */
  private static String trimmed(BodyReader r, ObjectNode o, String key, Presence presence, int max) {
    String v = r.string(o, key, key, presence);
    if (v != null) {
      String t = JsText.trim(v);
      r.minLength(t, 1, key, null);
      r.maxLength(t, max, key);
    }
    return v;
  }

  private static void identifier(BodyReader r, ObjectNode o, String key, Presence presence, String message) {
    String v = r.string(o, key, key, presence);
    if (v != null) {
      r.check(IDENTIFIER_FORM.matcher(v).matches(), key, message);
    }
  }
}
