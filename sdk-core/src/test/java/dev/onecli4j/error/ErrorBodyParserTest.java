package dev.onecli4j.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ErrorBodyParserTest {
  private static final String JSON = "application/json";

  static ErrorBody parse(int status, String contentType, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return ErrorBodyParser.parse(status, contentType, bytes, bytes.length, List.of());
  }

  static void assertBody(ErrorBody body, String type, String message, List<FieldError> fieldErrors) {
    assertEquals(type, body.type(), "type");
    assertEquals(message, body.message(), "message");
    assertEquals(fieldErrors, body.fieldErrors(), "fieldErrors");
  }

  @Nested
  class OneCliShapes {
    @Test
    void flatErrorString() {
      String json = "{\"error\":\"Secret value is required\"}";
      ErrorBody body = parse(400, JSON, json);
      assertBody(body, null, "Secret value is required", List.of());
      assertEquals(json, body.excerpt());
    }

    @Test
    void envelopeWithMessageAndType() {
      ErrorBody body = parse(404, JSON, "{\"error\":{\"message\":\"Secret not found\",\"type\":\"not_found_error\"}}");
      assertBody(body, "not_found_error", "Secret not found", List.of());
    }

    @Test
    void envelopeToleratesUnknownFieldsAndOrder() {
      String json = """
          {"requestId":"r1","error":{"extra":{"a":[1,2]},"type":"invalid_request_error",
           "param":"name","message":"Header name, parameter name, or URL path template is required"}}
          """;
      assertBody(
          parse(400, JSON, json),
          "invalid_request_error",
          "Header name, parameter name, or URL path template is required",
          List.of());
    }

    @Test
    void envelopeWithoutMessageFallsBackToReasonPhraseButKeepsType() {
      assertBody(parse(410, JSON, "{\"error\":{\"type\":\"invalid_request_error\"}}"), "invalid_request_error", "Gone", List.of());
    }
  }

  @Nested
  class UserSecretsShapes {
    @Test
    void canonicalEnvelopeWithErrors() {
      String json = """
          {"code":422,"detail":"Validation failed","type":"validation_error",
           "errors":[{"loc":["body","name"],"msg":"field required","type":"value_error.missing"},
                     {"loc":["body","value"],"msg":"too long","type":"value_error.any_str.max_length","ctx":{"limit":10000}}]}
          """;
      ErrorBody body = parse(422, JSON, json);
      assertBody(
          body,
          "validation_error",
          "Validation failed",
          List.of(
              new FieldError(List.of("body", "name"), "field required", "value_error.missing"),
              new FieldError(List.of("body", "value"), "too long", "value_error.any_str.max_length")));
      assertEquals("name", body.fieldErrors().get(0).field());
    }

    @Test
    void canonicalEnvelopeWithoutErrors() {
      assertBody(
          parse(401, JSON, "{\"code\": 401, \"detail\": \"Authentication failed\", \"type\": \"authentication_error\"}"),
          "authentication_error",
          "Authentication failed",
          List.of());
    }

    @ParameterizedTest
    @ValueSource(strings = {"field_errors", "fieldErrors"})
    void alternativeListKeys(String key) {
      String json = "{\"detail\":\"Invalid\",\"" + key + "\":[{\"loc\":[\"body\",\"provider\"],\"msg\":\"unknown provider\",\"type\":\"enum\"}]}";
      assertBody(
          parse(400, JSON, json),
          null,
          "Invalid",
          List.of(new FieldError(List.of("body", "provider"), "unknown provider", "enum")));
    }

    @Test
    void fastApiDetailListWithOneItemUsesItsMessage() {
      String json = "{\"detail\":[{\"type\":\"missing\",\"loc\":[\"body\",\"value\"],\"msg\":\"Field required\",\"input\":null}]}";
      assertBody(
          parse(422, JSON, json), null, "Field required", List.of(new FieldError(List.of("body", "value"), "Field required", "missing")));
    }

    @Test
    void fastApiDetailListWithSeveralItemsIsSummarized() {
      String json = """
          {"detail":[{"loc":["body","items",0,"name"],"msg":"Field required","type":"missing"},
                     {"loc":["query","limit"],"msg":"Input should be a valid integer","type":"int_parsing"}]}
          """;
      ErrorBody body = parse(422, JSON, json);
      assertBody(
          body,
          null,
          "2 validation errors",
          List.of(
              new FieldError(List.of("body", "items", 0, "name"), "Field required", "missing"),
              new FieldError(List.of("query", "limit"), "Input should be a valid integer", "int_parsing")));
      assertEquals(Integer.valueOf(0), body.fieldErrors().get(0).loc().get(2));
      assertEquals("items.0.name", body.fieldErrors().get(0).field());
      assertEquals("query.limit", body.fieldErrors().get(1).field());
    }

    @Test
    void errorItemsOfOtherShapes() {
      String json = """
          {"errors":["plain message", 42, null, {"field":"name","message":"must not be blank","code":"blank"},
                     {"path":["a",1],"detail":"bad"}, {"unrelated":true}]}
          """;
      assertBody(
          parse(400, JSON, json),
          null,
          "3 validation errors",
          List.of(
              new FieldError(List.of(), "plain message", null),
              new FieldError(List.of("name"), "must not be blank", "blank"),
              new FieldError(List.of("a", 1), "bad", null)));
    }

    @Test
    void fieldErrorsAreBounded() {
      StringBuilder json = new StringBuilder("{\"errors\":[");
      for (int i = 0; i < 500; i++) {
        json.append(i == 0 ? "" : ",").append("{\"loc\":[\"body\",\"f").append(i).append("\"],\"msg\":\"bad\"}");
      }
      json.append("]}");
      assertEquals(JsonErrorReader.MAX_FIELD_ERRORS, parse(422, JSON, json.toString()).fieldErrors().size());
    }
  }

  @Nested
  class ProblemDetails {
    @Test
    void detailIsTheMessageAndTypeIsTheTypeMember() {
      String json = """
          {"type":"https://example.com/probs/out-of-credit","title":"You do not have enough credit.",
           "status":403,"detail":"Your current balance is 30, but that costs 50.","instance":"/account/12345/msgs/abc"}
          """;
      assertBody(
          parse(403, "application/problem+json; charset=utf-8", json),
          "https://example.com/probs/out-of-credit",
          "Your current balance is 30, but that costs 50.",
          List.of());
    }

    @Test
    void titleWhenThereIsNoDetail() {
      assertBody(
          parse(429, "application/problem+json", "{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429}"),
          "about:blank",
          "Too Many Requests",
          List.of());
    }
  }

  @Nested
  class Html {
    static final String NGINX_502 = """
        <html>
        <head><title>502 Bad Gateway</title></head>
        <body>
        <center><h1>502 Bad Gateway</h1></center>
        <hr><center>nginx/1.25.3</center>
        </body>
        </html>
        """;

    @Test
    void nginxBadGateway() {
      ErrorBody body = parse(502, "text/html", NGINX_502);
      assertBody(body, null, "502 Bad Gateway", List.of());
      assertEquals("502 Bad Gateway 502 Bad Gateway nginx/1.25.3", body.excerpt());
    }

    @Test
    void sniffedWithoutContentTypeAndDespiteJsonContentType() {
      assertBody(parse(502, null, NGINX_502), null, "502 Bad Gateway", List.of());
      assertBody(parse(502, JSON, NGINX_502), null, "502 Bad Gateway", List.of());
    }

    @Test
    void cloudflareStylePageDropsScriptsStylesCommentsAndDecodesEntities() {
      String html = """
          <!DOCTYPE html>
          <!--[if lt IE 7]> <html class="no-js ie6 oldie" lang="en-US"> <![endif]-->
          <html lang="en-US"><head>
          <title>example.com | 502: Bad gateway &amp; more&#33;</title>
          <style>body { color: red; }</style>
          <script type="text/javascript">var secret = "<b>not shown</b>";</script>
          </head><body><h1>Bad gateway</h1><p>Error code 502 &ndash; Ray ID: 8a1b2c3d4e5f6789</p></body></html>
          """;
      ErrorBody body = parse(502, "text/html; charset=UTF-8", html);
      assertBody(body, null, "example.com | 502: Bad gateway & more!", List.of());
      assertEquals(
          "example.com | 502: Bad gateway & more! Bad gateway Error code 502 &ndash; Ray ID: 8a1b2c3d4e5f6789",
          body.excerpt());
    }

    @Test
    void pageWithoutTitle() {
      ErrorBody body = parse(503, "text/html", "<html><body><p>Down for maintenance</p></body></html>");
      assertBody(body, null, "HTML error page", List.of());
      assertEquals("Down for maintenance", body.excerpt());
    }

    @Test
    void excerptIsBounded() {
      String html = "<html><head><title>Oops</title></head><body>" + "word ".repeat(20_000) + "</body></html>";
      ErrorBody body = parse(500, "text/html", html);
      assertEquals("Oops", body.message());
      assertEquals(ErrorBodyParser.MAX_EXCERPT_CHARS, body.excerpt().length());
      assertTrue(body.excerpt().endsWith("\u2026"));
    }

    @Test
    void unclosedTagsAndScriptsEndTheText() {
      assertEquals("before", parse(500, "text/html", "<html><body>before<script>var a = 1; <p>never closed").excerpt());
      assertEquals("HTML error page", parse(500, "text/html", "<html><title").message());
    }
  }

  @Nested
  class PlainText {
    @Test
    void firstLineTrimmed() {
      ErrorBody body = parse(503, "text/plain", "  upstream connect error or disconnect/reset before headers  \nreset reason: overflow\n");
      assertBody(body, null, "upstream connect error or disconnect/reset before headers", List.of());
      assertEquals("upstream connect error or disconnect/reset before headers  \nreset reason: overflow", body.excerpt());
    }

    @Test
    void firstNonBlankLine() {
      assertBody(parse(500, "text/plain", "\r\n\r\n   \r\nInternal Server Error\r\n"), null, "Internal Server Error", List.of());
    }

    @Test
    void messageIsAtMost200Chars() {
      ErrorBody body = parse(500, "text/plain", "x".repeat(1000));
      assertEquals(ErrorBodyParser.MAX_TEXT_MESSAGE_CHARS, body.message().length());
      assertEquals("x".repeat(199) + "\u2026", body.message());
    }

    @Test
    void textThatIsNotJsonDespiteJsonContentType() {
      assertBody(parse(500, JSON, "Internal Server Error"), null, "Internal Server Error", List.of());
    }

    @Test
    void charsetFromContentType() {
      byte[] latin1 = "Fehler: ungültig".getBytes(StandardCharsets.ISO_8859_1);
      assertEquals("Fehler: ungültig", ErrorBodyParser.parse(400, "text/plain; charset=ISO-8859-1", latin1, latin1.length, null).message());
      assertEquals("Fehler: ungültig", ErrorBodyParser.parse(400, "text/plain; charset=\"latin1\"", latin1, latin1.length, null).message());
      assertEquals("Fehler: ung\uFFFDltig", ErrorBodyParser.parse(400, "text/plain; charset=bogus!", latin1, latin1.length, null).message());
    }
  }

  @Nested
  class Empty {
    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\r\n\t "})
    void reasonPhraseForEmptyOrBlankBody(String text) {
      ErrorBody body = parse(503, "text/plain", text);
      assertBody(body, null, "Service Unavailable", List.of());
      assertEquals("", body.excerpt());
    }

    @Test
    void nullArraysAndOutOfRangeLengths() {
      byte[] bytes = "{\"error\":\"x\"}".getBytes(StandardCharsets.UTF_8);
      assertBody(ErrorBodyParser.parse(404, null, null, 10, null), null, "Not Found", List.of());
      assertBody(ErrorBodyParser.parse(404, null, bytes, 0, null), null, "Not Found", List.of());
      assertBody(ErrorBodyParser.parse(404, null, bytes, -5, null), null, "Not Found", List.of());
      assertBody(ErrorBodyParser.parse(404, null, bytes, 1_000, null), null, "x", List.of());
    }

    @Test
    void onlyTheGivenPrefixIsRead() {
      byte[] bytes = "Short message\u0000garbage after the prefix".getBytes(StandardCharsets.UTF_8);
      assertEquals("Short message", ErrorBodyParser.parse(500, "text/plain", bytes, 13, null).message());
    }

    @Test
    void unknownStatusUsesItsClass() {
      assertEquals("Server Error", parse(599, null, "").message());
    }
  }

  @Nested
  class BrokenOrHostileJson {
    @Test
    void truncatedInsideAKey() {
      assertBody(parse(400, JSON, "{\"error\":{\"mess"), null, "Bad Request", List.of());
    }

    @Test
    void truncatedAfterTheUsefulPart() {
      assertBody(
          parse(404, JSON, "{\"error\":{\"message\":\"Secret not found\",\"type\":\"not_fo"), null, "Secret not found", List.of());
    }

    @Test
    void truncatedInsideFieldErrorsKeepsTheCompleteOnes() {
      String json = "{\"detail\":\"Validation failed\",\"errors\":[{\"loc\":[\"body\",\"name\"],\"msg\":\"field required\"},{\"loc\":[\"body\",\"va";
      assertBody(
          parse(422, JSON, json),
          null,
          "Validation failed",
          List.of(new FieldError(List.of("body", "name"), "field required", null)));
    }

    @Test
    void invalidUtf8IsReplacedNotFatal() {
      byte[] prefix = "{\"error\":\"bad ".getBytes(StandardCharsets.UTF_8);
      byte[] suffix = " value\"}".getBytes(StandardCharsets.UTF_8);
      byte[] bytes = new byte[prefix.length + 3 + suffix.length];
      System.arraycopy(prefix, 0, bytes, 0, prefix.length);
      bytes[prefix.length] = (byte) 0xff;
      bytes[prefix.length + 1] = (byte) 0xfe;
      bytes[prefix.length + 2] = (byte) 0xc3;
      System.arraycopy(suffix, 0, bytes, prefix.length + 3, suffix.length);
      assertBody(ErrorBodyParser.parse(400, JSON, bytes, bytes.length, null), null, "bad \uFFFD\uFFFD\uFFFD value", List.of());
    }

    @Test
    void invalidUtf8PlainText() {
      byte[] bytes = {(byte) 0xc3, 0x28, (byte) 0xa0, (byte) 0xa1, 'o', 'k'};
      assertBody(ErrorBodyParser.parse(500, "text/plain", bytes, bytes.length, null), null, "\uFFFD(\uFFFD\uFFFDok", List.of());
    }

    @Test
    void multiByteCharacterCutByTheCap() {
      byte[] full = "{\"error\":\"caf\u00e9\"}".getBytes(StandardCharsets.UTF_8);
      int cut = "{\"error\":\"caf".length() + 1;
      assertBody(ErrorBodyParser.parse(400, JSON, full, cut, null), null, "Bad Request", List.of());
    }

    @Test
    void nestingBombAsCappedPrefix() {
      byte[] bomb = new byte[5 * 1024 * 1024];
      Arrays.fill(bomb, (byte) '[');
      ErrorBody capped = ErrorBodyParser.parse(400, JSON, bomb, ErrorBodyParser.DEFAULT_MAX_BYTES, null);
      assertBody(capped, null, "Bad Request", List.of());
      assertEquals(ErrorBodyParser.MAX_EXCERPT_CHARS, capped.excerpt().length());
      assertBody(ErrorBodyParser.parse(400, JSON, bomb, bomb.length, null), null, "Bad Request", List.of());
    }

    @Test
    void deeplyNestedObjects() {
      String json = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
      assertBody(parse(500, JSON, json), null, "Internal Server Error", List.of());
    }

    @Test
    void usefulPartBeforeADepthBomb() {
      String json = "{\"error\":\"boom\",\"junk\":" + "[".repeat(1000) + "]".repeat(1000) + "}";
      assertBody(parse(500, JSON, json), null, "boom", List.of());
    }

    @Test
    void hugeStringValueOverTheLimit() {
      String json = "{\"error\":\"" + "x".repeat(100_000) + "\"}";
      assertBody(parse(400, JSON, json), null, "Bad Request", List.of());
      byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
      assertBody(ErrorBodyParser.parse(400, JSON, bytes, ErrorBodyParser.DEFAULT_MAX_BYTES, null), null, "Bad Request", List.of());
    }

    @Test
    void longStringValueIsCappedAt500() {
      ErrorBody body = parse(400, JSON, "{\"error\":\"" + "y".repeat(60_000) + "\"}");
      assertEquals(ErrorBodyParser.MAX_MESSAGE_CHARS, body.message().length());
      assertEquals("y".repeat(499) + "\u2026", body.message());
      assertTrue(body.excerpt().length() <= ErrorBodyParser.MAX_EXCERPT_CHARS);
    }

    @Test
    void overlongNumberStopsReading() {
      String digits = "9".repeat(150);
      assertBody(parse(400, JSON, "{\"code\":" + digits + ",\"detail\":\"unreached\"}"), null, "Bad Request", List.of());
      assertBody(parse(400, JSON, "{\"detail\":\"reached\",\"code\":" + digits + "}"), null, "reached", List.of());
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "[1,2,3]",
          "[]",
          "{}",
          "42",
          "-1.5e300",
          "true",
          "null",
          "{\"error\":42}",
          "{\"error\":null}",
          "{\"error\":[\"a\",\"b\"]}",
          "{\"error\":true}",
          "{\"error\":\"\"}",
          "{\"error\":\"   \"}",
          "{\"error\":{\"message\":42,\"type\":[\"x\"]}}",
          "{\"detail\":{\"nested\":\"object\"}}",
          "{\"errors\":{\"name\":\"not a list\"}}",
          "{garbage",
          "{\"error\" \"missing colon\"}",
          "[[[[[[",
          "{\"a\":1}}}}",
        })
    void wrongShapesFallBackToTheReasonPhrase(String json) {
      assertBody(parse(409, JSON, json), null, "Conflict", List.of());
    }

    @Test
    void jsonStringRootIsTheMessage() {
      assertBody(parse(503, JSON, "\"Service temporarily down\""), null, "Service temporarily down", List.of());
    }

    @Test
    void trailingGarbageAfterACompleteValueIsIgnored() {
      assertBody(parse(400, JSON, "{\"error\":\"first\"} {\"error\":\"second\"} trailing"), null, "first", List.of());
    }

    @Test
    void messageIsMadeOneLine() {
      assertBody(parse(400, JSON, "{\"error\":\"line one\\nline two\\r\\n\\tthree\\u0000\"}"), null, "line one line two   three", List.of());
    }

    @Test
    void byteOrderMarkIsIgnored() {
      assertBody(parse(400, JSON, "\uFEFF{\"error\":\"with bom\"}"), null, "with bom", List.of());
    }

    @Test
    void excerptOfTruncatedJsonIsBoundedAndKeepsTheText() {
      ErrorBody body = parse(400, JSON, "{\"error\":{\"mess");
      assertEquals("{\"error\":{\"mess", body.excerpt());
      assertFalse(body.excerpt().isEmpty());
    }

    @Test
    void typeIsNullWhenAbsent() {
      assertNull(parse(400, JSON, "{\"message\":\"generic shape\"}").type());
      assertEquals("generic shape", parse(400, JSON, "{\"message\":\"generic shape\"}").message());
    }

    @Test
    void textualCodeServesAsType() {
      assertBody(parse(404, JSON, "{\"code\":\"secret_not_found\",\"message\":\"No such secret\"}"), "secret_not_found", "No such secret", List.of());
    }
  }
}
