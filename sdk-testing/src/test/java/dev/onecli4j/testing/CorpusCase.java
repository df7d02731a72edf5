package dev.onecli4j.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onecli4j.internal.http.Json;

/**
 * One input of the secret corpus and, once recorded, the real server's answer to it.
 *
 * @param id a readable, unique name
 * @param op {@code create} or {@code update}
 * @param scope {@code workspace} ({@code /secrets}) or {@code organization} ({@code /org/secrets})
 * @param stored for an update, the type of the secret it is sent to
 * @param body the JSON body, or null when {@code rawBody} is sent instead
 * @param rawBody a body that is not JSON, or null
 * @param status the server's status; 0 before recording
 * @param error the server's error body for a non-2xx answer, else null
 */
record CorpusCase(
    String id, String op, String scope, String stored, JsonNode body, String rawBody, int status, JsonNode error) {

  /** A create in a workspace. */
  static CorpusCase create(String id, JsonNode body) {
    return new CorpusCase(id, "create", "workspace", null, body, null, 0, null);
  }

  /** An update of a workspace secret of type {@code stored}. */
  static CorpusCase update(String id, String stored, JsonNode body) {
    return new CorpusCase(id, "update", "workspace", stored, body, null, 0, null);
  }

  /** The same input in another scope. */
  CorpusCase inScope(String newScope) {
    return new CorpusCase(id, op, newScope, stored, body, rawBody, status, error);
  }

  /** The same input with the server's answer. */
  CorpusCase recorded(int newStatus, JsonNode newError) {
    return new CorpusCase(id, op, scope, stored, body, rawBody, newStatus, newError);
  }

  /** Whether the server accepted it. */
  boolean accepted() {
    return status >= 200 && status < 300;
  }

  /** The text sent: the JSON body with every non-ASCII character escaped, or the raw body. */
  String wire() {
    return body != null ? SecretCorpus.write(body) : rawBody;
  }

  /** The collection path of its scope, below {@code /v1}. */
  String collection() {
    return scope.equals("organization") ? "/org/secrets" : "/secrets";
  }

  /** One line of the corpus file. */
  ObjectNode toJson() {
    ObjectNode o = Json.mapper().createObjectNode();
    o.put("id", id).put("op", op).put("scope", scope);
    if (stored != null) {
      o.put("stored", stored);
    }
    if (body != null) {
      o.set("body", body);
    } else {
      o.put("rawBody", rawBody);
    }
    o.put("status", status);
    if (error != null) {
      o.set("error", error);
    }
    return o;
  }

  /** Reads one line of the corpus file. */
  static CorpusCase fromJson(JsonNode o) {
    return new CorpusCase(
        o.get("id").asText(),
        o.get("op").asText(),
        o.get("scope").asText(),
        o.hasNonNull("stored") ? o.get("stored").asText() : null,
        o.get("body"),
        o.hasNonNull("rawBody") ? o.get("rawBody").asText() : null,
        o.path("status").asInt(),
        o.get("error"));
  }
}
