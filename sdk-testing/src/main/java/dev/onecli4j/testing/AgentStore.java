package dev.onecli4j.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A workspace's agents, oldest first in memory. Guarded by the emulator's state lock. */
final class AgentStore {
  private final Map<String, StoredAgent> byId = new LinkedHashMap<>();

  void add(StoredAgent agent) {
    byId.put(agent.id, agent);
  }

  /** The agent, or {@code null}; any id works (the server answers 404 for non-UUIDs too). */
  StoredAgent get(String id) {
    return byId.get(id);
  }

  StoredAgent byIdentifier(String identifier) {
    for (StoredAgent a : byId.values()) {
      if (a.identifier.equals(identifier)) {
        return a;
      }
    }
    return null;
  }

  void remove(String id) {
    byId.remove(id);
  }

  /** Newest first, as the server lists them. */
  List<StoredAgent> newestFirst() {
    List<StoredAgent> list = new ArrayList<>(byId.values());
    Collections.reverse(list);
    return list;
  }

  /** Oldest first. */
  List<StoredAgent> all() {
    return new ArrayList<>(byId.values());
  }

  int size() {
    return byId.size();
  }
}
