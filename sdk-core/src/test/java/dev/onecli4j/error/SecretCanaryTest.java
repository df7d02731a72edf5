package dev.onecli4j.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A secret the server echoes back must not surface anywhere an exception can be read. */
class SecretCanaryTest {
  private static final String CANARY = "canary-SECRET-5f2a9c";
  private static final String API_KEY = "oc_live_canary123456";
  private static final List<String> KNOWN = List.of(CANARY);

  private static ApiException exception(int status, String contentType, String body, Collection<String> secrets) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return exception(status, contentType, bytes, bytes.length, secrets);
  }

  private static ApiException exception(int status, String contentType, byte[] bytes, int length, Collection<String> secrets) {
    ErrorBody parsed = ErrorBodyParser.parse(status, contentType, bytes, length, secrets);
    return ApiExceptions.create(status, Map.of("X-Request-Id", List.of("req_1")), parsed, null);
  }

  /** Every text a user, a log or a crash report can see. */
  private static String everything(ApiException e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    StringWriter wrapped = new StringWriter();
    new IllegalStateException("call failed", e).printStackTrace(new PrintWriter(wrapped));
    return String.join(
        "\n",
        e.getMessage(),
        e.toString(),
        e.getLocalizedMessage(),
        String.valueOf(e.errorMessage()),
        String.valueOf(e.errorType()),
        e.bodyExcerpt(),
        e.fieldErrors().toString(),
        fieldTexts(e),
        trace.toString(),
        wrapped.toString());
  }

  private static String fieldTexts(ApiException e) {
    StringBuilder sb = new StringBuilder();
    for (FieldError error : e.fieldErrors()) {
      sb.append(error.field()).append(' ').append(error.msg()).append(' ').append(error.type()).append(' ').append(error.loc());
    }
    return sb.toString();
  }

  private static void assertNoCanary(ApiException e) {
    String all = everything(e);
    assertFalse(all.contains(CANARY), all);
    assertFalse(all.contains("canary-SECRET"), all);
    assertFalse(all.contains("5f2a9c"), all);
  }

  @Test
  void canaryEchoedEverywhereInJson() {
    String json = """
        {"code":422,
         "detail":"Secret canary-SECRET-5f2a9c is invalid",
         "type":"validation_error canary-SECRET-5f2a9c",
         "errors":[
           {"loc":["body","value"],"msg":"value canary-SECRET-5f2a9c is too short","type":"value_error","input":"canary-SECRET-5f2a9c"},
           {"loc":["body","canary-SECRET-5f2a9c"],"msg":"unexpected field","type":"extra"}
         ],
         "echo":{"value":"canary-SECRET-5f2a9c","request":{"mystery":"canary-SECRET-5f2a9c","list":["x canary-SECRET-5f2a9c y"]}}}
        """;
    ApiException e = exception(422, "application/json", json, KNOWN);
    assertNoCanary(e);
    assertEquals("Secret **** is invalid", e.errorMessage());
    assertEquals("validation_error ****", e.errorType());
    assertEquals("value **** is too short", e.fieldErrors().get(0).msg());
    assertEquals("****", e.fieldErrors().get(1).field());
    assertTrue(e.bodyExcerpt().contains("\"echo\":{\"value\":\"REDACTED\""), e.bodyExcerpt());
    assertTrue(e.bodyExcerpt().contains("\"mystery\":\"****\""), e.bodyExcerpt());
  }

  @Test
  void canaryInEnvelopeAndFlatShapes() {
    assertNoCanary(exception(400, "application/json", "{\"error\":\"bad value canary-SECRET-5f2a9c\"}", KNOWN));
    assertNoCanary(exception(404, "application/json", "{\"error\":{\"message\":\"no canary-SECRET-5f2a9c\",\"type\":\"not_found_error\",\"value\":\"canary-SECRET-5f2a9c\"}}", KNOWN));
    assertNoCanary(exception(422, "application/json", "{\"detail\":[{\"loc\":[\"body\",\"value\"],\"msg\":\"canary-SECRET-5f2a9c\",\"type\":\"x\"}]}", KNOWN));
  }

  @Test
  void canaryInEscapedJsonForms() {
    String secret = "canary\"SECRET/5f2a9c";
    String json = "{\"detail\":\"echo canary\\\"SECRET\\/5f2a9c\",\"note\":\"canary\\\"SECRET/5f2a9c\"}";
    ApiException e = exception(400, "application/json", json, List.of(secret));
    assertEquals("echo ****", e.errorMessage());
    assertFalse(e.bodyExcerpt().contains("SECRET"), e.bodyExcerpt());
  }

  @Test
  void canaryInHtmlAndText() {
    assertNoCanary(exception(502, "text/html", "<html><head><title>Bad canary-SECRET-5f2a9c</title></head><body><p>canary-SECRET-5f2a9c</p></body></html>", KNOWN));
    assertNoCanary(exception(500, "text/plain", "failed: canary-SECRET-5f2a9c\nsecond line canary-SECRET-5f2a9c", KNOWN));
  }

  @Test
  void canarySplitAcrossLinesIsStillScrubbedBeforeTheFirstLineIsTaken() {
    String secret = "multi-line\nsecret-5f2a9c";
    ApiException e = exception(500, "text/plain", "echo multi-line\nsecret-5f2a9c end", List.of(secret));
    assertEquals("echo **** end", e.errorMessage());
    assertFalse(everything(e).contains("multi-line"));
  }

  @ParameterizedTest
  @ValueSource(ints = {4, 5, 8, 12, 19})
  void secretCutByTheBodyCapIsMasked(int keep) {
    String body = "{\"error\":\"bad\",\"mystery\":\"" + CANARY + "\"}";
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    int length = body.indexOf(CANARY) + keep;
    ApiException e = exception(400, "application/json", bytes, length, KNOWN);
    assertEquals("{\"error\":\"bad\",\"mystery\":\"****", e.bodyExcerpt());
    assertEquals("400: bad (request id req_1)", e.getMessage());
  }

  @Test
  void secretCutByTheBodyCapLeavesNoTraceAnywhere() {
    String body = "text: " + CANARY;
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ApiException e = exception(500, "text/plain", bytes, body.length() - 3, KNOWN);
    assertNoCanary(e);
    assertFalse(everything(e).contains("canary-SECRET-5f2"));
    assertFalse(everything(e).contains("canary-S"));
    assertEquals("text: ****", e.errorMessage());
  }

  @Test
  void canaryInSensitiveKeysIsRedactedEvenWhenNotKnown() {
    String json = "{\"error\":\"Invalid secret\",\"value\":\"canary-SECRET-5f2a9c\",\"nested\":{\"opRef\":\"op://v/canary-SECRET-5f2a9c/f\",\"apiKey\":12345678}}";
    ApiException e = exception(400, "application/json", json, List.of());
    assertNoCanary(e);
    assertEquals(
        "{\"error\":\"Invalid secret\",\"value\":\"REDACTED\",\"nested\":{\"opRef\":\"REDACTED\",\"apiKey\":\"REDACTED\"}}",
        e.bodyExcerpt());
  }

  @Test
  void canaryInTruncatedJsonUnderSensitiveKeyIsRedactedEvenWhenNotKnown() {
    ApiException e = exception(400, "application/json", "{\"error\":\"x\",\"value\":\"canary-SECRET-5f2a9c", List.of());
    assertNoCanary(e);
    assertEquals("{\"error\":\"x\",\"value\":\"REDACTED\"", e.bodyExcerpt());
  }

  @Test
  void apiKeyShapedTextIsMaskedWhenNotKnown() {
    String json = "{\"error\":{\"message\":\"Invalid API key oc_live_canary123456\",\"type\":\"authentication_error\"},\"seen\":\"Bearer oc_live_canary123456\"}";
    ApiException e = exception(401, "application/json", json, null);
    String all = everything(e);
    assertFalse(all.contains(API_KEY), all);
    assertFalse(all.contains("canary123456"), all);
    assertEquals("401 authentication_error: Invalid API key oc_**** (request id req_1)", e.getMessage());
    assertTrue(e.bodyExcerpt().contains("\"seen\":\"Bearer ****\""), e.bodyExcerpt());
  }

  @Test
  void apiKeyShapedTextIsMaskedInPlainTextAndHtml() {
    assertFalse(everything(exception(401, "text/plain", "unauthorized: oc_live_canary123456", null)).contains("canary123456"));
    assertFalse(everything(exception(502, "text/html", "<title>key oc_live_canary123456</title>", null)).contains("canary123456"));
  }

  @Test
  void knownApiKeyIsMaskedWithoutItsPrefix() {
    ApiException e = exception(401, "text/plain", "key oc_live_canary123456 rejected", List.of(API_KEY));
    assertEquals("key **** rejected", e.errorMessage());
  }
}
