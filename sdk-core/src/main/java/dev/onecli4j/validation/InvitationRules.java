package dev.onecli4j.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The OneCLI server's (2.0.1) rules for {@code POST /org/invitations} bodies ({@code {"email":
 * ..., "role": "admin"|"member"}}, no other field), in its order and with its messages; it
 * refuses the first problem with a flat 400. The address is checked before it is trimmed, so a
 * trailing space is refused; it is stored lower-cased.
 */
public final class InvitationRules {
  /** The e-mail format the server's schema library checks. */
  public static final Pattern EMAIL =
      Pattern.compile("(?!\\.)(?!.*\\.\\.)([A-Za-z0-9_'+\\-.]*)[A-Za-z0-9_+-]@([A-Za-z0-9][A-Za-z0-9\\-]*\\.)+[A-Za-z]{2,}");

  private static final Schema CREATE =
      Schema.strictObject()
          .field("email", Schema.string().matches(EMAIL, "Invalid email address").trim().lowerCase())
          .field("role", Schema.oneOf("admin", "member"));

  private InvitationRules() {}

  /**
   * Every problem of a create body, first the one the server answers; {@code null} = no body.
   *
   * @param body the request body as JSON; {@code null} when there is none
   * @return every problem of a create body, first the one the server answers
   */
  public static List<Problem> create(@Nullable JsonNode body) {
    return CREATE.problems(body == null ? NullNode.getInstance() : body);
  }
}
