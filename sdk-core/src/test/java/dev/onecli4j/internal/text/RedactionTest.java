package dev.onecli4j.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RedactionTest {
  @Nested
  class SensitiveKeys {
    @Test
    void listedKeysArePresentAndTheSetIsUnmodifiable() {
      assertTrue(
          Redaction.SENSITIVE_KEYS.containsAll(
              Set.of(
                  "value", "token", "apiKey", "api_key", "accessToken", "refreshToken", "secret", "clientSecret",
                  "opRef", "password", "authorization", "cloudApiKey", "key", "privateKey", "credential", "credentials")));
      assertThrows(UnsupportedOperationException.class, () -> Redaction.SENSITIVE_KEYS.add("x"));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "value", "VALUE", "token", "apiKey", "API_KEY", "api-key", "Api_Key", "apikey", "access_token", "refresh-token",
          "client_secret", "op_ref", "Authorization", "cloud_api_key", "key", "KEY", "private_key", "credential", "Credentials",
          "secret", "password",
        })
    void sensitive(String key) {
      assertTrue(Redaction.isSensitiveKey(key), key);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "", "name", "keys", "monkey", "keyName", "key_id", "valueSource", "masked_value", "preview", "tokens", "secretId",
          "hostPattern", "type", "error",
        })
    void notSensitive(String key) {
      assertFalse(Redaction.isSensitiveKey(key), key);
    }

    @Test
    void nullIsNotSensitive() {
      assertFalse(Redaction.isSensitiveKey(null));
    }
  }

  @Nested
  class RedactJson {
    @Test
    void flatValuesOfSensitiveKeys() {
      assertEquals(
          "{\"name\":\"OPENAI_API_KEY\",\"value\":\"REDACTED\",\"type\":\"openai\"}",
          Redaction.redactJson("{\"name\":\"OPENAI_API_KEY\",\"value\":\"sk-proj-123\",\"type\":\"openai\"}"));
    }

    @Test
    void numbersAreRedactedBooleansAndNullsKept() {
      assertEquals(
          "{\"token\":\"REDACTED\",\"password\":\"REDACTED\",\"secret\":true,\"key\":null,\"count\":42}",
          Redaction.redactJson("{\"token\":123456789,\"password\":-1.5e3,\"secret\":true,\"key\":null,\"count\":42}"));
    }

    @Test
    void anyDepthAndWholeSubtreesUnderSensitiveKeys() {
      String json = """
          {"secrets":[{"name":"a","apiKey":"k1"},{"name":"b","nested":{"access_token":"t2"}}],
           "credentials":{"user":"u","list":["p1",2,{"deep":"p3"}],"flag":false},
           "after":"kept"}""";
      String expected = """
          {"secrets":[{"name":"a","apiKey":"REDACTED"},{"name":"b","nested":{"access_token":"REDACTED"}}],
           "credentials":{"user":"REDACTED","list":["REDACTED","REDACTED",{"deep":"REDACTED"}],"flag":false},
           "after":"kept"}""";
      assertEquals(expected, Redaction.redactJson(json));
    }

    @Test
    void formattingAndUnrelatedValuesAreKeptExactly() {
      String json = """
          {
            "value" :   "s3cr3t",
            "n": 1.50,
            "text": "a \\"value\\": \\"not a key\\"",
            "list": [ "value", "x" ]
          }
          """;
      String expected = """
          {
            "value" :   "REDACTED",
            "n": 1.50,
            "text": "a \\"value\\": \\"not a key\\"",
            "list": [ "value", "x" ]
          }
          """;
      assertEquals(expected, Redaction.redactJson(json));
    }

    @Test
    void escapedKeysAndDuplicateKeys() {
      assertEquals(
          "{\"val\\u0075e\":\"REDACTED\",\"value\":\"REDACTED\",\"value\":\"REDACTED\"}",
          Redaction.redactJson("{\"val\\u0075e\":\"a\",\"value\":\"b\",\"value\":\"c\"}"));
      assertEquals("{\"x\":\"a\\\\\",\"token\":\"REDACTED\"}", Redaction.redactJson("{\"x\":\"a\\\\\",\"token\":\"b\"}"));
    }

    @Test
    void sensitivityEndsWithItsContainer() {
      assertEquals(
          "[{\"value\":{\"a\":\"REDACTED\"},\"b\":\"kept\"},{\"c\":\"kept\"}]",
          Redaction.redactJson("[{\"value\":{\"a\":\"x\"},\"b\":\"kept\"},{\"c\":\"kept\"}]"));
    }

    @Test
    void truncatedJsonIsRedactedAsFarAsItGoes() {
      assertEquals("{\"name\":\"a\",\"value\":\"REDACTED\"", Redaction.redactJson("{\"name\":\"a\",\"value\":\"canary-SEC"));
      assertEquals("{\"credentials\":{\"user\":\"REDACTED\"", Redaction.redactJson("{\"credentials\":{\"user\":\"u1"));
      assertEquals("{\"value", Redaction.redactJson("{\"value"));
    }

    @Test
    void textThatIsNotJsonIsUnchangedButPatternsAreMasked() {
      assertEquals("hello, world: 42 {not json]", Redaction.redactJson("hello, world: 42 {not json]"));
      assertEquals("Authorization: Bearer ****", Redaction.redactJson("Authorization: Bearer abc.def-ghi"));
      assertEquals("<html><title>oc_****</title></html>", Redaction.redactJson("<html><title>oc_abcdefgh1234</title></html>"));
    }

    @Test
    void patternsAreMaskedInsideValidJsonToo() {
      assertEquals("{\"message\":\"bad key sk-****\"}", Redaction.redactJson("{\"message\":\"bad key sk-abcdefgh1234\"}"));
    }

    @Test
    void nullAndEmpty() {
      assertNull(Redaction.redactJson(null));
      assertEquals("", Redaction.redactJson(""));
    }

    @Test
    void hostileInputDoesNotThrow() {
      char[] brackets = new char[2_000_000];
      Arrays.fill(brackets, '[');
      String bomb = new String(brackets);
      assertEquals(bomb, Redaction.redactJson(bomb));
      String closers = "]]]}}}" + "{\"value\":\"x\"}";
      assertEquals("]]]}}}{\"value\":\"REDACTED\"}", Redaction.redactJson(closers));
      Random random = new Random(99);
      String alphabet = "{}[]\":,\\ value token 0123456789-.eE\n";
      for (int i = 0; i < 5_000; i++) {
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(80);
        for (int j = 0; j < n; j++) {
          sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        String out = Redaction.redactJson(sb.toString());
        assertTrue(out != null && !out.contains("\"value\":\"x"), out);
      }
    }
  }

  @Nested
  class Scrub {
    @Test
    void everyOccurrenceOfEverySecret() {
      assertEquals(
          "a **** b **** c ****",
          Redaction.scrub("a secret-one b secret-two c secret-one", List.of("secret-one", "secret-two")));
    }

    @Test
    void longerSecretsFirst() {
      assertEquals("x **** y", Redaction.scrub("x abcd-efgh y", List.of("abcd", "abcd-efgh")));
    }

    @Test
    void shortValuesAndPlainWordsAreMaskedOnlyAsWholeValues() {
      assertEquals("the cat sat", Redaction.scrub("the cat sat", Arrays.asList(null, "cat", "", "at")));
      assertEquals("the cats sat", Redaction.scrub("the cats sat", Arrays.asList(null, "cats")));
      assertEquals("must contain {value} once", Redaction.scrub("must contain {value} once", List.of("value", "password")));
      assertEquals("****", Redaction.scrub("cats", List.of("cats")));
      assertEquals("the **** sat", Redaction.scrub("the c4ts-and-dogs sat", List.of("c4ts-and-dogs")));
      assertEquals("a **** b", Redaction.scrub("a correcthorsebatterystaple b", List.of("correcthorsebatterystaple")));
    }

    @Test
    void aLongPieceOfALongSecretIsMaskedButAPreviewIsNot() {
      String secret = "sk_live_0123456789abcdefXYZ";
      assertEquals("value '****\u2026' is invalid", Redaction.scrub("value 'sk_live_0123456789ab\u2026' is invalid", List.of(secret)));
      assertEquals("ends in \u2026****", Redaction.scrub("ends in \u20263456789abcdefXYZ", List.of(secret)));
      assertEquals("preview sk_l\u2022\u2022\u2022\u2022fXYZ", Redaction.scrub("preview sk_l\u2022\u2022\u2022\u2022fXYZ", List.of(secret)));
      assertEquals("sk_live_012 is a short prefix", Redaction.scrub("sk_live_012 is a short prefix", List.of(secret)));
    }

    @Test
    void encodedFormsOfALongSecretAreMasked() {
      String secret = "s3cr\u00e4t/ke y+1";
      String value = secret;
      for (String form :
          List.of(value, "s3cr%C3%A4t%2Fke%20y%2B1", "s3cr%c3%a4t%2fke+y%2B1".replace("+", "%20"), "s3cr\\u00e4t\\/ke y+1",
              "s3cr\\u00E4t/ke y+1", "s3cr&#xe4;t&#x2F;ke y&#43;1")) {
        assertEquals("<****>", Redaction.scrub("<" + form + ">", List.of(value)), form);
      }
      assertEquals("<s3cr>", Redaction.scrub("<s3cr>", List.of(secret)));
    }

    @Test
    void jsonEscapedFormsOfASecret() {
      String secret = "pa\"ss\\wo/rd";
      assertEquals("{\"x\":\"****\",\"y\":\"****\"}", Redaction.scrub("{\"x\":\"pa\\\"ss\\\\wo/rd\",\"y\":\"pa\\\"ss\\\\wo\\/rd\"}", List.of(secret)));
    }

    @Test
    void nullInputs() {
      assertNull(Redaction.scrub(null, List.of("abcd")));
      assertEquals("text", Redaction.scrub("text", null));
      assertEquals("text", Redaction.scrub("text", List.of()));
    }

    @Test
    void unchangedTextIsReturnedAsIs() {
      String text = "nothing to hide";
      assertSame(text, Redaction.scrub(text, List.of("absent-secret")));
    }
  }

  @Nested
  class ScrubPatterns {
    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "Authorization: Bearer abc.DEF_123-xyz~+/= | Authorization: Bearer ****",
          "authorization: bearer eyJhbGciOi.eyJzdWIi.sig | authorization: bearer ****",
          "key oc_abcdefgh12345678 bad | key oc_**** bad",
          "key oc_org_abcdefgh12345678 bad | key oc_**** bad",
          "token aoc_1234567890abcdef | token aoc_****",
          "openai sk-abcdefgh | openai sk-****",
          "openai sk-proj-abcdefgh123 | openai sk-****",
          "anthropic sk-ant-api03-abcdefgh | anthropic sk-ant-****",
          "github ghp_ABCDEFGHijklmnop1234 | github ghp_****",
          "github github_pat_11ABCDEFG_abcdef | github github_pat_****",
          "\"oc_live_canary123456\" | \"oc_****\"",
          "(sk-abcdefgh12) | (sk-****)",
        })
    void masks(String input, String expected) {
      assertEquals(expected, Redaction.scrubPatterns(input));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "sk-short",
          "task-abcdefghij",
          "risk-assessment-document",
          "doc_1234567890",
          "proc_abcdefghijk",
          "oc_short",
          "ghp_1234567",
          "Bearer",
          "no secrets here",
        })
    void leavesOrdinaryText(String input) {
      assertEquals(input, Redaction.scrubPatterns(input));
    }

    @Test
    void idempotent() {
      String once = Redaction.scrubPatterns("Bearer abcdefgh oc_abcdefghijk sk-ant-abcdefghij ghp_abcdefghij");
      assertEquals("Bearer **** oc_**** sk-ant-**** ghp_****", once);
      assertEquals(once, Redaction.scrubPatterns(once));
    }

    @Test
    void nullAndEmpty() {
      assertNull(Redaction.scrubPatterns(null));
      assertEquals("", Redaction.scrubPatterns(""));
    }
  }
}
