package dev.onecli4j.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.onecli4j.generated.onecli.model.AttachedAgent;
import dev.onecli4j.generated.onecli.model.Injection;
import dev.onecli4j.generated.onecli.model.SecretCreated;
import dev.onecli4j.generated.onecli.model.SuccessResponse;
import dev.onecli4j.generated.onecli.model.ValueSource;
import dev.onecli4j.http.Json;
import dev.onecli4j.validation.JsText;
import dev.onecli4j.validation.SecretRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * {@code /secrets} and {@code /org/secrets}: list, create, update, delete; a workspace lists the
 * organization's secrets too, but changes only its own. Bodies are checked by the SDK's
 * {@link SecretRules}, the server's rules in its order; the first issue is answered as the server
 * answers it.
 */
final class SecretsEndpoint {
  private static final SecretRules.Scope WORKSPACE = SecretRules.Scope.WORKSPACE;
  private static final SecretRules.Scope ORGANIZATION = SecretRules.Scope.ORGANIZATION;
  static final String NOT_FOUND = "Secret not found";

  private final OneCliState state;

  SecretsEndpoint(OneCliState state) {
    this.state = state;
  }

  void register(Router router) {
    router.add("GET", "/secrets", (ex, p) -> list(WORKSPACE));
    router.add("POST", "/secrets", (ex, p) -> create(ex, WORKSPACE));
    router.add("PATCH", "/secrets/{secretId}", (ex, p) -> update(ex, WORKSPACE, p.get("secretId")));
    router.add("DELETE", "/secrets/{secretId}", (ex, p) -> delete(WORKSPACE, p.get("secretId")));
    router.add("GET", "/org/secrets", (ex, p) -> list(ORGANIZATION));
    router.add("POST", "/org/secrets", (ex, p) -> create(ex, ORGANIZATION));
    router.add("PATCH", "/org/secrets/{secretId}", (ex, p) -> update(ex, ORGANIZATION, p.get("secretId")));
    router.add("DELETE", "/org/secrets/{secretId}", (ex, p) -> delete(ORGANIZATION, p.get("secretId")));
  }

  /** The organization's secrets, or the workspace's with the organization's among them, newest first. */
  private Reply list(SecretRules.Scope scope) {
    List<StoredSecret> all = new ArrayList<>(state.orgSecrets.newestFirst());
    if (scope == WORKSPACE) {
      all.addAll(state.secrets.newestFirst());
      all.sort(Comparator.comparing((StoredSecret s) -> s.createdAt).reversed());
    }
    ArrayNode out = Json.mapper().createArrayNode();
    for (StoredSecret s : all) {
      out.add(FieldOrder.of(s.toSecret(), FieldOrder.SECRET));
    }
    return Reply.json(200, out);
  }

  private SecretStore store(SecretRules.Scope scope) {
    return scope == WORKSPACE ? state.secrets : state.orgSecrets;
  }

  private Reply create(Exchange ex, SecretRules.Scope scope) {
    JsonNode body = ex.jsonOrNull();
    OneCliErrors.throwFirst(SecretRules.create(body, scope, true));
    SecretInput in = SecretInput.of(body);
    StoredSecret s = new StoredSecret(Ids.uuid(), in.type, scope == WORKSPACE ? "workspace" : "organization", state.now());
    s.name = in.name;
    s.hostPattern = in.hostPattern;
    s.pathPattern = blankToNull(in.pathPattern);
    s.injection = "generic".equals(in.type) ? InjectionConfigs.normalize(in.injection) : null;
    SecretCreated.Builder created = SecretCreated.builder();
    if ("onepassword".equals(in.valueSource)) {
      s.valueSource = "onepassword";
      s.opRef = in.opRef;
      s.hostPattern = fixedLlmHost(in.type, s.hostPattern);
      s.metadata = LlmValues.onePasswordMetadata(in.type, in.opDisplay);
    } else {
      String value = JsText.trim(in.value);
      if ("openai".equals(in.type)) {
        value = LlmValues.normalizeOpenAi(value);
        s.hostPattern = LlmValues.openAiHost(value);
      }
      s.valueSource = "inline";
      s.value = value;
      s.metadata = LlmValues.metadata(in.type, value);
      created.preview(Previews.secretPreview(value));
    }
    StoredText.check(s);
    store(scope).add(s);
    SecretCreated answer =
        created
            .id(s.id)
            .name(s.name)
            .type(s.type)
            .valueSource(ValueSource.of(s.valueSource))
            .opRef(s.opRef)
            .hostPattern(s.hostPattern)
            .pathPattern(s.pathPattern)
            .createdAt(s.createdAt)
            .attachedAgents(scope == WORKSPACE ? attachToKeylessAgents(s) : new ArrayList<>())
            .build();
    return Reply.json(201, FieldOrder.of(answer, FieldOrder.SECRET_CREATED));
  }

