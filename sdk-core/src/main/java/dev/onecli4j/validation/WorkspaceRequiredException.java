package dev.onecli4j.validation;

import java.util.List;

/**
 * Nothing was sent: the call acts on a workspace, the client authenticates with an organization
 * API key ({@code oc_org_...}), and no workspace was named. Name one with {@code
 * workspaceId(...)} on the client builder, or per call with {@code
 * RequestOptions.builder().workspaceId(...)}. The server would refuse the call with 401 ({@link
 * dev.onecli4j.error.WorkspaceHeaderRequiredException}).
 */
public class WorkspaceRequiredException extends ValidationException {
  private static final long serialVersionUID = 1L;

  /** The header that names the workspace. */
  public static final String HEADER = "X-Workspace-Id";

  /**
   * Creates the exception for the operation that was refused.
   *
   * @param operationId the operation, e.g. {@code listAgents}
   */
  public WorkspaceRequiredException(String operationId) {
    super(
        operationId,
        List.of(
            new Problem(
                HEADER,
                "an organization API key needs a workspace for this call: set workspaceId on the client or the "
                    + HEADER
                    + " header of the call")));
  }
}
