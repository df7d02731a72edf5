package dev.onecli4j.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onecli4j.testing.Router.Access;

/**
 * What the workspace may use of the {@link AppCatalog}: {@code /apps/available} (unrestricted,
 * as on a self-hosted server), the permission definitions, and each app's blocklist (hosts the
 * workspace blocks for every agent).
 */
final class AppsEndpoint {
  private final OneCliState state;

  AppsEndpoint(OneCliState state) {
    this.state = state;
  }

  void register(Router router) {
    router.add("GET", "/apps/available", Access.WORKSPACE, (ex, p) -> {
      ObjectNode o = EmulatorJson.object().put("restricted", false);
      o.putArray("providers");
      return Reply.json(200, o);
    });
    router.add("GET", "/apps/permission-definitions", Access.WORKSPACE, (ex, p) -> {
      ArrayNode out = EmulatorJson.array();
      AppCatalog.withCatalog().forEach(a -> out.add(a.definition()));
      return Reply.json(200, out);
    });
    router.add("GET", "/apps/{provider}/permission-definition", Access.WORKSPACE, (ex, p) -> definition(p.get("provider")));
    router.add("GET", "/apps/{provider}/blocklist", Access.WORKSPACE, (ex, p) -> blocklist(ex, p.get("provider")));
    router.add("POST", "/apps/{provider}/blocklist", Access.WORKSPACE, (ex, p) -> block(ex, p.get("provider")));
    router.add("PATCH", "/apps/{provider}/blocklist/{ruleId}", Access.WORKSPACE,
        (ex, p) -> toggle(ex, p.get("provider"), p.get("ruleId")));
    router.add("DELETE", "/apps/{provider}/blocklist/{ruleId}", Access.WORKSPACE, (ex, p) -> {
      BlocklistStore store = ex.caller().workspace.blocklist;
      store.remove(entry(store, p.get("provider"), p.get("ruleId")));
      return Reply.empty(204);
    });
  }

  private static Reply definition(String provider) {
    AppCatalog.App app = AppCatalog.get(provider);
    if (app == null) {
      throw OneCliErrors.flat(404, "Unknown provider: " + provider);
    }
    if (!app.hasCatalog()) {
      throw OneCliErrors.flat(404, "No permission definition for provider: " + provider);
    }
    return Reply.json(200, app.definition());
  }

  private static AppCatalog.App app(String provider) {
    AppCatalog.App app = AppCatalog.get(provider);
    if (app == null) {
      throw OneCliErrors.flat(404, "Unknown provider");
    }
    return app;
  }

  private static Reply blocklist(Exchange ex, String provider) {
    AppCatalog.App app = app(provider);
    ArrayNode out = EmulatorJson.array();
    for (AppCatalog.BlockableHost h : app.blocklist) {
      BlocklistStore.Entry e = ex.caller().workspace.blocklist.byHost(provider, h.id);
      if (e != null) {
        out.add(e.toJson());
      } else {
        ObjectNode o = out.addObject().put("hostId", h.id).putNull("ruleId").put("enabled", false).put("custom", false);
        o.put("name", h.name).put("hostPattern", h.hostPattern).putNull("scope");
      }
    }
    return Reply.json(200, out);
  }

  private Reply block(Exchange ex, String provider) {
    AppCatalog.App app = app(provider);
    JsonNode body = ex.json();
    if (body == null || !body.isObject()) {
      throw OneCliErrors.flat("Invalid request body");
    }
    if (!body.path("hostId").isTextual()) {
      throw OneCliErrors.flat("Provide { hostId }");
    }
    AppCatalog.BlockableHost host = null;
    for (AppCatalog.BlockableHost h : app.blocklist) {
      if (h.id.equals(body.get("hostId").asText())) {
        host = h;
      }
    }
    if (host == null) {
      throw OneCliErrors.badRequest("Unknown blocklist host ID");
    }
    BlocklistStore store = ex.caller().workspace.blocklist;
    BlocklistStore.Entry e = store.byHost(provider, host.id);
    if (e == null) {
      StoredPolicyRule rule = StoredPolicyRule.create("workspace", false, "blocklist");
      rule.status = "published";
      rule.name = host.name;
      rule.action = "block";
      rule.createdAt = state.now();
      rule.targets.add(EmulatorJson.object().put("kind", "network").put("hostPattern", host.hostPattern).putNull("pathPattern").putNull("method"));
      e = new BlocklistStore.Entry(rule.id, provider, host, rule);
      store.add(e);
    }
    e.enabled = true;
    e.rule.enabled = true;
    return Reply.json(201, e.toJson());
  }

  private static Reply toggle(Exchange ex, String provider, String ruleId) {
    JsonNode body = ex.json();
    JsonNode enabled = body == null ? null : body.get("enabled");
    if (enabled == null) {
      throw OneCliErrors.flat("enabled is required");
    }
    BlocklistStore.Entry e = entry(ex.caller().workspace.blocklist, provider, ruleId);
    e.enabled = enabled.asBoolean(false);
    e.rule.enabled = e.enabled;
    return Reply.json(200, EmulatorJson.object().put("success", true));
  }

  private static BlocklistStore.Entry entry(BlocklistStore store, String provider, String ruleId) {
    BlocklistStore.Entry e = store.byRule(provider, ruleId);
    if (e == null) {
      throw OneCliErrors.notFound("Blocklist rule not found");
    }
    return e;
  }
}
