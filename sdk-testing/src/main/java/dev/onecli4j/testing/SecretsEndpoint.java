package dev.onecli4j.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onecli4j.generated.onecli.model.Injection;
import dev.onecli4j.generated.onecli.model.SecretCreated;
import dev.onecli4j.generated.onecli.model.SuccessResponse;
import dev.onecli4j.generated.onecli.model.ValueSource;
import dev.onecli4j.testing.Router.Access;
import dev.onecli4j.validation.JsText;
import dev.onecli4j.validation.SecretRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * {@code /secrets} (a workspace's) and {@code /org/secrets} (the organization's): list, create,
 * update, delete. A workspace lists the organization's secrets among its own, but changes only
 * its own. Bodies are checked by the SDK's {@link SecretRules}, the server's rules in its order;
 * the first issue is answered as the server answers it. A new workspace LLM key is granted to
 * every agent of the workspace that can reach no LLM key (its answer lists them in {@code
 * attachedAgents}); deleting a secret removes its grants.
 */
final class SecretsEndpoint {
  static final String NOT_FOUND = "Secret not found";

  private final OneCliState state;
  private final boolean org;

  private SecretsEndpoint(OneCliState state, boolean org) {
    this.state = state;
    this.org = org;
  }

  /** The workspace's secrets. */
  static SecretsEndpoint workspace(OneCliState state) {
    return new SecretsEndpoint(state, false);
  }

  /** The organization's secrets. */
  static SecretsEndpoint organization(OneCliState state) {
    return new SecretsEndpoint(state, true);
  }

  void register(Router router) {
    String base = org ? "/org/secrets" : "/secrets";
    Access access = org ? Access.ORGANIZATION : Access.WORKSPACE;
    router.add("GET", base, access, (ex, p) -> list(ex));
    router.add("POST", base, access, (ex, p) -> create(ex));
    router.add("PATCH", base + "/{secretId}", access, (ex, p) -> update(ex, p.get("secretId")));
    router.add("DELETE", base + "/{secretId}", access, (ex, p) -> delete(ex, p.get("secretId")));
  }

  private SecretStore store(Exchange ex) {
    return org ? ex.caller().org.secrets : ex.caller().workspace.secrets;
  }

  private SecretRules.Scope scope() {
    return org ? SecretRules.Scope.ORGANIZATION : SecretRules.Scope.WORKSPACE;
  }

  /** The organization's secrets, or the workspace's with the organization's among them, newest first. */
  private Reply list(Exchange ex) {
    List<StoredSecret> all = new ArrayList<>(ex.caller().org.secrets.newestFirst());
    if (!org) {
      all.addAll(ex.caller().workspace.secrets.newestFirst());
      all.sort(Comparator.comparing((StoredSecret s) -> s.createdAt).reversed());
    }
    ArrayNode out = EmulatorJson.mapper().createArrayNode();
    for (StoredSecret s : all) {
      out.add(FieldOrder.of(s.toSecret(), FieldOrder.SECRET));
    }
    return Reply.json(200, out);
  }

  private Reply create(Exchange ex) {
    JsonNode body = ex.json();
    OneCliErrors.throwFirst(SecretRules.create(body, scope(), true));
    SecretInput in = SecretInput.of(body);
    StoredSecret s = new StoredSecret(Ids.uuid(), in.type, org ? "organization" : "workspace", state.now());
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
    store(ex).add(s);
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
            .build();
    ObjectNode out = FieldOrder.of(answer, FieldOrder.SECRET_CREATED);
    ArrayNode attached = out.putArray("attachedAgents");
    if (!org) {
      attachToKeylessAgents(ex.caller().workspace, s).forEach(attached::add);
    }
    return Reply.json(201, out);
  }

  private Reply update(Exchange ex, String id) {
    JsonNode body = ex.json();
    OneCliErrors.throwFirst(SecretRules.updateBody(body, true));
    StoredSecret s = store(ex).get(id);
    if (s == null) {
      throw OneCliErrors.notFound(NOT_FOUND);
    }
    OneCliErrors.throwFirst(SecretRules.updateService(body, scope(), s.type, true));
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

  private Reply delete(Exchange ex, String id) {
    if (store(ex).remove(id) == null) {
      throw OneCliErrors.notFound(NOT_FOUND);
    }
    List<EmulatedWorkspace> affected = new ArrayList<>();
    if (org) {
      affected.addAll(ex.caller().org.workspaces.values());
    } else {
      affected.add(ex.caller().workspace);
    }
    for (EmulatedWorkspace w : affected) {
      w.grants.removeTarget(GrantStore.SECRET, id);
    }
    return Reply.empty(204);
  }

  /**
   * A new LLM key is granted to every agent of the workspace that can reach no LLM key now;
   * the answer lists their ids. Generic secrets are never granted automatically.
   */
  private List<String> attachToKeylessAgents(EmulatedWorkspace w, StoredSecret s) {
    List<String> attached = new ArrayList<>();
    if (!LlmValues.isLlm(s.type)) {
      return attached;
    }
    PolicyView view = PolicyView.of(w);
    for (StoredAgent a : w.agents.all()) {
      if (!reachesLlmKey(view, a, s)) {
        w.grants.putSecret(a, s, state.now());
        attached.add(a.id);
      }
    }
    return attached;
  }

  private static boolean reachesLlmKey(PolicyView view, StoredAgent a, StoredSecret created) {
    for (StoredSecret held : Injections.of(view, a).secrets.keySet()) {
      if (held != created && LlmValues.isLlm(held.type)) {
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
