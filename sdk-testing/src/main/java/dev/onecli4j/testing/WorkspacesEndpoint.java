package dev.onecli4j.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onecli4j.testing.Router.Access;
import dev.onecli4j.validation.JsText;
import dev.onecli4j.validation.Problem;
import dev.onecli4j.validation.WorkspaceRules;
import java.util.List;

/**
 * {@code /workspaces} (and the deprecated {@code /projects} alias): any member key lists and
 * reads the organization's workspaces; a workspace key renames or deletes only its own workspace
 * (another one reads as not found), an organization key any of them. A new workspace comes with
 * a new workspace key of its creator; deleting a workspace kills its keys.
 */
final class WorkspacesEndpoint {
  static final String NOT_FOUND = "Workspace not found";

  private final OneCliState state;

  WorkspacesEndpoint(OneCliState state) {
    this.state = state;
  }

  void register(Router router) {
    router.add("GET", "/workspaces", Access.ORGANIZATION, (ex, p) -> {
      ArrayNode out = EmulatorJson.array();
      ex.caller().org.workspaces.values().forEach(w -> out.add(json(w)));
      return Reply.json(200, out);
    });
    router.add("GET", "/workspaces/{workspaceId}", Access.ORGANIZATION, (ex, p) -> Reply.json(200, json(visible(ex, p.get("workspaceId")))));
    router.add("POST", "/workspaces", Access.ORGANIZATION, (ex, p) -> create(ex));
    router.add("PATCH", "/workspaces/{workspaceId}", Access.ORGANIZATION, (ex, p) -> update(ex, p.get("workspaceId")));
    router.add("DELETE", "/workspaces/{workspaceId}", Access.ORGANIZATION, (ex, p) -> delete(ex, p.get("workspaceId")));
  }

  private static ObjectNode json(EmulatedWorkspace w) {
    ObjectNode o = EmulatorJson.object().put("id", w.id).put("name", w.name).put("slug", w.slug);
    return o.put("createdAt", EmulatorJson.time(w.createdAt));
  }

  private static EmulatedWorkspace visible(Exchange ex, String id) {
    EmulatedWorkspace w = ex.caller().org.workspaces.get(id);
    if (w == null) {
      throw OneCliErrors.notFound(NOT_FOUND);
    }
    return w;
  }

  /** A workspace the caller may rename or delete. */
  private static EmulatedWorkspace managed(Exchange ex, String id) {
    EmulatedWorkspace w = visible(ex, id);
    Caller c = ex.caller();
    if (!c.orgKey && c.workspace != w) {
      throw OneCliErrors.notFound(NOT_FOUND);
    }
    return w;
  }

  private Reply create(Exchange ex) {
    JsonNode body = ex.json();
    String name = validName(WorkspaceRules.create(body), body);
    EmulatedOrg org = ex.caller().org;
    checkSlugFree(org, WorkspaceRules.slug(name), null);
    EmulatedWorkspace w = state.addWorkspace(org, Ids.workspaceId(), name);
    ObjectNode out = json(w).put("apiKey", state.issueWorkspaceKey(ex.caller().user, w));
    return Reply.json(201, out);
  }

  private Reply update(Exchange ex, String id) {
    EmulatedWorkspace w = managed(ex, id);
    JsonNode body = ex.json();
    String name = validName(WorkspaceRules.update(body), body);
    String slug = WorkspaceRules.slug(name);
    checkSlugFree(w.org, slug, w);
    w.name = name;
    w.slug = slug;
    return Reply.json(200, json(w));
  }

  private Reply delete(Exchange ex, String id) {
    EmulatedWorkspace w = managed(ex, id);
    if (w.org.workspaces.size() <= 1) {
      throw OneCliErrors.badRequest("Cannot delete the only workspace in the organization");
    }
    state.deleteWorkspace(w);
    return Reply.empty(204);
  }

  private static String validName(List<Problem> problems, JsonNode body) {
    OneCliErrors.flatFirst(problems);
    return JsText.trim(body.get("name").asText());
  }

  private static void checkSlugFree(EmulatedOrg org, String slug, EmulatedWorkspace self) {
    EmulatedWorkspace other = org.bySlug(slug);
    if (other != null && other != self) {
      throw OneCliErrors.conflict("A workspace with slug \"" + slug + "\" already exists");
    }
  }
}
