package dev.onecli4j.error;

import java.util.List;
import java.util.Map;

/**
 * The server answered 401 because an organization API key ({@code oc_org_...}) called a
 * workspace's route without naming the workspace: set {@code workspaceId} on the client or the
 * {@code X-Workspace-Id} header of the call. With local validation on, the SDK refuses such a
 * call before sending it ({@link dev.onecli4j.validation.WorkspaceRequiredException}).
 */
public class WorkspaceHeaderRequiredException extends AuthenticationException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from the response headers and the parsed body.
   *
   * @param headers the response headers
   * @param body the parsed error body
   */
  public WorkspaceHeaderRequiredException(Map<String, List<String>> headers, ErrorBody body) {
    super(headers, body);
  }

  /** Whether a 401's message is the server's "X-Workspace-Id ... header is required". */
  static boolean matches(ErrorBody body) {
    String message = body == null ? null : body.message();
    return message != null && message.startsWith("X-Workspace-Id") && message.contains("header is required");
  }
}
