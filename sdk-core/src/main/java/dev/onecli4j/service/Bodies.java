package dev.onecli4j.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onecli4j.internal.http.Json;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Re-reads a request body as the body of another scope: the organization and partner bodies of
 * secrets and rules are the workspace body as JSON, less the fields those scopes do not take. So
 * one converter per params class serves every scope, explicit nulls included.
 */
final class Bodies {
  private Bodies() {}

  /** {@code body} as a {@code type}, without the JSON fields {@code without}. */
  static <T> T as(Class<T> type, Object body, String... without) {
    ObjectNode json = Json.mapper().valueToTree(body);
    json.remove(Arrays.asList(without));
    try {
      return Json.mapper().treeToValue(json, type);
    } catch (JsonProcessingException e) {
      // Only the SDK's own bodies come here; the message names the types, never a value.
      throw new IllegalStateException(
          "cannot re-read a " + body.getClass().getSimpleName() + " as " + type.getSimpleName(), null);
    }
  }

  /** Hands {@code value} to {@code setter} when the params had it set: explicit nulls included. */
  static <T> void setIf(boolean set, T value, Consumer<T> setter) {
    if (set) {
      setter.accept(value);
    }
  }
}
