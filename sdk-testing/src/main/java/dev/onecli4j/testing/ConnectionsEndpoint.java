package dev.onecli4j.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onecli4j.testing.Router.Access;
import dev.onecli4j.validation.AccountRules;
import dev.onecli4j.validation.JsText;
import java.util.ArrayList;
import java.util.List;

/**
 * App connections of the workspace ({@code /apps/{provider}/connect}, {@code /connections}) and
 * of the organization ({@code /org/apps/{provider}/connect}, {@code /org/connections}). Only
 * API-key apps of the {@link AppCatalog} connect here; connecting again with a label already in
 * use updates that connection. Deleting a connection removes its grants.
 */
final class ConnectionsEndpoint {
  private final OneCliState state;

  ConnectionsEndpoint(OneCliState state) {
    this.state = state;
  }

  void register(Router router) {
    router.add("POST", "/apps/{provider}/connect", Access.WORKSPACE,
        (ex, p) -> connect(ex, ex.caller().workspace.connections, p.get("provider"), "workspace"));
    router.add("GET", "/connections", Access.WORKSPACE, (ex, p) -> list(ex.caller().workspace.connections, null));
    router.add("PATCH", "/connections/{connectionId}", Access.WORKSPACE,
        (ex, p) -> rename(ex, ex.caller().workspace.connections, p.get("connectionId"), true));
    router.add("DELETE", "/connections/{connectionId}", Access.WORKSPACE,
        (ex, p) -> delete(ex, ex.caller().workspace.connections, p.get("connectionId"), true));
    router.add("POST", "/org/apps/{provider}/connect", Access.ORGANIZATION,
        (ex, p) -> connect(ex, ex.caller().org.connections, p.get("provider"), "organization"));
    router.add("GET", "/org/connections", Access.ORGANIZATION,
        (ex, p) -> list(ex.caller().org.connections, ex.query("provider")));
    router.add("GET", "/org/connections/{provider}", Access.ORGANIZATION,
        (ex, p) -> list(ex.caller().org.connections, p.get("provider")));
    router.add("PATCH", "/org/connections/{connectionId}", Access.ORGANIZATION,
        (ex, p) -> rename(ex, ex.caller().org.connections, p.get("connectionId"), false));
    router.add("DELETE", "/org/connections/{connectionId}", Access.ORGANIZATION,
        (ex, p) -> delete(ex, ex.caller().org.connections, p.get("connectionId"), false));
  }

  private Reply connect(Exchange ex, ConnectionStore store, String provider, String scope) {
    AppCatalog.App app = AppCatalog.get(provider);
    if (app == null) {
      throw OneCliErrors.flat("Provider \"" + provider + "\" is not available");
    }
    if (!app.apiKey) {
      throw OneCliErrors.flat("Provider \"" + provider + "\" uses OAuth flow, not direct credentials");
    }
    JsonNode body = ex.json();
    JsonNode fields = body == null ? null : body.get("fields");
    if (fields == null || !fields.isObject()) {
      throw OneCliErrors.flat("Missing fields in request body");
    }
    String metadataName = "API Key";
    for (String[] field : app.fields) {
      JsonNode v = fields.get(field[0]);
      if (v == null || !v.isTextual() || JsText.trim(v.asText()).isEmpty()) {
        throw OneCliErrors.flat(field[1] + " is required");
      }
      if (app.fields.size() > 1) {
        metadataName = JsText.trim(v.asText());
      }
    }
    String label = body.path("label").isTextual() ? JsText.trim(body.get("label").asText()) : "";
    if (label.isEmpty()) {
      label = metadataName;
    }
    StoredConnection existing = store.byLabel(provider, label);
    if (existing != null) {
      existing.connectedAt = state.now();
      return Reply.json(200, EmulatorJson.object().put("success", true));
    }
    StoredConnection c = new StoredConnection(Ids.uuid(), provider, scope, label, metadataName, state.now());
    store.add(c);
    ObjectNode out = EmulatorJson.object().put("success", true);
    if ("workspace".equals(scope)) {
      out.putObject("connection").put("id", c.id).put("label", c.label);
    }
    return Reply.json(200, out);
  }

  private static Reply list(ConnectionStore store, String provider) {
    ArrayNode out = EmulatorJson.array();
    store.newestFirst(provider).forEach(c -> out.add(c.toJson()));
    return Reply.json(200, out);
  }

  private static StoredConnection find(ConnectionStore store, String id, boolean flat) {
    StoredConnection c = store.get(id);
    if (c == null) {
      throw flat ? OneCliErrors.flat(404, "Connection not found") : OneCliErrors.notFound("Connection not found");
    }
    return c;
  }

  private static Reply rename(Exchange ex, ConnectionStore store, String id, boolean flat) {
    StoredConnection c = find(store, id, flat);
    JsonNode body = ex.json();
    OneCliErrors.flatFirst(AccountRules.connectionLabel(body));
    c.label = JsText.trim(body.get("label").textValue());
    ObjectNode out = EmulatorJson.object().put("id", c.id).put("provider", c.provider).put("status", "connected");
    return Reply.json(200, out.put("label", c.label));
  }

  private static Reply delete(Exchange ex, ConnectionStore store, String id, boolean flat) {
    StoredConnection c = find(store, id, flat);
    store.remove(c.id);
    List<EmulatedWorkspace> affected = new ArrayList<>();
    if ("organization".equals(c.scope)) {
      affected.addAll(ex.caller().org.workspaces.values());
    } else {
      affected.add(ex.caller().workspace);
    }
    for (EmulatedWorkspace w : affected) {
      w.grants.removeTarget(GrantStore.CONNECTION, c.id);
    }
    return Reply.empty(204);
  }
}
