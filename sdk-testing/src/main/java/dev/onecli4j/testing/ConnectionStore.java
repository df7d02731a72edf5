package dev.onecli4j.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** App connections, oldest first in memory. Guarded by the emulator's state lock. */
final class ConnectionStore {
  private final Map<String, StoredConnection> byId = new LinkedHashMap<>();

  void add(StoredConnection c) {
    byId.put(c.id, c);
  }

  StoredConnection get(String id) {
    return byId.get(id);
  }

  StoredConnection remove(String id) {
    return byId.remove(id);
  }

  /** The connection of {@code provider} with {@code label}, or {@code null}. */
  StoredConnection byLabel(String provider, String label) {
    for (StoredConnection c : byId.values()) {
      if (c.provider.equals(provider) && c.label.equals(label)) {
        return c;
      }
    }
    return null;
  }

  /** Newest first, as the server lists them; only {@code provider}'s when not null. */
  List<StoredConnection> newestFirst(String provider) {
    List<StoredConnection> list = new ArrayList<>();
    for (StoredConnection c : byId.values()) {
      if (provider == null || c.provider.equals(provider)) {
        list.add(c);
      }
    }
    Collections.reverse(list);
    return list;
  }
}
