package dev.onecli4j.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onecli4j.generated.onecli.model.Injection;
import dev.onecli4j.validation.BodyReader.Presence;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The server's rules for creating and updating a secret (OneCLI 2.0.1), in the server's order
 * and with its words: first the route's body schema, then the service behind it. Shared by the
 * SDK, which refuses a body with any issue and lists them all, and the emulator, which answers
 * the first one as the server does.
 *
 * <p>Body schema, in field order: {@code name} (trimmed as JavaScript trims, 1 to 255),
 * {@code type} (exactly {@code anthropic}, {@code openai} or {@code generic}),
 * {@code valueSource} ({@code inline} or {@code onepassword}), {@code value} (at most 10,000,
 * not trimmed), {@code opRef} (non-empty, {@code op://} and at least three non-empty segments),
 * {@code opDisplay} (an object of three strings), {@code hostPattern} ({@link HostPatternRules}),
 * {@code pathPattern} (at most 1,000), {@code injectionConfig} ({@link InjectionRules} or null);
 * then a value or an {@code opRef} as the value source needs. Service, in order: a generic
 * secret names a header, a query parameter or a path; an inline value injected into the path has
 * no {@code / ? # %}, space or control character once trimmed; 1Password only in a workspace; an
 * inline value is not blank once trimmed.
 */
public final class SecretRules {
  /** Where the secret lives: a workspace ({@code /secrets}) or the organization ({@code /org/secrets}). */
  public enum Scope {
    /** {@code /secrets}, with a workspace key. */
    WORKSPACE,
    /** {@code /org/secrets}: no 1Password values. */
    ORGANIZATION
  }

  /** The server's answer to a secret without a value. */
  public static final String VALUE_REQUIRED = "Secret value is required";
  /** The server's answer to a 1Password secret without a reference. */
  public static final String OP_FIELD_REQUIRED = "Select a 1Password field";
  /** The server's answer to a malformed 1Password reference. */
  public static final String OP_REF_SHAPE = "Must be a 1Password reference (op://vault/item/field)";
  /** The server's answer to an update without any field. */
  public static final String AT_LEAST_ONE = "At least one field must be provided";
  /** The server's answer to a generic secret that says nowhere where its value goes. */
  public static final String GENERIC_NEEDS_INJECTION =
      "Header name, parameter name, or URL path template is required for generic secrets";
  /** The server's answer to an inline value that cannot go into a URL path. */
  public static final String PATH_UNSAFE =
      "Secret value can't contain / ? # % whitespace or control characters when injected into the URL path";
  /** The server's answer to 1Password outside a workspace. */
  public static final String ONEPASSWORD_WORKSPACE_ONLY = "1Password is only available for workspace-scoped secrets";
  /** The server's answer to an update that changes nothing it stores. */
  public static final String NO_FIELDS = "No fields to update";

  private static final String[] TYPES = {"anthropic", "openai", "generic"};
  private static final String[] SOURCES = {"inline", "onepassword"};
  private static final String ONEPASSWORD = "onepassword";
  private static final int MAX_NAME = 255;
  private static final int MAX_VALUE = 10_000;
  private static final int MAX_PATH_PATTERN = 1000;

  private SecretRules() {}

  /**
   * Every issue of a create body: the body schema's, then the service's (those only when no
   * field had the wrong type), without repeats. The server answers the first.
   *
   * @param bestGuess see {@link InjectionRules}: true for an emulator, false for the SDK
   */
  public static List<ServerIssue> create(JsonNode body, Scope scope, boolean bestGuess) {
    BodyReader r = new BodyReader();
    ParsedSecret s = readCreate(r, body, bestGuess);
    List<ServerIssue> service = new ArrayList<>();
    if (s != null && !r.aborted()) {
      serviceCreate(service, s, scope);
    }
    return merge(r.issues(), service);
  }

  /** The issues of an update body's schema, which the server checks before it looks the secret up. */
  public static List<ServerIssue> updateBody(JsonNode body, boolean bestGuess) {
    BodyReader r = new BodyReader();
    readUpdate(r, body, bestGuess);
    return r.issues();
  }

  /**
   * The service's issues with an update body that passed its schema, for a stored secret of
   * {@code storedType}; with {@code storedType} null (unknown), only the issues that hold for
   * every type.
   */
  public static List<ServerIssue> updateService(JsonNode body, Scope scope, String storedType, boolean bestGuess) {
    BodyReader r = new BodyReader();
    ParsedSecret s = readUpdate(r, body, bestGuess);
    List<ServerIssue> service = new ArrayList<>();
    if (s != null && !r.aborted()) {
      serviceUpdate(service, s, scope, storedType);
    }
    return service;
  }

  /** Every issue of an update body the SDK can know without the stored secret. */
  public static List<ServerIssue> update(JsonNode body, Scope scope, boolean bestGuess) {
    return merge(updateBody(body, bestGuess), updateService(body, scope, null, bestGuess));
  }

  private static ParsedSecret readCreate(BodyReader r, JsonNode body, boolean bestGuess) {
    ObjectNode o = r.object(body, "");
    if (o == null) {
      return null;
    }
    ParsedSecret s = new ParsedSecret();
    name(r, o, Presence.REQUIRED);
    s.type = r.oneOf(o, "type", "type", Presence.REQUIRED, TYPES);
    readValueFields(r, o, s);
    String host = r.string(o, "hostPattern", "hostPattern", Presence.REQUIRED);
    if (host != null) {
      HostPatternRules.check(r, "hostPattern", host);
    }
    pathPattern(r, o, Presence.OPTIONAL);
    readInjection(r, o, s, bestGuess);
    if (!r.aborted()) {
      if (ONEPASSWORD.equals(s.valueSource)) {
        r.check(isTruthy(o.get("opRef")), "opRef", OP_FIELD_REQUIRED);
      } else {
        r.check(s.value != null && !s.value.isEmpty(), "value", VALUE_REQUIRED);
      }
    }
    return s;
  }

  private static ParsedSecret readUpdate(BodyReader r, JsonNode body, boolean bestGuess) {
    ObjectNode o = r.object(body, "");
    if (o == null) {
      return null;
    }
    ParsedSecret s = new ParsedSecret();
    s.hasName = name(r, o, Presence.OPTIONAL) != null;
    readValueFields(r, o, s);
    String host = r.string(o, "hostPattern", "hostPattern", Presence.OPTIONAL);
    if (host != null) {
      HostPatternRules.check(r, "hostPattern", host);
      s.hasHostPattern = true;
    }
    pathPattern(r, o, Presence.NULLABLE);
    s.hasPathPattern = o.has("pathPattern");
    readInjection(r, o, s, bestGuess);
    if (!r.aborted()) {
      boolean any = false;
      for (String key : new String[] {"name", "valueSource", "value", "opRef", "opDisplay", "hostPattern", "pathPattern", "injectionConfig"}) {
        any |= o.has(key);
      }
      r.check(any, "", AT_LEAST_ONE);
      r.check(!ONEPASSWORD.equals(s.valueSource) || isTruthy(o.get("opRef")), "opRef", OP_FIELD_REQUIRED);
      r.check(!"inline".equals(s.valueSource) || (s.value != null && !s.value.isEmpty()), "value", VALUE_REQUIRED);
    }
    return s;
  }

  private static String name(BodyReader r, ObjectNode o, Presence presence) {
    String name = r.string(o, "name", "name", presence);
    if (name != null) {
      String trimmed = JsText.trim(name);
      r.minLength(trimmed, 1, "name", null);
      r.maxLength(trimmed, MAX_NAME, "name");
    }
    return name;
  }

  /** {@code valueSource}, {@code value}, {@code opRef} and {@code opDisplay}, in the schema's order. */
  private static void readValueFields(BodyReader r, ObjectNode o, ParsedSecret s) {
    s.valueSource = r.oneOf(o, "valueSource", "valueSource", Presence.OPTIONAL, SOURCES);
    s.value = r.string(o, "value", "value", Presence.OPTIONAL);
    s.hasValue = s.value != null;
    if (s.value != null) {
      r.maxLength(s.value, MAX_VALUE, "value");
    }
    String ref = r.string(o, "opRef", "opRef", Presence.OPTIONAL);
    if (ref != null) {
      r.minLength(ref, 1, "opRef", null);
      r.check(isOpRef(ref), "opRef", OP_REF_SHAPE);
    }
    JsonNode display = o.get("opDisplay");
    if (display != null) {
      ObjectNode d = r.object(display, "opDisplay");
      if (d != null) {
        for (String key : new String[] {"vault", "item", "field"}) {
          r.string(d, key, "opDisplay." + key, Presence.REQUIRED);
        }
      }
    }
  }

  private static void pathPattern(BodyReader r, ObjectNode o, Presence presence) {
    String path = r.string(o, "pathPattern", "pathPattern", presence);
    if (path != null) {
      r.maxLength(path, MAX_PATH_PATTERN, "pathPattern");
    }
  }

  private static void readInjection(BodyReader r, ObjectNode o, ParsedSecret s, boolean bestGuess) {
    JsonNode n = o.get("injectionConfig");
    s.hasInjection = n != null;
    if (n != null && !n.isNull()) {
      s.injection = InjectionRules.read(r, n, "injectionConfig", bestGuess);
    }
  }

  /** {@code op://} followed by at least three non-empty segments, as {@code slice(5).split("/").filter(Boolean)}. */
  private static boolean isOpRef(String ref) {
    if (!ref.startsWith("op://")) {
      return false;
    }
    int segments = 0;
    for (String part : ref.substring(5).split("/", -1)) {
      if (!part.isEmpty()) {
        segments++;
      }
    }
    return segments >= 3;
  }

  /** JavaScript truthiness of a JSON value the schema already typed (a string here). */
  private static boolean isTruthy(JsonNode n) {
    return n != null && n.isTextual() && !n.textValue().isEmpty();
  }

  private static void serviceCreate(List<ServerIssue> out, ParsedSecret s, Scope scope) {
    if ("generic".equals(s.type)) {
      Injection in = s.injection;
      boolean named =
          in != null
              && (in.kind() == Injection.Kind.HEADER && !JsText.isBlank(in.headerName())
                  || in.kind() == Injection.Kind.QUERY_PARAM && !JsText.isBlank(in.paramName())
                  || InjectionRules.isPath(in));
      if (!named) {
        out.add(service("injectionConfig", GENERIC_NEEDS_INJECTION));
      }
      pathValueSafe(out, in, s);
    }
    if (ONEPASSWORD.equals(s.valueSource)) {
      if (scope != Scope.WORKSPACE) {
        out.add(service("valueSource", ONEPASSWORD_WORKSPACE_ONLY));
      }
    } else if (JsText.isBlank(s.value == null ? "" : s.value)) {
      out.add(service("value", VALUE_REQUIRED));
    }
  }

  private static void serviceUpdate(List<ServerIssue> out, ParsedSecret s, Scope scope, String storedType) {
    boolean changes = s.hasName || s.hasHostPattern || s.hasPathPattern;
    if (ONEPASSWORD.equals(s.valueSource)) {
      if (scope != Scope.WORKSPACE) {
        out.add(service("valueSource", ONEPASSWORD_WORKSPACE_ONLY));
      }
      changes = true;
    } else if (s.hasValue) {
      if (JsText.isBlank(s.value)) {
        out.add(service("value", VALUE_REQUIRED));
      }
      changes = true;
    }
    if (s.hasInjection && "generic".equals(storedType)) {
      pathValueSafe(out, s.injection, s);
      changes = true;
    }
    boolean typeMatters = s.hasInjection && storedType == null;
    if (!changes && !typeMatters) {
      out.add(service("", NO_FIELDS));
    }
  }

  private static void pathValueSafe(List<ServerIssue> out, Injection in, ParsedSecret s) {
    if (InjectionRules.isPath(in)
        && !ONEPASSWORD.equals(s.valueSource)
        && s.value != null
        && !s.value.isEmpty()
        && !isPathSafe(JsText.trim(s.value))) {
      out.add(service("value", PATH_UNSAFE));
    }
  }

  /** No {@code / ? # %}, space, C0 control, DEL or C1 control: what the gateway may put into a path. */
  static boolean isPathSafe(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ("/?#% ".indexOf(c) >= 0 || c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
        return false;
      }
    }
    return true;
  }

  private static ServerIssue service(String field, String message) {
    return new ServerIssue(ServerIssue.Stage.SERVICE, field, message, false);
  }

  private static List<ServerIssue> merge(List<ServerIssue> body, List<ServerIssue> service) {
    LinkedHashSet<ServerIssue> all = new LinkedHashSet<>(body);
    all.addAll(service);
    return new ArrayList<>(all);
  }
}
