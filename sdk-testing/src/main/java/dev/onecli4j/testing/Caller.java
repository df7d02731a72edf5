package dev.onecli4j.testing;

/**
 * Who sent a request, once its API key was checked: the user, the organization, and the
 * workspace the request acts in ({@code null} on organization routes called with an
 * organization key).
 */
final class Caller {
  final EmulatedUser user;
  final EmulatedOrg org;
  final EmulatedWorkspace workspace;
  final boolean orgKey;

  Caller(EmulatedUser user, EmulatedOrg org, EmulatedWorkspace workspace, boolean orgKey) {
    this.user = user;
    this.org = org;
    this.workspace = workspace;
    this.orgKey = orgKey;
  }
}
