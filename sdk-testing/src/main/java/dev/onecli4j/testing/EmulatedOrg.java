package dev.onecli4j.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An organization: its members, its workspaces (oldest first), the organization-level secrets
 * and connections every workspace may use, its policy and its invitations. Guarded by the
 * emulator's state lock.
 */
final class EmulatedOrg {
  final String id;
  final String name;
  final List<EmulatedUser> members = new ArrayList<>();
  final Map<String, EmulatedWorkspace> workspaces = new LinkedHashMap<>();
  final SecretStore secrets = new SecretStore();
  final ConnectionStore connections = new ConnectionStore();
  final OrgPolicy policy = new OrgPolicy();
  final InvitationStore invitations = new InvitationStore();

  EmulatedOrg(String id, String name) {
    this.id = id;
    this.name = name;
  }

  /** The workspace with the slug, or {@code null}. */
  EmulatedWorkspace bySlug(String slug) {
    for (EmulatedWorkspace w : workspaces.values()) {
      if (w.slug.equals(slug)) {
        return w;
      }
    }
    return null;
  }

  /** Whether {@code email} belongs to a member. */
  boolean hasMember(String email) {
    for (EmulatedUser u : members) {
      if (u.email.equalsIgnoreCase(email)) {
        return true;
      }
    }
    return false;
  }
}
