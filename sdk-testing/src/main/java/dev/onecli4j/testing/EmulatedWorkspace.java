package dev.onecli4j.testing;

import java.time.OffsetDateTime;

/**
 * A workspace of an organization with its agents, secrets, connections, grants and blocklist.
 * Guarded by the emulator's state lock.
 */
final class EmulatedWorkspace {
  final String id;
  final EmulatedOrg org;
  final OffsetDateTime createdAt;
  String name;
  String slug;
  final AgentStore agents = new AgentStore();
  final SecretStore secrets = new SecretStore();
  final ConnectionStore connections = new ConnectionStore();
  final GrantStore grants = new GrantStore();
  final BlocklistStore blocklist = new BlocklistStore();

  EmulatedWorkspace(String id, EmulatedOrg org, String name, String slug, OffsetDateTime createdAt) {
    this.id = id;
    this.org = org;
    this.name = name;
    this.slug = slug;
    this.createdAt = createdAt;
  }

  /** A secret of this workspace, or an organization secret; {@code null} if neither. */
  StoredSecret poolSecret(String id) {
    StoredSecret s = secrets.get(id);
    return s != null ? s : org.secrets.get(id);
  }

  /** A connection of this workspace, or an organization connection; {@code null} if neither. */
  StoredConnection poolConnection(String id) {
    StoredConnection c = connections.get(id);
    return c != null ? c : org.connections.get(id);
  }
}
