package dev.onecli4j.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onecli4j.validation.BodyReader.Presence;
import java.util.List;

/**
 * The server's body rules for the user's profile, workspaces (the SDK's projects), connection
 * labels and the cloud export, with its words. A user's {@code name} is trimmed as JavaScript
 * trims and 1 to 255 long. A workspace {@code name} is 2 to 50 characters as sent and, unless
 * it is blank, 2 to 50 once trimmed with an ASCII letter or digit (a blank name is stored
 * empty). A connection {@code label} must not be blank once trimmed. The export's
 * {@code cloudApiKey} must not be empty (it is not trimmed).
 */
public final class AccountRules {
  /** The server's answer to a connection label that is blank or missing. */
  public static final String LABEL_REQUIRED = "Label is required";
  /** The server's answer to an empty cloud API key. */
  public static final String CLOUD_KEY_REQUIRED = "Cloud API key is required";
  /** The server's answer to a workspace name that breaks its display-name rule. */
  public static final String WORKSPACE_NAME = "Name must be 2-50 characters with at least one letter or number";

  private AccountRules() {}

  /** {@code PATCH /user}. */
  public static List<ServerIssue> userUpdate(JsonNode body) {
    BodyReader r = new BodyReader();
    ObjectNode o = r.object(body, "");
    if (o != null) {
      String name = r.string(o, "name", "name", Presence.REQUIRED);
      if (name != null) {
        String t = JsText.trim(name);
        r.minLength(t, 1, "name", null);
        r.maxLength(t, 255, "name");
      }
    }
    return r.issues();
  }

  /** {@code POST /workspaces} ({@code createProject}) and, with {@code update}, its {@code PATCH}. */
  public static List<ServerIssue> workspace(JsonNode body, boolean update) {
    BodyReader r = new BodyReader();
    ObjectNode o = r.object(body, "");
    if (o != null) {
      String name = r.string(o, "name", "name", update ? Presence.OPTIONAL : Presence.REQUIRED);
      if (name != null) {
        r.minLength(name, 2, "name", null);
        r.maxLength(name, 50, "name");
        r.check(isDisplayName(name), "name", WORKSPACE_NAME);
      }
      if (update && !r.aborted()) {
        r.check(name != null, "", "At least one field must be provided");
      }
    }
    return r.issues();
  }

  /** {@code PATCH /connections/{id}}: the only check, a flat 400 when the trimmed label is empty. */
  public static List<ServerIssue> connectionLabel(JsonNode body) {
    BodyReader r = new BodyReader();
    JsonNode label = body == null || !body.isObject() ? null : body.get("label");
    r.check(label != null && label.isTextual() && !JsText.isBlank(label.textValue()), "label", LABEL_REQUIRED);
    return r.issues();
  }

  /** {@code POST /migrate/export}: a non-empty {@code cloudApiKey}. */
  public static List<ServerIssue> migrationExport(JsonNode body) {
    BodyReader r = new BodyReader();
    ObjectNode o = r.object(body, "");
    if (o != null) {
      String key = r.string(o, "cloudApiKey", "cloudApiKey", Presence.REQUIRED);
      if (key != null) {
        r.minLength(key, 1, "cloudApiKey", CLOUD_KEY_REQUIRED);
      }
    }
    return r.issues();
  }

  /** Blank, or 2 to 50 once trimmed with an ASCII letter or digit. */
  private static boolean isDisplayName(String raw) {
    String t = JsText.trim(raw);
    if (t.isEmpty()) {
      return true;
    }
    if (t.length() < 2 || t.length() > 50) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        return true;
      }
    }
    return false;
  }
}
