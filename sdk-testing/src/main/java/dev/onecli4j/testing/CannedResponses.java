package dev.onecli4j.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Fixed, schema-shaped success answers for the operations the emulator does not model with
 * state, read from {@code onecli-canned-responses.json}: one entry per {@code "METHOD /template"}
 * with its status and a JSON {@code body}, a {@code text} of some {@code contentType}, or a
 * redirect {@code location}.
 */
final class CannedResponses {
  static final String RESOURCE = "onecli-canned-responses.json";

  private CannedResponses() {}

  /** The table as read from the resource. */
  static JsonNode table() {
    try (InputStream in = CannedResponses.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return EmulatorJson.mapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds a route for every entry whose method and template have no route yet. */
  static void register(Router router) {
    for (Map.Entry<String, JsonNode> e : table().properties()) {
      String[] key = e.getKey().split(" ", 2);
      if (!router.has(key[0], key[1])) {
        Reply reply = reply(e.getValue());
        Router.Access access = key[1].startsWith("/org/") ? Router.Access.ORGANIZATION : Router.Access.WORKSPACE;
        router.add(key[0], key[1], access, (ex, p) -> reply);
      }
    }
  }

  private static Reply reply(JsonNode entry) {
    int status = entry.path("status").asInt();
    if (entry.has("location")) {
      return Reply.redirect(status, entry.get("location").asText());
    }
    if (entry.has("text")) {
      return Reply.text(status, entry.path("contentType").asText("text/plain"), entry.get("text").asText());
    }
    if (!entry.has("body")) {
      return Reply.empty(status);
    }
    return Reply.json(status, entry.get("body"));
  }
}
