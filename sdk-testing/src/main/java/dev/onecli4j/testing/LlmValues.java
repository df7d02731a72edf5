package dev.onecli4j.testing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the server derives from an LLM key: the OpenAI host (API key or ChatGPT OAuth JSON),
 * the key inside an OpenAI auth-JSON file, the {@code metadata} and the type label.
 */
final class LlmValues {
  static final String OPENAI_API_HOST = "api.openai.com";
  static final String CHATGPT_HOST = "chatgpt.com";
  static final String ANTHROPIC_HOST = "api.anthropic.com";

  private static final ObjectReader STRICT =
      EmulatorJson.mapper().readerFor(JsonNode.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private LlmValues() {}

  /** Whether {@code type} is an LLM key type ({@code anthropic} or {@code openai}). */
  static boolean isLlm(String type) {
    return "anthropic".equals(type) || "openai".equals(type);
  }

  /** An OpenAI value as stored: the API key inside an {@code auth_mode: apikey} JSON, else as is. */
  static String normalizeOpenAi(String value) {
    JsonNode json = parse(value);
    if (json != null && "apikey".equals(json.path("auth_mode").asText(null))) {
      JsonNode key = json.get("OPENAI_API_KEY");
      if (key != null && key.isTextual() && !key.textValue().isEmpty()) {
        return key.textValue();
      }
    }
    return value;
  }

  /** The host an OpenAI value is injected for. */
  static String openAiHost(String value) {
    return oauthJson(value) != null ? CHATGPT_HOST : OPENAI_API_HOST;
  }

  /** The {@code metadata} of an inline value, or {@code null} for generic secrets. */
  static Map<String, Object> metadata(String type, String value) {
    Map<String, Object> meta = new LinkedHashMap<>();
    if ("anthropic".equals(type)) {
      meta.put("authMode", value.startsWith("sk-ant-oat") ? "oauth" : "api-key");
      return meta;
    }
    if ("openai".equals(type)) {
      JsonNode oauth = oauthJson(value);
      meta.put("authMode", oauth != null ? "oauth" : "api-key");
      if (oauth != null) {
        JsonNode account = oauth.path("tokens").get("account_id");
        meta.put("accountId", account == null || account.isNull() ? null : account.asText());
      }
      return meta;
    }
    return null;
  }

  /** The {@code metadata} of a 1Password-backed secret, or {@code null} when there is none. */
  static Map<String, Object> onePasswordMetadata(String type, JsonNode opDisplay) {
    Map<String, Object> meta = new LinkedHashMap<>();
    if (isLlm(type)) {
      meta.put("authMode", "api-key");
    }
    if (opDisplay != null) {
      meta.put("opDisplay", EmulatorJson.mapper().convertValue(opDisplay, Map.class));
    }
    return meta.isEmpty() ? null : meta;
  }

  /** The readable name of a secret type. */
  static String typeLabel(String type) {
    switch (type) {
      case "anthropic":
        return "Anthropic API Key";
      case "openai":
        return "OpenAI";
      case "generic":
        return "Generic Secret";
      default:
        return type;
    }
  }

  private static JsonNode oauthJson(String value) {
    JsonNode json = parse(value);
    JsonNode tokens = json == null ? null : json.get("tokens");
    if (tokens != null && tokens.path("access_token").isTextual() && tokens.path("refresh_token").isTextual()) {
      return json;
    }
    return null;
  }

  /** {@code JSON.parse(value)} when it gives an object: JSON white space around it, nothing else. */
  private static JsonNode parse(String value) {
    int start = 0;
    while (start < value.length() && " \t\n\r".indexOf(value.charAt(start)) >= 0) {
      start++;
    }
    if (!value.startsWith("{", start)) {
      return null;
    }
    try {
      JsonNode n = STRICT.readTree(value);
      return n != null && n.isObject() ? n : null;
    } catch (IOException e) {
      return null;
    }
  }
}
