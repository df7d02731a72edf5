package dev.onecli4j.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onecli4j.generated.onecli.model.ApiKeyResponse;
import dev.onecli4j.generated.onecli.model.ResourceCounts;
import dev.onecli4j.generated.onecli.model.User;
import dev.onecli4j.testing.Router.Access;
import dev.onecli4j.validation.AccountRules;
import dev.onecli4j.validation.JsText;

/** {@code /user}, the caller's API key for the workspace, and {@code /counts}. */
final class UserEndpoint {
  static final String EMAIL = "emulator@onecli4j.dev";

  private final OneCliState state;

  UserEndpoint(OneCliState state) {
    this.state = state;
  }

  void register(Router router) {
    router.add("GET", "/user", Access.WORKSPACE, (ex, p) -> Reply.json(200, user(ex.caller())));
    router.add("PATCH", "/user", Access.WORKSPACE, (ex, p) -> rename(ex));
    router.add("GET", "/user/api-key", Access.WORKSPACE, (ex, p) -> apiKey(ex.caller()));
    router.add("POST", "/user/api-key/regenerate", Access.WORKSPACE, (ex, p) -> regenerate(ex.caller()));
    router.add("GET", "/counts", Access.WORKSPACE, (ex, p) -> counts(ex.caller().workspace));
  }

  private static User user(Caller c) {
    return User.builder().id(c.user.id).email(c.user.email).name(c.user.name).createdAt(c.user.createdAt).build();
  }

  private Reply rename(Exchange ex) {
    JsonNode body = ex.json();
    OneCliErrors.flatFirst(AccountRules.userUpdate(body));
    ex.caller().user.name = JsText.trim(body.get("name").textValue());
    return Reply.json(200, user(ex.caller()));
  }

  private Reply apiKey(Caller c) {
    String key = state.workspaceKey(c.user, c.workspace);
    if (key == null) {
      key = state.issueWorkspaceKey(c.user, c.workspace);
    }
    return Reply.json(200, ApiKeyResponse.builder().apiKey(key).build());
  }

  /** Issues a new key; from now on only the new key is accepted. */
  private Reply regenerate(Caller c) {
    return Reply.json(200, ApiKeyResponse.builder().apiKey(state.regenerateWorkspaceKey(c.user, c.workspace)).build());
  }

  private static Reply counts(EmulatedWorkspace w) {
    int llms = 0;
    int generic = 0;
    for (StoredSecret s : w.secrets.newestFirst()) {
      if (LlmValues.isLlm(s.type)) {
        llms++;
      } else {
        generic++;
      }
    }
    int apps = w.connections.newestFirst(null).size();
    return Reply.json(
        200, ResourceCounts.builder().agents(w.agents.size()).apps(apps).llms(llms).secrets(generic).build());
  }
}
