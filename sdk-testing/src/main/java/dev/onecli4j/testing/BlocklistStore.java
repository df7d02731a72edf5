package dev.onecli4j.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The app hosts a workspace blocks for every agent (an app's blocklist). Each entry is a
 * workspace rule blocking the host while enabled. Guarded by the emulator's state lock.
 */
final class BlocklistStore {
  /** One switched-on host. */
  static final class Entry {
    final String ruleId;
    final String provider;
    final AppCatalog.BlockableHost host;
    final StoredPolicyRule rule;
    boolean enabled = true;

    Entry(String ruleId, String provider, AppCatalog.BlockableHost host, StoredPolicyRule rule) {
      this.ruleId = ruleId;
      this.provider = provider;
      this.host = host;
      this.rule = rule;
    }

    /** As the blocklist answers it. */
    ObjectNode toJson() {
      ObjectNode o = EmulatorJson.object().put("hostId", host.id).put("ruleId", ruleId).put("enabled", enabled);
      return o.put("custom", false).put("name", host.name).put("hostPattern", host.hostPattern).put("scope", "workspace");
    }
  }

  private final List<Entry> entries = new ArrayList<>();

  /** The entry of {@code provider}'s host, or {@code null}. */
  Entry byHost(String provider, String hostId) {
    for (Entry e : entries) {
      if (e.provider.equals(provider) && e.host.id.equals(hostId)) {
        return e;
      }
    }
    return null;
  }

  /** The entry with this rule id under {@code provider}, or {@code null}. */
  Entry byRule(String provider, String ruleId) {
    for (Entry e : entries) {
      if (e.provider.equals(provider) && e.ruleId.equals(ruleId)) {
        return e;
      }
    }
    return null;
  }

  void add(Entry e) {
    entries.add(e);
  }

  void remove(Entry e) {
    entries.remove(e);
  }

  /** The rules of the enabled entries. */
  List<StoredPolicyRule> rules() {
    List<StoredPolicyRule> out = new ArrayList<>();
    for (Entry e : entries) {
      if (e.enabled) {
        out.add(e.rule);
      }
    }
    return out;
  }
}
