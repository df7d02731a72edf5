package dev.onecli4j.testing;

/**
 * Another account on an emulator: its own user, organization and workspace, with a workspace
 * key and an organization key. Nothing of it is visible with the emulator's primary keys, which
 * makes it the other side of isolation tests. Immutable; the keys are test credentials.
 */
public final class EmulatedTenant {
  private final String userId;
  private final String email;
  private final String workspaceId;
  private final String apiKey;
  private final String orgApiKey;

  EmulatedTenant(String userId, String email, String workspaceId, String apiKey, String orgApiKey) {
    this.userId = userId;
    this.email = email;
    this.workspaceId = workspaceId;
    this.apiKey = apiKey;
    this.orgApiKey = orgApiKey;
  }

  /** {@return the tenant's user id} */
  public String userId() {
    return userId;
  }

  /** {@return the tenant's user e-mail} */
  public String email() {
    return email;
  }

  /** {@return the id of the tenant's workspace} */
  public String workspaceId() {
    return workspaceId;
  }

  /** {@return the workspace key ({@code oc_...})} */
  public String apiKey() {
    return apiKey;
  }

  /**
   * {@return the organization key ({@code oc_org_...}); workspace routes need {@code
   * X-Workspace-Id} with it}
   */
  public String orgApiKey() {
    return orgApiKey;
  }

  @Override
  public String toString() {
    return "EmulatedTenant{workspace=" + workspaceId + "}";
  }
}
