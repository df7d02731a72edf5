package dev.onecli4j.testing;

import dev.onecli4j.testing.Router.Access;
import dev.onecli4j.validation.JsText;

/**
 * The read-only policy reflections: an agent's effective credentials, a connection's effective
 * agents, and per-tool verdicts of an app for the workspace or the organization.
 */
final class ReflectionsEndpoint {
  void register(Router router) {
    router.add("GET", "/agents/{agentId}/effective-credentials", Access.WORKSPACE,
        (ex, p) -> Reply.json(200, Reflections.effectiveCredentials(
            PolicyView.of(ex.caller().workspace), GrantsEndpoint.agent(ex, p.get("agentId")))));
    router.add("GET", "/connections/{connectionId}/effective-agents", Access.WORKSPACE, (ex, p) -> {
      StoredConnection c = ex.caller().workspace.poolConnection(p.get("connectionId"));
      if (c == null) {
        throw OneCliErrors.notFound("Connection not found");
      }
      return Reply.json(200, Reflections.effectiveAgents(PolicyView.of(ex.caller().workspace), c));
    });
    router.add("GET", "/policy/effective-app-permissions", Access.WORKSPACE, (ex, p) -> workspaceView(ex));
    router.add("GET", "/org/policy/effective-app-permissions", Access.ORGANIZATION,
        (ex, p) -> Reply.json(200, Reflections.effectiveAppPermissions(PolicyView.ofOrg(ex.caller().org), catalog(provider(ex)), null, null)));
  }

  private static Reply workspaceView(Exchange ex) {
    String provider = provider(ex);
    for (String optional : new String[] {"agentId", "connectionId"}) {
      if ("".equals(ex.query(optional))) {
        throw OneCliErrors.unprocessable("Too small: expected string to have >=1 characters");
      }
    }
    AppCatalog.App app = catalog(provider);
    StoredAgent agent = null;
    String agentId = ex.query("agentId");
    if (agentId != null) {
      agent = GrantsEndpoint.agent(ex, agentId);
    }
    StoredConnection connection = null;
    String connectionId = ex.query("connectionId");
    if (connectionId != null) {
      connection = GrantsEndpoint.connection(ex, connectionId);
      if (!connection.provider.equals(app.id)) {
        throw OneCliErrors.notFound(GrantsEndpoint.CONNECTION_NOT_FOUND);
      }
    }
    return Reply.json(200, Reflections.effectiveAppPermissions(PolicyView.of(ex.caller().workspace), app, agent, connection));
  }

  /** The trimmed {@code ?provider=}, checked like the server checks it. */
  private static String provider(Exchange ex) {
    String raw = ex.query("provider");
    if (raw == null) {
      throw OneCliErrors.unprocessable("Invalid input: expected string, received undefined");
    }
    String provider = JsText.trim(raw);
    if (provider.isEmpty()) {
      throw OneCliErrors.unprocessable("Too small: expected string to have >=1 characters");
    }
    if (provider.length() > 100) {
      throw OneCliErrors.unprocessable("Too big: expected string to have <=100 characters");
    }
    return provider;
  }

  /** The app with a permission catalog, or 404. */
  private static AppCatalog.App catalog(String provider) {
    AppCatalog.App app = AppCatalog.get(provider);
    if (app == null || !app.hasCatalog()) {
      throw OneCliErrors.notFound("No permission catalog for provider: " + provider);
    }
    return app;
  }
}
