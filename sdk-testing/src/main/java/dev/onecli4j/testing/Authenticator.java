package dev.onecli4j.testing;

/**
 * Checks the API key of a request the way the server does: a workspace key acts in its own
 * workspace and ignores {@code X-Workspace-Id}; an organization key needs that header on
 * workspace routes, naming a workspace of its organization.
 */
final class Authenticator {
  static final String INVALID = "Invalid API key or token.";
  static final String WORKSPACE_HEADER_REQUIRED = "X-Workspace-Id (formerly X-Project-Id) header is required";

  private final OneCliState state;

  Authenticator(OneCliState state) {
    this.state = state;
  }

  /** The caller of a workspace route. */
  Caller workspace(Exchange ex, String workspaceHeader) {
    KeyOwner owner = owner(ex);
    if (!owner.isOrgKey()) {
      return new Caller(owner.user, owner.org, owner.workspace, false);
    }
    if (workspaceHeader == null || workspaceHeader.isEmpty()) {
      throw OneCliErrors.unauthorized(WORKSPACE_HEADER_REQUIRED);
    }
    EmulatedWorkspace w = state.workspace(workspaceHeader);
    if (w == null || w.org != owner.org) {
      throw OneCliErrors.unauthorized(INVALID);
    }
    return new Caller(owner.user, owner.org, w, true);
  }

  /** The caller of an organization route: any key of a member; no workspace header needed. */
  Caller organization(Exchange ex) {
    KeyOwner owner = owner(ex);
    return new Caller(owner.user, owner.org, owner.workspace, owner.isOrgKey());
  }

  private KeyOwner owner(Exchange ex) {
    String token = AuthCheck.bearer(ex);
    KeyOwner owner = token == null || !token.startsWith("oc_") ? null : state.owner(token);
    if (owner == null) {
      throw OneCliErrors.unauthorized(INVALID);
    }
    return owner;
  }
}
