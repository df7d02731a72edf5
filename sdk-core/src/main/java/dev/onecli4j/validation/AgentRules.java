package dev.onecli4j.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The OneCLI server's (2.0.1) rules for the bodies of {@code POST /agents} and {@code PATCH
 * /agents/{agentId}}, in its order and with its messages. The server refuses a body with the
 * first problem as a flat 400 {@code {"error": "<message>"}}; every problem listed here is one
 * the server refuses, so a client may refuse them all before sending.
 */
public final class AgentRules {
  /** What an agent identifier must look like (the whole string). */
  public static final Pattern IDENTIFIER = Pattern.compile("[a-z0-9][a-z0-9-]{0,49}");
  /** The server's message for a malformed {@code identifier}. */
  public static final String BAD_IDENTIFIER =
      "Identifier must be 1-50 characters, start with a letter or number, and contain only lowercase letters, numbers, and hyphens";
  /** The server's message for a malformed {@code parentIdentifier}. */
  public static final String BAD_PARENT_IDENTIFIER =
      "Parent identifier must be 1-50 characters, start with a letter or number, and contain only lowercase letters, numbers, and hyphens";
  /** The server's message when a PATCH names no field it knows. */
  public static final String NOTHING_TO_UPDATE = "At least one field to update is required";
  /** The server's 400 ({@code invalid_request_error}) for hosted-only fields on a PATCH of a byo agent. */
  public static final String HOSTED_ONLY_UPDATE = "instructions, model and effort are only valid for hosted agents";
  /** Longest {@code instructions} the server accepts. */
  public static final int MAX_INSTRUCTIONS = 20_000;

  private static final Schema CREATE =
      Schema.object()
          .field("name", Schema.string().trim().min(1).max(255))
          .field("identifier", Schema.string().matches(IDENTIFIER, BAD_IDENTIFIER))
          .field("kind", Schema.oneOf("byo", "hosted").orDefault("byo"))
          .field("harness", Schema.string().trim().min(1).max(100).optional())
          .field("instructions", Schema.string().max(MAX_INSTRUCTIONS).optional())
          .field("parentIdentifier", Schema.string().matches(IDENTIFIER, BAD_PARENT_IDENTIFIER).optional())
          .superRefine(AgentRules::hostedOnlyOnCreate);

  private static final Schema UPDATE =
      Schema.object()
          .field("name", Schema.string().trim().min(1).max(255).optional())
          .field("instructions", Schema.string().max(MAX_INSTRUCTIONS).nullish())
          .field("model", Schema.string().trim().min(1).max(200).nullish())
          .field("effort", Schema.oneOf("low", "medium", "high", "max").nullish())
          .refine(
              v -> v.has("name") || v.has("instructions") || v.has("model") || v.has("effort"), NOTHING_TO_UPDATE);

  private AgentRules() {}

  /**
   * Every problem of a create body ({@code name}, {@code identifier}, {@code kind}, {@code
   * harness}, {@code instructions}, {@code parentIdentifier}), first the one the server answers.
   * {@code null} stands for a request without a body.
   *
   * @param body the request body as JSON; {@code null} when there is none
   * @return every problem of a create body ({@code name}, {@code identifier}, {@code kind}, {@code
   *     harness}, {@code instructions}, {@code parentIdentifier}), first the one the server answers
   */
  public static List<Problem> create(@Nullable JsonNode body) {
    return CREATE.problems(body == null ? NullNode.getInstance() : body);
  }

  /**
   * Every problem of a PATCH body ({@code name}, {@code instructions}, {@code model}, {@code
   * effort}), first the one the server answers. {@code null} stands for a request without a body.
   *
   * @param body the request body as JSON; {@code null} when there is none
   * @return every problem of a PATCH body ({@code name}, {@code instructions}, {@code model},
   *     {@code effort}), first the one the server answers
   */
  public static List<Problem> update(@Nullable JsonNode body) {
    return UPDATE.problems(body == null ? NullNode.getInstance() : body);
  }

  /**
   * Whether a valid PATCH body sets {@code instructions}, {@code model} or {@code effort} (null
   * included), which the server refuses for a {@code byo} agent with {@link #HOSTED_ONLY_UPDATE}.
   *
   * @param body the request body as JSON; {@code null} when there is none
   * @return whether a valid PATCH body sets {@code instructions}, {@code model} or {@code effort}
   *     (null included), which the server refuses for a {@code byo} agent with {@link
   *     #HOSTED_ONLY_UPDATE}
   */
  public static boolean setsHostedOnlyFields(@Nullable JsonNode body) {
    return body != null && (body.has("instructions") || body.has("model") || body.has("effort"));
  }

  private static void hostedOnlyOnCreate(JsonNode v, String path, SchemaIssues issues) {
    if (!"byo".equals(v.path("kind").asText())) {
      return;
    }
    for (String field : new String[] {"harness", "instructions"}) {
      if (v.has(field)) {
        issues.add(SchemaIssues.child(path, field), field + " is only valid for hosted agents", false);
      }
    }
  }
}
