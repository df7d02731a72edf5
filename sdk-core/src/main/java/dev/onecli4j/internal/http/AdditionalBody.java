package dev.onecli4j.internal.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onecli4j.error.OneCliException;
import dev.onecli4j.generated.runtime.ApiRequest;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Merges a request's additional body properties (fields the SDK does not model, set with {@code
 * putAdditionalBodyProperty}) into its written JSON body. A property replaces a known field of the
 * same name; every string in the properties becomes a credential of the call, masked wherever the
 * call could echo it.
 */
final class AdditionalBody {
  private AdditionalBody() {}

  /** {@code written} (the body object as JSON, or {@code null} for none) with the request's additional properties. */
  static byte[] merge(ApiRequest<?> request, byte[] written, List<String> credentials) {
    ObjectNode merged;
    try {
      // Decimals are re-read exactly, so the known fields go out as they were written.
      JsonNode body =
          written == null
              ? Json.mapper().createObjectNode()
              : Json.mapper().reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(written);
      if (!(body instanceof ObjectNode)) {
        throw new OneCliException(
            request.operationId() + ": additional body properties need a JSON object body, and this one is "
                + body.getNodeType().name().toLowerCase(java.util.Locale.ROOT), null);
      }
      merged = (ObjectNode) body;
      for (Map.Entry<String, Object> property : request.additionalBodyProperties().entrySet()) {
        JsonNode value =
            property.getValue() == null ? NullNode.getInstance() : Json.mapper().valueToTree(property.getValue());
        RequestCredentials.fromJsonStrings(value, credentials);
        merged.set(property.getKey(), value);
      }
      return Json.mapper().writeValueAsBytes(merged);
    } catch (IllegalArgumentException | JsonProcessingException e) {
      // Jackson's message may quote a value: name the property's problem without it.
      throw new OneCliException(
          request.operationId() + ": an additional body property could not be written as JSON ("
              + e.getClass().getSimpleName() + ")", null);
    } catch (IOException e) {
      throw new OneCliException(request.operationId() + ": could not re-read the written body", null);
    }
  }
}
