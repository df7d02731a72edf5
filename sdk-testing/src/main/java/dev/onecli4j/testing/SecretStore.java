package dev.onecli4j.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Secrets of a workspace or an organization, oldest first in memory. Guarded by the emulator's state lock. */
final class SecretStore {
  private final Map<String, StoredSecret> byId = new LinkedHashMap<>();

  void add(StoredSecret secret) {
    byId.put(secret.id, secret);
  }

  /** The secret, or {@code null}; any id works (the server answers 404 for non-UUIDs too). */
  StoredSecret get(String id) {
    return byId.get(id);
  }

  StoredSecret remove(String id) {
    return byId.remove(id);
  }

  boolean contains(String id) {
    return byId.containsKey(id);
  }

  /** Every secret, newest first, as the server lists them. */
  List<StoredSecret> newestFirst() {
    List<StoredSecret> list = new ArrayList<>(byId.values());
    Collections.reverse(list);
    return list;
  }

  /** Every secret, oldest first. */
  List<StoredSecret> oldestFirst() {
    return new ArrayList<>(byId.values());
  }

  void clear() {
    byId.clear();
  }
}
