package dev.onecli4j.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;

/**
 * The emulated gateway's control routes: the pending approvals of the caller's workspace and the
 * decision on one ({@code 404 {"error":"approval_not_found"}} for an unknown or decided id), and
 * the organization feed, which needs a licence ({@code 403}). The pending list answers at once
 * instead of holding the request open when nothing is pending. Auth failures are 401 with a text
 * body, as the gateway sends them.
 */
final class GatewayHandler implements Handler {
  static final List<String> BASE = Arrays.asList("v1");
  static final int TIMEOUT_SECONDS = 180;

  private final OneCliState state;
  private final Router router = new Router();

  GatewayHandler(OneCliState state) {
    this.state = state;
    router.add("GET", "/approvals/pending", (ex, p) -> pending(ex));
    router.add("POST", "/approvals/{id}/decision", (ex, p) -> decide(ex, p.get("id")));
    router.add("GET", "/org/approvals/pending", (ex, p) -> {
      workspace(ex, false);
      return Reply.json(403, EmulatorJson.object().put("error", "enterprise_license_required"));
    });
  }

  @Override
  public Reply handle(Exchange ex) {
    Router.Match match = ex.segments() == null ? null : router.match(ex.method(), ex.segments());
    if (match == null) {
      return Reply.empty(400);
    }
    synchronized (state) {
      try {
        return match.handle(ex);
      } catch (ApiError e) {
        return e.reply();
      }
    }
  }

  @Override
  public Reply failure(Exchange ex, int status, String message) {
    return Reply.text(status, Reply.TEXT, message);
  }

  private EmulatedWorkspace workspace(Exchange ex, boolean requireWorkspace) {
    String header = ex.header("Authorization");
    if (header == null) {
      throw new ApiError(Reply.text(401, Reply.TEXT, "missing authorization header"));
    }
    String token = AuthCheck.bearer(ex);
    KeyOwner owner = token == null ? null : state.owner(token);
    if (owner == null) {
      throw new ApiError(Reply.text(401, Reply.TEXT, "invalid API key"));
    }
    if (!owner.isOrgKey() || !requireWorkspace) {
      return owner.workspace;
    }
    String id = ex.header("X-Workspace-Id") != null ? ex.header("X-Workspace-Id") : ex.header("X-Project-Id");
    if (id == null || id.isEmpty()) {
      throw new ApiError(Reply.text(401, Reply.TEXT, Authenticator.WORKSPACE_HEADER_REQUIRED));
    }
    EmulatedWorkspace w = state.workspace(id);
    if (w == null || w.org != owner.org) {
      throw new ApiError(Reply.text(401, Reply.TEXT, "workspace not found"));
    }
    return w;
  }

  private Reply pending(Exchange ex) {
    EmulatedWorkspace w = workspace(ex, true);
    String exclude = ex.query("exclude") == null ? "" : ex.query("exclude");
    List<String> excluded = Arrays.asList(exclude.split(","));
    ArrayNode rows = EmulatorJson.array();
    for (ApprovalStore.Approval a : state.approvals.pending(w.id)) {
      if (!excluded.contains(a.id)) {
        rows.add(a.toJson());
      }
    }
    ObjectNode out = EmulatorJson.object();
    out.set("requests", rows);
    return Reply.json(200, out.put("timeoutSeconds", TIMEOUT_SECONDS));
  }

  private Reply decide(Exchange ex, String id) {
    EmulatedWorkspace w = workspace(ex, true);
    JsonNode body = ex.json();
    String decision = body == null ? null : body.path("decision").asText(null);
    if (!"approve".equals(decision) && !"deny".equals(decision)) {
      return Reply.text(422, Reply.TEXT, "Failed to deserialize the JSON body: decision must be approve or deny");
    }
    ApprovalStore.Approval a = state.approvals.get(id);
    if (a == null || a.decision != null || !a.workspaceId.equals(w.id)) {
      return Reply.json(404, EmulatorJson.object().put("error", "approval_not_found"));
    }
    a.decision = decision;
    return Reply.json(200, EmulatorJson.object().put("success", true));
  }
}
