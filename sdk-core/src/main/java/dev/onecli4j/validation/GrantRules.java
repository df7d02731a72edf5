package dev.onecli4j.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The OneCLI server's (2.0.1) rules for a connection grant, the body of {@code PUT
 * /agents/{agentId}/grants/connections/{connectionId}} and of {@code PUT
 * /connections/{connectionId}/grants/agents/{agentId}}: {@code {"access": "full"}} or {@code
 * {"access": "custom", "allow": [...], "ask": [...]}}, each with an optional {@code resources}.
 * The server refuses the first problem with 422 {@code validation_error}, before it looks the
 * agent or the connection up. A secret grant has no body (the server never reads it).
 */
public final class GrantRules {
  /** Most tool ids in {@code allow} or in {@code ask}. */
  public static final int MAX_TOOLS = 200;
  /** The server's message for a custom grant without any tool. */
  public static final String CUSTOM_NEEDS_TOOLS =
      "Custom access needs at least one allowed or approval tool. To block everything, detach instead.";
  /** The server's message for a tool in both lists. */
  public static final String TOOL_IN_BOTH_LISTS = "A tool can't be both always-allowed and require approval.";
  /**
   * The server's 403 ({@code authentication_error}) when {@code resources} is set on a server
   * without an Enterprise licence; not a body problem (a licensed server accepts it).
   */
  public static final String RESOURCES_NEED_LICENCE = "Resource-level access requires a OneCLI Enterprise license.";

  /** {@code {"repositories": [...]}} or {@code {"folders": [...]}}: a session policy. */
  static final Schema SESSION_POLICY =
      Schema.union(
          Schema.strictObject()
              .field("repositories", Schema.array(Schema.string().min(1).max(400)).min(1).max(1000)),
          Schema.strictObject().field("folders", Schema.array(Schema.string().min(1).max(1024)).min(1).max(100)));

  private static final Schema TOOLS = Schema.array(Schema.string().min(1).max(255)).max(MAX_TOOLS);

  private static final Schema CONNECTION_GRANT =
      Schema.discriminated("access")
          .option("full", Schema.object().field("resources", SESSION_POLICY.nullish()))
          .option(
              "custom",
              Schema.object()
                  .field("allow", TOOLS)
                  .field("ask", TOOLS)
                  .field("resources", SESSION_POLICY.nullish()))
          .refine(v -> !isCustom(v) || v.path("allow").size() + v.path("ask").size() > 0, CUSTOM_NEEDS_TOOLS)
          .refine(v -> !isCustom(v) || overlap(v).isEmpty(), TOOL_IN_BOTH_LISTS);

  private GrantRules() {}

  /**
   * Every problem of a connection grant body, first the one the server answers. {@code null}
   * stands for a request without a body (the server reads it as JSON null).
   *
   * @param body the request body as JSON; {@code null} when there is none
   * @return every problem of a connection grant body, first the one the server answers
   */
  public static List<Problem> connectionGrant(@Nullable JsonNode body) {
    return CONNECTION_GRANT.problems(body == null ? NullNode.getInstance() : body);
  }

  /**
   * The server's refusal of tool ids a provider's permission catalog does not have (checked
   * after the agent and the connection were found), or {@code null} when every id is known.
   *
   * @param provider the connection's provider, e.g. {@code granola}
   * @param catalog the provider's tool ids, or {@code null} when it has no permission catalog
   * @param toolIds the ids of {@code allow} and then {@code ask}
   * @return the server's refusal of tool ids a provider's permission catalog does not have (checked
   *     after the agent and the connection were found), or {@code null} when every id is known
   */
  public static @Nullable Problem toolIds(String provider, @Nullable Collection<String> catalog, List<String> toolIds) {
    if (toolIds.isEmpty()) {
      return null;
    }
    if (catalog == null) {
      return new Problem(
          "allow", "Per-tool permissions need a permission catalog; \"" + provider + "\" has none.");
    }
    List<String> unknown = new ArrayList<>();
    for (String id : new LinkedHashSet<>(toolIds)) {
      if (!catalog.contains(id)) {
        unknown.add(id);
      }
    }
    if (unknown.isEmpty()) {
      return null;
    }
    return new Problem("allow", "Unknown tool id(s) for \"" + provider + "\": " + String.join(", ", unknown));
  }

  /**
   * Whether a valid grant body sets {@code resources} to a restriction (not absent, not null).
   *
   * @param body the request body as JSON; {@code null} when there is none
   * @return whether a valid grant body sets {@code resources} to a restriction (not absent, not
   *     null)
   */
  public static boolean setsResources(@Nullable JsonNode body) {
    JsonNode r = body == null ? null : body.get("resources");
    return r != null && !r.isNull();
  }

  private static boolean isCustom(JsonNode v) {
    return "custom".equals(v.path("access").asText());
  }

  private static Set<String> overlap(JsonNode v) {
    Set<String> ask = new LinkedHashSet<>();
    v.path("ask").forEach(t -> ask.add(t.asText()));
    Set<String> both = new LinkedHashSet<>();
    v.path("allow").forEach(t -> {
      if (ask.contains(t.asText())) {
        both.add(t.asText());
      }
    });
    return both;
  }
}
