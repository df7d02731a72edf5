package dev.onecli4j.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Requests the emulated gateway holds for a manual approval. Guarded by the emulator's state lock. */
final class ApprovalStore {
  /** One held request. */
  static final class Approval {
    final String id;
    final String workspaceId;
    final StoredAgent agent;
    final String method;
    final String url;
    final String host;
    final String path;
    final OffsetDateTime createdAt;
    final OffsetDateTime expiresAt;
    String decision;

    Approval(String id, String workspaceId, StoredAgent agent, String method, okhttp3.HttpUrl url, OffsetDateTime createdAt, OffsetDateTime expiresAt) {
      this.id = id;
      this.workspaceId = workspaceId;
      this.agent = agent;
      this.method = method;
      this.url = url.scheme() + "://" + url.host() + url.encodedPath();
      this.host = url.host();
      this.path = url.encodedPath();
      this.createdAt = createdAt;
      this.expiresAt = expiresAt;
    }

    /** The row of the pending list, with the legacy {@code projectId} beside {@code workspaceId}. */
    ObjectNode toJson() {
      ObjectNode o = EmulatorJson.object().put("id", id).put("workspaceId", workspaceId).put("method", method);
      o.put("url", url).put("host", host).put("path", path);
      o.putObject("headers");
      o.putNull("bodyPreview").putNull("summary");
      o.putObject("agent").put("id", agent.id).put("name", agent.name).put("externalId", agent.identifier);
      o.put("createdAt", EmulatorJson.time(createdAt)).put("expiresAt", EmulatorJson.time(expiresAt));
      return o.put("projectId", workspaceId);
    }
  }

  private final Map<String, Approval> byId = new LinkedHashMap<>();

  void add(Approval a) {
    byId.put(a.id, a);
  }

  Approval get(String id) {
    return byId.get(id);
  }

  /** The undecided requests of a workspace, oldest first. */
  List<Approval> pending(String workspaceId) {
    List<Approval> out = new ArrayList<>();
    for (Approval a : byId.values()) {
      if (a.decision == null && a.workspaceId.equals(workspaceId)) {
        out.add(a);
      }
    }
    return out;
  }

  void clear() {
    byId.clear();
  }
}
