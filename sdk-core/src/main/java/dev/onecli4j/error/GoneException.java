package dev.onecli4j.error;

import java.util.List;
import java.util.Map;

/**
 * The server answered 410 Gone: the route or resource was removed. OneCLI servers of version 2
 * answer so for the retired routes (rules, secret modes, assignments, default agents,
 * organization rules and settings), and their message names what replaced the route; {@link
 * #replacement()} gives that part of the message as the server wrote it.
 */
public class GoneException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from the response headers and the parsed body.
   *
   * @param headers the response headers
   * @param body the parsed error body
   */
  public GoneException(Map<String, List<String>> headers, ErrorBody body) {
    super(410, headers, body);
  }

  /**
   * What the server's message says to use instead: the text after "... was removed" (after its
   * colon or full stop), in the server's words; the whole message when it has no such part.
   *
   * @return the replacement text, or {@code null} when the answer had no message
   */
  public String replacement() {
    String message = errorMessage();
    if (message == null) {
      return null;
    }
    int removed = message.indexOf(" was removed");
    if (removed < 0) {
      return message;
    }
    String rest = message.substring(removed + " was removed".length());
    int start = 0;
    while (start < rest.length() && " :.".indexOf(rest.charAt(start)) >= 0) {
      start++;
    }
    return start < rest.length() ? rest.substring(start) : message;
  }
}
