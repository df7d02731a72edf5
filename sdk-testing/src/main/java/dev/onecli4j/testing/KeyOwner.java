package dev.onecli4j.testing;

/** What an API key opens: a user's workspace (workspace key) or organization (organization key). */
final class KeyOwner {
  final EmulatedUser user;
  final EmulatedOrg org;
  final EmulatedWorkspace workspace;

  KeyOwner(EmulatedUser user, EmulatedOrg org, EmulatedWorkspace workspace) {
    this.user = user;
    this.org = org;
    this.workspace = workspace;
  }

  /** Whether this is an organization key ({@code oc_org_...}). */
  boolean isOrgKey() {
    return workspace == null;
  }
}
