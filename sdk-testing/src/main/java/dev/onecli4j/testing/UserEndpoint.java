package dev.onecli4j.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onecli4j.generated.onecli.model.ApiKeyResponse;
import dev.onecli4j.generated.onecli.model.HealthStatus;
import dev.onecli4j.generated.onecli.model.ResourceCounts;
import dev.onecli4j.generated.onecli.model.User;
import dev.onecli4j.validation.AccountRules;
import dev.onecli4j.validation.JsText;

/** {@code /user}, the API key, {@code /counts} and the unauthenticated {@code /health}. */
final class UserEndpoint {
  static final String HEALTH = "/health";
  static final String EMAIL = "emulator@onecli4j.dev";

  private final OneCliState state;

  UserEndpoint(OneCliState state) {
    this.state = state;
  }

  void register(Router router) {
    router.add("GET", HEALTH, (ex, p) -> health());
    router.add("GET", "/user", (ex, p) -> Reply.json(200, user()));
    router.add("PATCH", "/user", (ex, p) -> rename(ex));
    router.add("GET", "/user/api-key", (ex, p) -> apiKey());
    router.add("POST", "/user/api-key/regenerate", (ex, p) -> regenerate());
    router.add("GET", "/counts", (ex, p) -> counts());
  }

  private Reply health() {
    return Reply.json(
        200, HealthStatus.builder().status("ok").version(state.serverVersion).timestamp(state.now()).build());
  }

  private User user() {
    return User.builder().id(state.userId).email(EMAIL).name(state.userName).createdAt(state.userCreatedAt).build();
  }

  private Reply rename(Exchange ex) {
    JsonNode body = ex.jsonOrNull();
    OneCliErrors.throwFirst(AccountRules.userUpdate(body));
    state.userName = JsText.trim(body.get("name").textValue());
    return Reply.json(200, user());
  }

  private Reply apiKey() {
    return Reply.json(200, ApiKeyResponse.builder().apiKey(state.apiKey()).build());
  }

  /** Issues a new key; from now on only the new key is accepted. */
  private Reply regenerate() {
    state.apiKey(Ids.apiKey());
    return apiKey();
  }

  private Reply counts() {
    int llms = 0;
    int generic = 0;
    for (StoredSecret s : state.secrets.newestFirst()) {
      if (LlmValues.isLlm(s.type)) {
        llms++;
      } else {
        generic++;
      }
    }
    return Reply.json(
        200,
        ResourceCounts.builder().agents(state.agents.size()).apps(0).llms(llms).secrets(generic).build());
  }
}
