package dev.onecli4j.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;

/** One app connection (of a workspace or an organization). Guarded by the emulator's state lock. */
final class StoredConnection {
  final String id;
  final String provider;
  final String scope;
  OffsetDateTime connectedAt;
  String label;
  String metadataName;

  StoredConnection(String id, String provider, String scope, String label, String metadataName, OffsetDateTime connectedAt) {
    this.id = id;
    this.provider = provider;
    this.scope = scope;
    this.label = label;
    this.metadataName = metadataName;
    this.connectedAt = connectedAt;
  }

  /** As the connection lists answer it. */
  ObjectNode toJson() {
    ObjectNode o = EmulatorJson.object().put("id", id).put("provider", provider).put("label", label);
    o.put("status", "connected");
    o.putArray("scopes");
    o.put("scope", scope);
    o.putObject("metadata").put("name", metadataName);
    return o.put("connectedAt", EmulatorJson.time(connectedAt));
  }
}
