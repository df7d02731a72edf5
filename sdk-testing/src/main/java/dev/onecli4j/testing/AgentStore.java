package dev.onecli4j.testing;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The workspace's agents; starts with one default agent. Guarded by the emulator's state lock. */
final class AgentStore {
  static final String DEFAULT_IDENTIFIER = "default";

  private final Map<String, StoredAgent> byId = new LinkedHashMap<>();

  /** Empties the store and seeds the default agent, which may use every secret. */
  void reset(OffsetDateTime now) {
    byId.clear();
    StoredAgent agent = new StoredAgent(Ids.uuid(), DEFAULT_IDENTIFIER, now);
    agent.name = "Default Agent";
    agent.accessToken = Ids.agentToken();
    agent.isDefault = true;
    agent.secretMode = "all";
    add(agent);
  }

  void add(StoredAgent agent) {
    byId.put(agent.id, agent);
  }

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

  StoredAgent defaultAgent() {
    for (StoredAgent a : byId.values()) {
      if (a.isDefault) {
        return a;
      }
    }
    return null;
  }

  void remove(String id) {
    byId.remove(id);
  }

  /** The default agent first, then the newest first, as the server lists them. */
  List<StoredAgent> listed() {
    List<StoredAgent> list = new ArrayList<>(byId.values());
    Collections.reverse(list);
    list.sort((a, b) -> Boolean.compare(b.isDefault, a.isDefault));
    return list;
  }

  List<StoredAgent> all() {
    return new ArrayList<>(byId.values());
  }

  int size() {
    return byId.size();
  }
}
