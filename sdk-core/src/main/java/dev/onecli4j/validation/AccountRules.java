package dev.onecli4j.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The OneCLI server's (2.0.1) body rules for the user's profile, connection labels and the
 * cloud export, in its order and with its words; it refuses the first problem with a flat 400.
 * A user's {@code name} is trimmed as JavaScript trims and 1 to 255 long. A connection {@code
 * label} must not be blank once trimmed. The export's {@code cloudApiKey} must not be empty (it
 * is not trimmed). Workspace names are {@link WorkspaceRules}'.
 */
public final class AccountRules {
  /** The server's answer to a connection label that is blank or missing. */
  public static final String LABEL_REQUIRED = "Label is required";
  /** The server's answer to an empty cloud API key. */
  public static final String CLOUD_KEY_REQUIRED = "Cloud API key is required";

  private static final Schema USER_UPDATE =
      Schema.object().field("name", Schema.string().trim().min(1).max(255));
  private static final Schema EXPORT =
      Schema.object().field("cloudApiKey", Schema.string().min(1, CLOUD_KEY_REQUIRED));

  private AccountRules() {}

  /**
   * Every problem of a {@code PATCH /user} body, first the one the server answers.
   *
   * @param body the body, or {@code null} for none
   * @return the problems, empty when the server accepts the body
   */
  public static List<Problem> userUpdate(@Nullable JsonNode body) {
    return USER_UPDATE.problems(body == null ? NullNode.getInstance() : body);
  }

  /**
   * The problem of a {@code PATCH /connections/{id}} body (the server's only check: a flat 400
   * when the trimmed label is empty or missing), or none.
   *
   * @param body the body, or {@code null} for none
   * @return the problem, or an empty list
   */
  public static List<Problem> connectionLabel(@Nullable JsonNode body) {
    JsonNode label = body == null || !body.isObject() ? null : body.get("label");
    List<Problem> problems = new ArrayList<>();
    if (label == null || !label.isTextual() || JsText.isBlank(label.textValue())) {
      problems.add(new Problem("label", LABEL_REQUIRED));
    }
    return problems;
  }

  /**
   * Every problem of a {@code POST /migrate/export} body: a non-empty {@code cloudApiKey}.
   *
   * @param body the body, or {@code null} for none
   * @return the problems, empty when the server accepts the body
   */
  public static List<Problem> migrationExport(@Nullable JsonNode body) {
    return EXPORT.problems(body == null ? NullNode.getInstance() : body);
  }
}
