package dev.onecli4j.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast paths of {@link Redaction} and {@link JsonRedactor} (no copy until a value is redacted,
 * text without a quote returned as it is, keys compared in place and only with the sensitive keys
 * of their normalized length, regular expressions run only where their literal prefix occurs,
 * escaped forms computed only when they differ) must give exactly what the code before them gave:
 * {@link LegacyRedaction} is that code, kept as the reference.
 */
class RedactionEquivalenceTest {
  private static final String[] PIECES = {
    "{", "}", "[", "]", ",", ":", " ", "\n", "\t", "\"", "\\", "\\\"", "\\u0041", "\\u00e9", "null", "true", "12",
    "-3.5e7", "value", "Value", "VALUE", "api_key", "API-KEY", "apiKey", "a_p_i_k_e_y", "token", "opRef", "op_ref",
    "keys", "key", "KEY", "message", "error", "type", "password", "credentials", "cloudApiKey", "clientSecret",
    "privateKey", "authorization", "Authorization", "bearer", "Bearer", "BEARER", "bEaReR", "Bearer abc.def-123",
    "oc_", "oc_0123456789", "aoc_abcdefgh123", "xoc_12345678", "oc_short", "sk-", "sk-ant-abcdefgh1234",
    "sk-proj-0123456789", "ghp_abcdefgh12345678", "github_pat_1234567890ab", "ghp_", "github_pat_", "é", "İ",
    "ı", "\u212A", "ſ", "日本", "\uD83D\uDE00", "k\u0065y", "x", "secret-value-1234", "/", "\\/", "{\"value\":",
    "\"value\":\"", "\"key\"", "\"Key\" :", "\"api_key\":[", "\"nested\":{\"token\":", "\"msg\":\"hi\"",
  };

  @Test
  void randomJsonLikeTextRedactsExactlyAsBefore() {
    Random random = new Random(20260101);
    for (int i = 0; i < 20_000; i++) {
      String text = randomText(random);
      assertEquals(LegacyRedaction.redactJson(text), Redaction.redactJson(text), text);
      assertEquals(LegacyRedaction.scrubPatterns(text), Redaction.scrubPatterns(text), text);
    }
  }

  @Test
  void randomKeysAreSensitiveExactlyAsBefore() {
    Random random = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      String key = randomText(random).replace("\"", "");
      String quoted = "x\"" + key + "\"y";
      assertEquals(LegacyRedaction.isSensitiveKey(key), Redaction.isSensitiveKey(key), key);
      assertEquals(
          LegacyRedaction.isSensitiveKey(JsonRedactor.unescape(quoted, 2, 2 + key.length())),
          Redaction.isSensitiveKey(quoted, 2, 2 + key.length()),
          key);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "value", "VALUE", "Value", "api_key", "API-KEY", "a-p-i_key", "apikey", "cloud_api_key", "op_ref", "opref",
        "key", "keys", "ke", "", "_", "-", "__key__", "valu\\u0065", "k\\u0065y", "\\u0076alue", "vaLue\\n",
        "İvalue", "valuE\u0130", "\u212Aey", "credentials", "credential", "privateKey", "private_key_", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "valuevaluevaluevaluevaluevaluevaluevaluevaluevaluevaluevaluevalue", "v_a_l_u_e_v_a_l_u_e_v_a_l_u_e_v_a_l_u_e_v_a_l_u_e_v_a_l_u_e_v_a_l_u_e_v_a_l",
      })
  void namedKeysAreSensitiveExactlyAsBefore(String key) {
    String quoted = "\"" + key + "\"";
    assertEquals(
        LegacyRedaction.isSensitiveKey(JsonRedactor.unescape(quoted, 1, 1 + key.length())),
        Redaction.isSensitiveKey(quoted, 1, 1 + key.length()),
        key);
    String json = "{\"" + key + "\":\"s3cr3t-value\",\"n\":1}";
    assertEquals(LegacyRedaction.redactJson(json), Redaction.redactJson(json), json);
  }

  private static String randomText(Random random) {
    StringBuilder sb = new StringBuilder();
    int n = random.nextInt(12);
    for (int k = 0; k < n; k++) {
      sb.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return sb.toString();
  }
}