  private Reply update(Exchange ex, SecretRules.Scope scope, String id) {
    JsonNode body = ex.jsonOrNull();
    OneCliErrors.throwFirst(SecretRules.updateBody(body, true));
    StoredSecret s = store(scope).get(id);
    if (s == null) {
      throw OneCliErrors.notFound(NOT_FOUND);
    }
    OneCliErrors.throwFirst(SecretRules.updateService(body, scope, s.type, true));
    SecretInput in = SecretInput.of(body);
    Changes c = new Changes(s);
    if (in.name != null) {
      c.name = in.name;
    }
    if ("onepassword".equals(in.valueSource)) {
      c.valueSource = "onepassword";
      c.value = null;
      c.opRef = in.opRef;
      c.hostPattern = fixedLlmHost(s.type, c.hostPattern);
      c.metadata = LlmValues.onePasswordMetadata(s.type, in.opDisplay);
    } else if (in.hasValue) {
      String value = JsText.trim(in.value);
      if ("openai".equals(s.type)) {
        value = LlmValues.normalizeOpenAi(value);
        c.hostPattern = LlmValues.openAiHost(value);
      }
      c.valueSource = "inline";
      c.value = value;
      c.opRef = null;
      if (LlmValues.isLlm(s.type)) {
        c.metadata = LlmValues.metadata(s.type, value);
      }
    }
    if (in.hostPattern != null) {
      c.hostPattern = in.hostPattern;
    }
    if (in.hasPathPattern) {
      c.pathPattern = blankToNull(in.pathPattern);
    }
    if (in.hasInjection && "generic".equals(s.type)) {
      c.injection = in.injection == null ? null : InjectionConfigs.normalize(in.injection);
    }
    StoredText.check(c.name, c.hostPattern, c.pathPattern, c.opRef, c.injection, c.metadata);
    c.applyTo(s);
    return Reply.json(200, SuccessResponse.builder().success(true).build());
  }

  private Reply delete(SecretRules.Scope scope, String id) {
    if (store(scope).remove(id) == null) {
      throw OneCliErrors.notFound(NOT_FOUND);
    }
    for (StoredAgent a : state.agents.all()) {
      a.secretIds.remove(id);
    }
    return Reply.empty(204);
  }

  /**
   * A new LLM key is handed to every selective agent that can reach no LLM key yet; the answer
   * lists them. Generic secrets are never attached automatically.
   */
  private List<AttachedAgent> attachToKeylessAgents(StoredSecret s) {
    List<AttachedAgent> attached = new ArrayList<>();
    if (!LlmValues.isLlm(s.type)) {
      return attached;
    }
    for (StoredAgent a : state.agents.all()) {
      if ("selective".equals(a.secretMode) && !holdsLlmKey(a)) {
        a.secretIds.add(s.id);
        attached.add(AttachedAgent.of(a.id, a.name));
      }
    }
    return attached;
  }

  private boolean holdsLlmKey(StoredAgent a) {
    for (String id : a.secretIds) {
      StoredSecret s = state.secrets.get(id);
      if (s != null && LlmValues.isLlm(s.type)) {
        return true;
      }
    }
    return false;
  }

  private static String fixedLlmHost(String type, String host) {
    if ("anthropic".equals(type)) {
      return LlmValues.ANTHROPIC_HOST;
    }
    return "openai".equals(type) ? LlmValues.OPENAI_API_HOST : host;
  }

  private static String blankToNull(String s) {
    if (s == null) {
      return null;
    }
    String t = JsText.trim(s);
    return t.isEmpty() ? null : t;
  }

  /** An update in progress: applied only when every rule passed. */
  private static final class Changes {
    String name;
    String valueSource;
    String value;
    String opRef;
    String hostPattern;
    String pathPattern;
    Injection injection;
    Map<String, Object> metadata;

    Changes(StoredSecret s) {
      name = s.name;
      valueSource = s.valueSource;
      value = s.value;
      opRef = s.opRef;
      hostPattern = s.hostPattern;
      pathPattern = s.pathPattern;
      injection = s.injection;
      metadata = s.metadata;
    }

    void applyTo(StoredSecret s) {
      s.name = name;
      s.valueSource = valueSource;
      s.value = value;
      s.opRef = opRef;
      s.hostPattern = hostPattern;
      s.pathPattern = pathPattern;
      s.injection = injection;
      s.metadata = metadata;
    }
  }
}
