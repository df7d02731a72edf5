package dev.onecli4j.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Replays the recorded run of the real server against a target (the emulator, or a real server
 * with a fresh tenant) over raw HTTP, step by step, and compares each answer with the
 * recording: status and error type, the message (where the server's answer is deterministic),
 * the deprecation headers, and the shape of success bodies.
 *
 * <p>The recording's ids and keys are placeholders; the replay maps each to what the target
 * handed out, learning the mapping from the target's answers as the run proceeds (an id the
 * recording shows for the first time in an answer is the target's id at the same place). Calls
 * the recorder made without recording them are made again where they changed state.
 */
final class FixtureReplay {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pattern PLACEHOLDER =
      Pattern.compile(
          "([0-9a-f]{8}-0000-4000-8000-\\d{12}|ws\\d{14}|oc_(org_)?0{40,}[0-9a-f]{1,20}|aoc_0{40,}[0-9a-f]{1,20}|0{40,}[0-9a-f]{1,20}|user\\d+@example\\.com)");
  private static final String UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";
  private static final String HOME_NAME = "server14";
  private static final String HOME_SLUG = "(home slug)";
  /**
   * Steps whose recorded message is one of two the server gives: agent and secret are both
   * unknown to the caller, and the server looks both up at once ("Agent not found." or "Secret
   * not found.", whichever lookup fails first).
   */
  static final Set<String> VARYING_MESSAGES =
      Set.of("grantAgentSecret.unknownBoth", "grantAgentSecret.unknownBoth.2", "grantAgentSecret.unknownBoth.3", "crossTenant.grantAgentSecret");
  /** Steps whose values depend on the organization's history: a fresh one answers the virtual Default Rule. */
  static final Set<String> VARYING_VALUES = Set.of("getOrgPolicyDefault.published");
  /** Fixtures a fresh organization answers instead of the recorded ones (recorded on an older one). */
  static final Map<String, String> FRESH_ORG_ALTERNATES =
      Map.of(
          "getOrgPolicyDefault.persistedEarlier.json", "getOrgPolicyDefault.virtual.json",
          "getOrgPolicyLastPublish.earlierRun.json", "getOrgPolicyLastPublish.never.json");

  /** Where to replay: a base URL ({@code .../v1}) and the keys of a fresh tenant. */
  record Target(String baseUrl, String apiKey, String secondApiKey, String orgApiKey) {}

  /** The comparison of one step. */
  record Result(ServerRecording.Step step, String skipped, int status, String errorType, String errorMessage, List<String> differences) {
    boolean statusAndTypeAgree() {
      return skipped == null && status == step.status() && Objects.equals(errorType, step.errorType());
    }

    boolean agrees() {
      return skipped == null && differences.isEmpty();
    }
  }

  private final Target target;
  private final OkHttpClient http = new OkHttpClient.Builder().followRedirects(false).build();
  private final Map<String, String> mapping = new LinkedHashMap<>();

  FixtureReplay(Target target) {
    this.target = target;
  }

  /** Replays every step in order. */
  List<Result> run(List<ServerRecording.Step> steps) {
    seed();
    List<Result> results = new ArrayList<>();
    for (ServerRecording.Step step : steps) {
      interlude(step.name());
      results.add(replay(step));
    }
    return results;
  }

  /** The placeholders learned so far, mapped to the target's values. */
  Map<String, String> mapping() {
    return mapping;
  }

  private void seed() {
    mapping.put("oc_" + "0".repeat(63) + "1", target.apiKey());
    if (target.secondApiKey() != null) {
      mapping.put("oc_" + "0".repeat(63) + "2", target.secondApiKey());
      mapping.put("ws" + "0".repeat(13) + "2", ownWorkspace(target.secondApiKey()).path("id").asText());
    }
    if (target.orgApiKey() != null) {
      mapping.put("oc_org_" + "0".repeat(63) + "1", target.orgApiKey());
    }
    JsonNode user = json(call("GET", "/user", target.apiKey(), null, null, Map.of()).body);
    mapping.put("05e70000-0000-4000-8000-000000000001", user.path("id").asText());
    mapping.put("user1@example.com", user.path("email").asText());
    JsonNode home = ownWorkspace(target.apiKey());
    mapping.put("ws" + "0".repeat(13) + "1", home.path("id").asText());
    mapping.put("slug \"" + HOME_NAME + "\"", "slug \"" + home.path("slug").asText() + "\"");
    mapping.put(HOME_SLUG, home.path("slug").asText());
    mapping.put(HOME_NAME, home.path("name").asText());
  }

  /** The workspace a key acts in: the one whose PATCH passes the management check (then fails on the body). */
  private JsonNode ownWorkspace(String key) {
    for (JsonNode w : json(call("GET", "/workspaces", key, null, null, Map.of()).body)) {
      if (call("PATCH", "/workspaces/" + w.path("id").asText(), key, "{}", "application/json", Map.of()).status == 400) {
        return w;
      }
    }
    throw new IllegalStateException("could not tell which workspace the key acts in");
  }

  /** The calls the recorder made without recording them, where they changed state. */
  private void interlude(String beforeStep) {
    String agentB = "/v1/agents/aaaaaaaa-0000-4000-8000-000000000002/grants/secrets/5ec5ec00-0000-4000-8000-000000000002";
    switch (beforeStep) {
      case "getAgentEffectiveCredentials.orgDefaultBlock":
        call("PUT", map(agentB).substring(3), target.apiKey(), null, null, Map.of());
        break;
      case "deleteOrgPolicyRule.ok":
        call("DELETE", map(agentB).substring(3), target.apiKey(), null, null, Map.of());
        break;
      case "publishOrgPolicy.clean":
        for (JsonNode r : json(call("GET", "/org/policy/rules", target.apiKey(), null, null, Map.of()).body)) {
          if (r.path("name").asText().startsWith("rec ")) {
            call("DELETE", "/org/policy/rules/" + r.path("id").asText(), target.apiKey(), null, null, Map.of());
          }
        }
        call("PATCH", "/org/policy/default", target.apiKey(), "{\"action\":\"allow\"}", "application/json", Map.of());
        break;
      default:
        break;
    }
  }

  private Result replay(ServerRecording.Step step) {
    JsonNode req = step.request();
    String path = map(req.path("path").asText());
    Map<String, String> headers = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> h : req.path("headers").properties()) {
      if (!h.getKey().equalsIgnoreCase("Content-Type")) {
        headers.put(h.getKey(), map(h.getValue().asText()));
      }
    }
    String unmapped = firstPlaceholder(path + " " + headers.values());
    if (unmapped != null) {
      return new Result(step, "placeholder " + unmapped + " was never handed out", 0, null, null, List.of());
    }
    String body = null;
    String contentType = req.path("headers").path("Content-Type").asText(null);
    String kind = req.path("bodyKind").asText();
    if (kind.equals("json")) {
      body = map(req.get("body").toString());
    } else if (kind.equals("raw")) {
      body = req.get("body").asText();
    }
    Answer a = call(step.method(), path.substring(3), null, body, contentType, headers);
    JsonNode actual = a.json();
    String type = "";
    String message = "";
    if (actual != null && actual.isObject() && actual.has("error")) {
      JsonNode err = actual.get("error");
      type = err.isObject() ? err.path("type").asText() : "(flat)";
      message = err.isObject() ? err.path("message").asText() : err.asText();
    }
    if (a.status / 100 == 2 && actual != null) {
      learn(expectedBody(step, actual), actual);
    }
    List<String> differences = compare(step, a, actual, type, message);
    return new Result(step, null, a.status, type, message, differences);
  }

  private List<String> compare(ServerRecording.Step step, Answer a, JsonNode actual, String type, String message) {
    List<String> diffs = new ArrayList<>();
    if (a.status != step.status()) {
      diffs.add("status: expected " + step.status() + ", got " + a.status);
    }
    if (!type.equals(step.errorType())) {
      diffs.add("error type: expected '" + step.errorType() + "', got '" + type + "'");
    }
    if (!VARYING_MESSAGES.contains(step.name()) && !message.equals(map(step.errorMessage()))) {
      diffs.add("message: expected '" + map(step.errorMessage()) + "', got '" + message + "'");
    }
    JsonNode expectedHeaders = step.response().path("headers");
    for (String h : new String[] {"Deprecation", "Link", "Content-Disposition"}) {
      String want = expectedHeaders.path(h).asText(null);
      String got = a.headers.get(h);
      if (!Objects.equals(want, got)) {
        diffs.add("header " + h + ": expected " + want + ", got " + got);
      }
    }
    if (a.status / 100 == 2 && step.status() / 100 == 2) {
      JsonNode expected = expectedBody(step, actual);
      for (String d : JsonShapes.differences(expected, actual)) {
        diffs.add("shape " + d);
      }
      if (!VARYING_VALUES.contains(step.name())) {
        for (String d : values().differences(expected, actual)) {
          diffs.add("value " + d);
        }
      }
    }
    return diffs;
  }

  private JsonValues values() {
    return new JsonValues(
        this::map,
        text -> text.equals(HOME_NAME) ? mapping.get(HOME_SLUG) : map(text),
        p -> PLACEHOLDER.matcher(p).matches() && !p.equals(UNKNOWN_ID) && !mapping.containsKey(p));
  }

  /** The recorded body, or the fresh-organization alternate when the target answers more like that one. */
  private JsonNode expectedBody(ServerRecording.Step step, JsonNode actual) {
    JsonNode recorded = step.response().get("body");
    String alternate = FRESH_ORG_ALTERNATES.get(step.fixture());
    if (alternate != null) {
      JsonNode fresh = ServerRecording.fixture(alternate).path("response").get("body");
      if (distance(recorded, actual) >= distance(fresh, actual)) {
        return fresh;
      }
    }
    return recorded;
  }

  private int distance(JsonNode expected, JsonNode actual) {
    return JsonShapes.differences(expected, actual).size() + values().differences(expected, actual).size();
  }

  private void learn(JsonNode expected, JsonNode actual) {
    if (expected == null || actual == null) {
      return;
    }
    if (expected.isTextual() && actual.isTextual()) {
      String p = expected.asText();
      if (PLACEHOLDER.matcher(p).matches() && !p.equals(UNKNOWN_ID) && !mapping.containsKey(p) && !mapping.containsValue(actual.asText())) {
        mapping.put(p, actual.asText());
      }
    } else if (expected.isObject() && actual.isObject()) {
      for (Iterator<String> it = expected.fieldNames(); it.hasNext(); ) {
        String k = it.next();
        learn(expected.get(k), actual.get(k));
      }
    } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
      for (int i = 0; i < expected.size(); i++) {
        learn(expected.get(i), actual.get(i));
      }
    }
  }

  /** {@code text} with every known placeholder replaced by the target's value. */
  String map(String text) {
    String out = text;
    List<String> keys = new ArrayList<>(mapping.keySet());
    keys.sort((x, y) -> y.length() - x.length());
    for (String k : keys) {
      out = out.replace(k, mapping.get(k));
    }
    return out;
  }

  private static String firstPlaceholder(String text) {
    java.util.regex.Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      if (!m.group().equals(UNKNOWN_ID)) {
        return m.group();
      }
    }
    return null;
  }

  /** One answer of the target. */
  record Answer(int status, Map<String, String> headers, String contentType, String body) {
    JsonNode json() {
      if (body == null || body.isEmpty() || contentType == null || !contentType.contains("json")) {
        return body == null || body.isEmpty() ? null : MAPPER.getNodeFactory().textNode(body);
      }
      return FixtureReplay.json(body);
    }
  }

  private Answer call(String method, String path, String key, String body, String contentType, Map<String, String> headers) {
    Request.Builder b = new Request.Builder().url(target.baseUrl() + path);
    if (key != null) {
      b.header("Authorization", "Bearer " + key);
    }
    headers.forEach(b::header);
    RequestBody rb = null;
    if (body != null) {
      rb = RequestBody.create(body, contentType == null ? null : MediaType.get(contentType));
    } else if (method.equals("POST") || method.equals("PUT") || method.equals("PATCH")) {
      rb = RequestBody.create(new byte[0], null);
    }
    b.method(method, rb);
    try (Response r = http.newCall(b.build()).execute()) {
      Map<String, String> h = new LinkedHashMap<>();
      for (String name : new String[] {"Deprecation", "Link", "Content-Disposition"}) {
        if (r.header(name) != null) {
          h.put(name, r.header(name));
        }
      }
      return new Answer(r.code(), h, r.header("Content-Type"), r.body().string());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
