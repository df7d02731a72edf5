package dev.onecli4j.testing;

import dev.onecli4j.validation.WorkspaceRules;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything a OneCLI emulator remembers: users, organizations with their workspaces, and the
 * API keys that open them. Routes run while holding this object's lock, so each request sees and
 * leaves a consistent state; the primary API key may be read from any thread.
 */
final class OneCliState {
  final Clock clock;
  final String serverVersion;
  final String gatewayCaPem;
  final ApprovalStore approvals = new ApprovalStore();
  /** The primary tenant's ids, kept across {@link #reset()}. */
  final String userId;
  final String workspaceId;
  final String orgId = Ids.uuid();
  final String orgApiKey = Ids.orgApiKey();
  private final String initialApiKey;
  private final Map<String, EmulatedUser> users = new LinkedHashMap<>();
  private final Map<String, EmulatedOrg> orgs = new LinkedHashMap<>();
  private final Map<String, EmulatedWorkspace> workspaces = new HashMap<>();
  private final Map<String, KeyOwner> keys = new HashMap<>();
  private volatile String apiKey;
  private volatile String gatewayUrl = "";
  private volatile String appUrl = "";

  OneCliState(Clock clock, String apiKey, String workspaceId, String serverVersion, String gatewayCaPem) {
    this.clock = clock;
    this.initialApiKey = apiKey;
    this.workspaceId = workspaceId;
    this.serverVersion = serverVersion;
    this.gatewayCaPem = gatewayCaPem;
    this.userId = Ids.uuid();
    reset();
  }

  /** Back to the start: the primary tenant alone, empty, with its first API key. */
  synchronized void reset() {
    users.clear();
    orgs.clear();
    workspaces.clear();
    keys.clear();
    approvals.clear();
    EmulatedUser user = new EmulatedUser(userId, UserEndpoint.EMAIL, "Emulator User", now());
    EmulatedOrg org = addOrg(orgId, user);
    EmulatedWorkspace w = addWorkspace(org, workspaceId, user.name);
    keys.put(initialApiKey, new KeyOwner(user, org, w));
    keys.put(orgApiKey, new KeyOwner(user, org, null));
    apiKey = initialApiKey;
  }

  /** A new user with an organization and one workspace; its keys are returned in the tenant. */
  synchronized EmulatedTenant addTenant(String name) {
    String slugName = WorkspaceRules.slug(name);
    EmulatedUser user = new EmulatedUser(Ids.uuid(), slugName + "@tenant.onecli4j.dev", name, now());
    EmulatedOrg org = addOrg(Ids.uuid(), user);
    EmulatedWorkspace w = addWorkspace(org, Ids.workspaceId(), name);
    String key = Ids.apiKey();
    String orgKey = Ids.orgApiKey();
    keys.put(key, new KeyOwner(user, org, w));
    keys.put(orgKey, new KeyOwner(user, org, null));
    return new EmulatedTenant(user.id, user.email, w.id, key, orgKey);
  }

  private EmulatedOrg addOrg(String id, EmulatedUser owner) {
    users.put(owner.id, owner);
    EmulatedOrg org = new EmulatedOrg(id, owner.name);
    org.members.add(owner);
    orgs.put(org.id, org);
    return org;
  }

  /** Adds a workspace to {@code org}. */
  EmulatedWorkspace addWorkspace(EmulatedOrg org, String id, String name) {
    EmulatedWorkspace w = new EmulatedWorkspace(id, org, name, WorkspaceRules.slug(name), now());
    org.workspaces.put(id, w);
    workspaces.put(id, w);
    return w;
  }

  /** Deletes a workspace and every key of it. */
  void deleteWorkspace(EmulatedWorkspace w) {
    w.org.workspaces.remove(w.id);
    workspaces.remove(w.id);
    for (Iterator<KeyOwner> it = keys.values().iterator(); it.hasNext(); ) {
      if (it.next().workspace == w) {
        it.remove();
      }
    }
  }

  /** The workspace with this id in any organization, or {@code null}. */
  EmulatedWorkspace workspace(String id) {
    return workspaces.get(id);
  }

  /** The primary tenant's first workspace. */
  EmulatedWorkspace primaryWorkspace() {
    return workspaces.get(workspaceId);
  }

  /** The owner of an API key, or {@code null}. */
  KeyOwner owner(String key) {
    return keys.get(key);
  }

  /** Issues a new workspace key of {@code user} for {@code w}. */
  String issueWorkspaceKey(EmulatedUser user, EmulatedWorkspace w) {
    String key = Ids.apiKey();
    keys.put(key, new KeyOwner(user, w.org, w));
    return key;
  }

  /** The workspace key of {@code user} for {@code w}, or {@code null}. */
  String workspaceKey(EmulatedUser user, EmulatedWorkspace w) {
    for (Map.Entry<String, KeyOwner> e : keys.entrySet()) {
      if (e.getValue().user == user && e.getValue().workspace == w) {
        return e.getKey();
      }
    }
    return null;
  }

  /** Replaces the workspace key of {@code user} for {@code w} by a new one. */
  String regenerateWorkspaceKey(EmulatedUser user, EmulatedWorkspace w) {
    String old = workspaceKey(user, w);
    if (old != null) {
      keys.remove(old);
    }
    String key = issueWorkspaceKey(user, w);
    if (old != null && old.equals(apiKey)) {
      apiKey = key;
    }
    return key;
  }

  /** The primary workspace key the emulator accepts now. */
  String apiKey() {
    return apiKey;
  }

  /** Where the emulated gateway listens, e.g. {@code http://127.0.0.1:PORT}. */
  String gatewayUrl() {
    return gatewayUrl;
  }

  void gatewayUrl(String url) {
    this.gatewayUrl = url;
  }

  /** The emulated web app's origin, where invitation links point. */
  String appUrl() {
    return appUrl;
  }

  void appUrl(String url) {
    this.appUrl = url;
  }

  /** The current time in UTC, to the millisecond like the server's timestamps. */
  OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
  }
}
