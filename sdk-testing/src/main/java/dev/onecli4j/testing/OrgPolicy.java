package dev.onecli4j.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An organization's policy: the draft rules and Default Rule that writes change, and the
 * generation the last publish made enforceable. Before the first write of the Default Rule it
 * is virtual (id {@code ""}). Guarded by the emulator's state lock.
 */
final class OrgPolicy {
  static final String SCOPE = "organization";
  private static final OffsetDateTime EPOCH = OffsetDateTime.ofInstant(Instant.EPOCH, ZoneOffset.UTC);

  private final List<StoredPolicyRule> draft = new ArrayList<>();
  private StoredPolicyRule draftDefault;
  private List<StoredPolicyRule> published = new ArrayList<>();
  private StoredPolicyRule publishedDefault;
  private int generation;
  private ObjectNode lastPublish;

  /** The draft rules, by priority. */
  List<StoredPolicyRule> draftRules() {
    List<StoredPolicyRule> list = new ArrayList<>(draft);
    list.sort(Comparator.comparingInt((StoredPolicyRule r) -> r.priority).thenComparing(r -> r.id));
    return list;
  }

  /** The rules of the last publish, by priority (empty before the first publish). */
  List<StoredPolicyRule> publishedRules() {
    return new ArrayList<>(published);
  }

  /** The draft rule with this row id, or {@code null} (published row ids are not addressable). */
  StoredPolicyRule draft(String id) {
    for (StoredPolicyRule r : draft) {
      if (r.id.equals(id)) {
        return r;
      }
    }
    return null;
  }

  /** Appends a draft rule after the last one. */
  void append(StoredPolicyRule rule) {
    int max = 0;
    for (StoredPolicyRule r : draft) {
      max = Math.max(max, r.priority);
    }
    rule.priority = max + 1;
    draft.add(rule);
  }

  void remove(StoredPolicyRule rule) {
    draft.remove(rule);
  }

  /** The draft Default Rule, or the virtual one. */
  StoredPolicyRule draftDefault() {
    return draftDefault != null ? draftDefault : virtualDefault();
  }

  /** The published Default Rule, or the virtual one before the first publish. */
  StoredPolicyRule publishedDefault() {
    return publishedDefault != null ? publishedDefault : virtualDefault();
  }

  /** The action of the enforced Default Rule, or {@code null} before the first publish. */
  String enforcedDefaultAction() {
    return publishedDefault == null ? null : publishedDefault.action;
  }

  /** The draft Default Rule, written now if it was virtual. */
  StoredPolicyRule ensureDefault(OffsetDateTime now) {
    if (draftDefault == null) {
      draftDefault = StoredPolicyRule.create(SCOPE, true, "default");
      fillDefault(draftDefault, now);
    }
    return draftDefault;
  }

  /** Makes the draft the enforced generation; answers {@code {generation, ruleCount}}. */
  ObjectNode publish(EmulatedUser by, OffsetDateTime now) {
    ensureDefault(now);
    generation++;
    List<StoredPolicyRule> copies = new ArrayList<>();
    for (StoredPolicyRule r : draftRules()) {
      copies.add(r.published(generation, now));
    }
    published = copies;
    publishedDefault = draftDefault.published(generation, now);
    int ruleCount = copies.size() + 1;
    lastPublish = EmulatorJson.object().put("generation", generation).put("ruleCount", ruleCount);
    lastPublish.put("appliedAt", EmulatorJson.time(now));
    lastPublish.putObject("appliedBy").put("name", by.name).put("email", by.email);
    return EmulatorJson.object().put("generation", generation).put("ruleCount", ruleCount);
  }

  /** The last publish, or {@code null} before the first one. */
  ObjectNode lastPublish() {
    return lastPublish == null ? null : lastPublish.deepCopy();
  }

  private static StoredPolicyRule virtualDefault() {
    StoredPolicyRule v = new StoredPolicyRule("", "", SCOPE, true, "default");
    fillDefault(v, EPOCH);
    return v;
  }

  private static void fillDefault(StoredPolicyRule d, OffsetDateTime at) {
    d.priority = 0;
    d.name = "Default Rule";
    d.action = "allow";
    d.createdAt = at;
  }
}
