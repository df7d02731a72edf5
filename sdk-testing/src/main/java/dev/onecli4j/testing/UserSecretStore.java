package dev.onecli4j.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The caller's user secrets, oldest first. Guarded by the emulator's lock. */
final class UserSecretStore {
  private final Map<String, StoredUserSecret> byId = new LinkedHashMap<>();

  void add(StoredUserSecret s) {
    byId.put(s.id, s);
  }

  StoredUserSecret get(String id) {
    return byId.get(id);
  }

  StoredUserSecret remove(String id) {
    return byId.remove(id);
  }

  boolean hasName(String name) {
    for (StoredUserSecret s : byId.values()) {
      if (s.name.equals(name)) {
        return true;
      }
    }
    return false;
  }

  boolean hasProvider(String provider) {
    for (StoredUserSecret s : byId.values()) {
      if (provider.equals(s.provider)) {
        return true;
      }
    }
    return false;
  }

  List<StoredUserSecret> all() {
    return new ArrayList<>(byId.values());
  }

  void clear() {
    byId.clear();
  }
}
