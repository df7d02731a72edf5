package dev.onecli4j.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The workspace's policy rules. Guarded by the emulator's state lock. */
final class RuleStore {
  private final Map<String, StoredRule> byId = new LinkedHashMap<>();

  void add(StoredRule rule) {
    byId.put(rule.id, rule);
  }

  StoredRule get(String id) {
    return byId.get(id);
  }

  StoredRule remove(String id) {
    return byId.remove(id);
  }

  /** Every rule, newest first. */
  List<StoredRule> newestFirst() {
    List<StoredRule> list = new ArrayList<>(byId.values());
    Collections.reverse(list);
    return list;
  }

  void clear() {
    byId.clear();
  }
}
