package dev.onecli4j.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.List;

/** One agent in the emulator's memory (the 2.0.1 model). Guarded by the emulator's state lock. */
final class StoredAgent {
  final String id;
  final String identifier;
  final OffsetDateTime createdAt;
  final String kind;
  final String harness;
  String name;
  String accessToken;
  String model;
  String instructions;
  String effort;

  StoredAgent(String id, String identifier, String kind, String harness, OffsetDateTime createdAt) {
    this.id = id;
    this.identifier = identifier;
    this.kind = kind;
    this.harness = harness;
    this.createdAt = createdAt;
  }

  /** As {@code GET /agents} lists it: with the token, {@code lastSeenAt}, no model fields. */
  ObjectNode toListItem() {
    ObjectNode o = EmulatorJson.object().put("id", id).put("name", name).put("identifier", identifier);
    o.put("accessToken", accessToken).put("kind", kind).put("createdAt", EmulatorJson.time(createdAt));
    o.putArray("channels");
    return o.putNull("imageUrl").putNull("lastSeenAt").put("workingInBackground", false);
  }

  /** As {@code GET /agents/{id}} answers it: no token, no effort, {@code recentRequestAt}. */
  ObjectNode toDetail() {
    ObjectNode o = head();
    o.put("createdAt", EmulatorJson.time(createdAt));
    o.putArray("channels");
    return o.putNull("imageUrl").putNull("recentRequestAt").put("workingInBackground", false);
  }

  /** As {@code POST /agents} answers it: no token, the LLM keys granted on creation. */
  ObjectNode toCreated(List<String> llmKeys) {
    ObjectNode o = head().put("createdAt", EmulatorJson.time(createdAt));
    ArrayNode keys = o.putArray("llmKeys");
    llmKeys.forEach(keys::add);
    return o;
  }

  private ObjectNode head() {
    ObjectNode o = EmulatorJson.object().put("id", id).put("name", name).put("identifier", identifier);
    return o.put("kind", kind).put("harness", harness).put("model", model).put("instructions", instructions);
  }
}
