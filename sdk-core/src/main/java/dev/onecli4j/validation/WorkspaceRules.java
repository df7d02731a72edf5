package dev.onecli4j.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The OneCLI server's (2.0.1) rules for {@code POST /workspaces} and {@code PATCH
 * /workspaces/{id}} bodies ({@code {"name": ...}}), in its order and with its messages; it
 * refuses the first problem with a flat 400.
 */
public final class WorkspaceRules {
  /** The server's message for a name without a letter or digit, or too short or long once trimmed. */
  public static final String BAD_NAME = "Name must be 2-50 characters with at least one letter or number";
  /** A PATCH must change something. */
  public static final String NOTHING_TO_UPDATE = "At least one field must be provided";

  private static final Schema NAME = Schema.string().min(2).max(50).refine(v -> displayable(v.asText()), BAD_NAME);
  private static final Schema CREATE = Schema.object().field("name", NAME);
  private static final Schema UPDATE =
      Schema.object().field("name", NAME.optional()).refine(v -> v.has("name"), NOTHING_TO_UPDATE);

  private WorkspaceRules() {}

  /**
   * Every problem of a create body, first the one the server answers; {@code null} = no body.
   *
   * @param body the request body as JSON; {@code null} when there is none
   * @return every problem of a create body, first the one the server answers
   */
  public static List<Problem> create(@Nullable JsonNode body) {
    return CREATE.problems(body == null ? NullNode.getInstance() : body);
  }

  /**
   * Every problem of a PATCH body, first the one the server answers; {@code null} = no body.
   *
   * @param body the request body as JSON; {@code null} when there is none
   * @return every problem of a PATCH body, first the one the server answers
   */
  public static List<Problem> update(@Nullable JsonNode body) {
    return UPDATE.problems(body == null ? NullNode.getInstance() : body);
  }

  /**
   * The slug the server derives from a (valid) name: lower case, every run of other characters
   * than {@code a-z0-9} one {@code -}, no leading or trailing {@code -}; {@code workspace} if
   * nothing is left. Two workspaces of an organization cannot share a slug.
   *
   * @param name the workspace name
   * @return the slug the server derives from a (valid) name: lower case, every run of other
   *     characters than {@code a-z0-9} one {@code -}, no leading or trailing {@code -}; {@code
   *     workspace} if nothing is left
   */
  public static String slug(String name) {
    String s = JsText.trim(name).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return s.isEmpty() ? "workspace" : s;
  }

  private static boolean displayable(String raw) {
    String t = JsText.trim(raw);
    if (t.isEmpty()) {
      return true;
    }
    if (t.length() < 2 || t.length() > 50) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }
}
