package dev.onecli4j.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.onecli4j.generated.onecli.model.Injection;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

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

  static final String VALUE_REQUIRED = "Secret value is required";
  static final String OP_FIELD_REQUIRED = "Select a 1Password field";
  static final String OP_REF_SHAPE = "Must be a 1Password reference (op://vault/item/field)";
  static final String AT_LEAST_ONE = "At least one field must be provided";
  static final String GENERIC_NEEDS_INJECTION =
      "Header name, parameter name, or URL path template is required for generic secrets";
  static final String PATH_UNSAFE =
      "Secret value can't contain / ? # % whitespace or control characters when injected into the URL path";
  static final String ONEPASSWORD_WORKSPACE_ONLY = "1Password is only available for workspace-scoped secrets";
  static final String NO_FIELDS = "No fields to update";

  private static final String[] UPDATE_FIELDS = {
    "name", "valueSource", "value", "opRef", "opDisplay", "hostPattern", "pathPattern", "injectionConfig"
  };
  private static final Schema NAME = Schema.string().trim().min(1).max(255);
  private static final Schema SOURCE = Schema.oneOf("inline", "onepassword");
  private static final Schema VALUE = Schema.string().max(10_000);
  private static final Schema OP_REF = Schema.string().min(1).check(SecretRules::isOpRef, OP_REF_SHAPE);
  private static final Schema OP_DISPLAY =
      Schema.object().field("vault", Schema.string()).field("item", Schema.string()).field("field", Schema.string());
  private static final Schema PATH_PATTERN = Schema.string().max(1000);
  /** The body schemas, for the SDK ([0]) and for an emulator ([1]); see {@link InjectionRules#schema}. */
  private static final Schema[] CREATE = {createSchema(false), createSchema(true)};
  private static final Schema[] UPDATE = {updateSchema(false), updateSchema(true)};

  private SecretRules() {}

  /**
   * Every issue of a create body: the body schema's, then the service's (those only when no
   * field had the wrong type). The server answers the first.
   *
   * @param body the body, or {@code null} for none
   * @param scope whose secret it is (a workspace's or the organization's)
   * @param bestGuess true for an emulator (a regular expression the SDK cannot judge counts by
   *     its likelier verdict), false for the SDK (such a regular expression is let through)
   * @return the issues, in the order the server checks them; empty when it accepts the body
   */
  public static List<ServerIssue> create(@Nullable JsonNode body, Scope scope, boolean bestGuess) {
    SchemaIssues issues = new SchemaIssues();
    JsonNode parsed = CREATE[bestGuess ? 1 : 0].parse(orNull(body), "", issues);
    List<ServerIssue> all = bodyIssues(issues);
    if (!issues.abortedSince(0)) {
      serviceCreate(all, new ParsedSecret(parsed), scope);
    }
    return all;
  }

  /**
   * The issues of an update body's schema, which the server checks before it looks the secret up.
   *
   * @param body the body, or {@code null} for none
   * @param bestGuess true for an emulator, false for the SDK (see {@link #create})
   * @return the issues, in the order the server checks them
   */
  public static List<ServerIssue> updateBody(@Nullable JsonNode body, boolean bestGuess) {
    SchemaIssues issues = new SchemaIssues();
    UPDATE[bestGuess ? 1 : 0].parse(orNull(body), "", issues);
    return bodyIssues(issues);
  }

  /**
   * The service's issues with an update body that passed its schema, for a stored secret of
   * {@code storedType}; with {@code storedType} null (unknown), only the issues that hold for
   * every type.
   *
   * @param body the body, or {@code null} for none
   * @param scope whose secret it is (a workspace's or the organization's)
   * @param storedType the stored secret's type, or {@code null} when unknown
   * @param bestGuess true for an emulator, false for the SDK (see {@link #create})
   * @return the issues, in the order the server checks them
   */
  public static List<ServerIssue> updateService(@Nullable JsonNode body, Scope scope, @Nullable String storedType, boolean bestGuess) {
    SchemaIssues issues = new SchemaIssues();
    JsonNode parsed = UPDATE[bestGuess ? 1 : 0].parse(orNull(body), "", issues);
    List<ServerIssue> service = new ArrayList<>();
    if (!issues.abortedSince(0)) {
      serviceUpdate(service, new ParsedSecret(parsed), scope, storedType);
    }
    return service;
  }

  /**
   * Every issue of an update body the SDK can know without the stored secret.
   *
   * @param body the body, or {@code null} for none
   * @param scope whose secret it is (a workspace's or the organization's)
   * @param bestGuess true for an emulator, false for the SDK (see {@link #create})
   * @return the issues, in the order the server checks them
   */
  public static List<ServerIssue> update(@Nullable JsonNode body, Scope scope, boolean bestGuess) {
    List<ServerIssue> all = updateBody(body, bestGuess);
    all.addAll(updateService(body, scope, null, bestGuess));
    return all;
  }

  private static Schema createSchema(boolean bestGuess) {
    return Schema.object()
        .field("name", NAME)
        .field("type", Schema.oneOf("anthropic", "openai", "generic"))
        .field("valueSource", SOURCE.optional())
        .field("value", VALUE.optional())
        .field("opRef", OP_REF.optional())
        .field("opDisplay", OP_DISPLAY.optional())
        .field("hostPattern", HostPatternRules.SCHEMA)
        .field("pathPattern", PATH_PATTERN.optional())
        .field("injectionConfig", InjectionRules.schema(bestGuess).nullish())
        .superRefine((v, path, issues) -> {
          if (isOnePassword(v)) {
            require(isSet(v, "opRef"), "opRef", OP_FIELD_REQUIRED, issues);
          } else {
            require(isSet(v, "value"), "value", VALUE_REQUIRED, issues);
          }
        });
  }

  private static Schema updateSchema(boolean bestGuess) {
    return Schema.object()
        .field("name", NAME.optional())
        .field("valueSource", SOURCE.optional())
        .field("value", VALUE.optional())
        .field("opRef", OP_REF.optional())
        .field("opDisplay", OP_DISPLAY.optional())
        .field("hostPattern", HostPatternRules.SCHEMA.optional())
        .field("pathPattern", PATH_PATTERN.nullish())
        .field("injectionConfig", InjectionRules.schema(bestGuess).nullish())
        .superRefine((v, path, issues) -> {
          boolean any = false;
          for (String key : UPDATE_FIELDS) {
            any |= v.has(key);
          }
          require(any, "", AT_LEAST_ONE, issues);
          require(!isOnePassword(v) || isSet(v, "opRef"), "opRef", OP_FIELD_REQUIRED, issues);
          require(!"inline".equals(v.path("valueSource").asText()) || isSet(v, "value"), "value", VALUE_REQUIRED, issues);
        });
  }

  private static void require(boolean ok, String field, String message, SchemaIssues issues) {
    if (!ok) {
      issues.add(field, message, false);
    }
  }

  private static boolean isOnePassword(JsonNode v) {
    return "onepassword".equals(v.path("valueSource").asText());
  }

  /** JavaScript truthiness of a string field the schema already typed: present and not empty. */
  private static boolean isSet(JsonNode v, String key) {
    JsonNode n = v.get(key);
    return n != null && n.isTextual() && !n.textValue().isEmpty();
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
    if (s.onePassword()) {
      if (scope != Scope.WORKSPACE) {
        out.add(service("valueSource", ONEPASSWORD_WORKSPACE_ONLY));
      }
    } else if (JsText.isBlank(s.value == null ? "" : s.value)) {
      out.add(service("value", VALUE_REQUIRED));
    }
  }

  private static void serviceUpdate(List<ServerIssue> out, ParsedSecret s, Scope scope, String storedType) {
    boolean changes = s.hasName || s.hasHostPattern || s.hasPathPattern;
    if (s.onePassword()) {
      if (scope != Scope.WORKSPACE) {
        out.add(service("valueSource", ONEPASSWORD_WORKSPACE_ONLY));
      }
      changes = true;
    } else if (s.value != null) {
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
        && !s.onePassword()
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

  private static JsonNode orNull(JsonNode body) {
    return body == null ? NullNode.getInstance() : body;
  }

  private static List<ServerIssue> bodyIssues(SchemaIssues issues) {
    List<ServerIssue> out = new ArrayList<>();
    for (Problem p : issues.problems()) {
      out.add(new ServerIssue(ServerIssue.Stage.BODY, p));
    }
    return out;
  }

  private static ServerIssue service(String field, String message) {
    return new ServerIssue(ServerIssue.Stage.SERVICE, new Problem(field, message));
  }
}
