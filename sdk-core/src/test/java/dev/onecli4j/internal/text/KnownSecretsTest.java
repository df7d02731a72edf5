package dev.onecli4j.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The masking rule of {@link KnownSecrets}: what counts as a secret inside text, whole values, cut echoes. */
class KnownSecretsTest {
  private static final String SECRET = "p\u00e4ss/w0rd-1234";
  private static final KnownSecrets SECRETS = KnownSecrets.of(List.of(SECRET, "value", "op://", "t-1"));

  @ParameterizedTest
  @ValueSource(strings = {"abcd1234", "sk_live_x", "0123456789", "correcthorsebatterystaple", "a b c d e"})
  void longValuesThatAreNotPlainWordsAreMaskedInsideText(String value) {
    assertTrue(KnownSecrets.isProseSecret(value), value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"value", "op://", "t-1", "password", "changeme", "Passwort", "abc123"})
  void shortValuesAndPlainWordsAreNot(String value) {
    assertFalse(KnownSecrets.isProseSecret(value), value);
  }

  @Test
  void shortValuesAreMaskedOnlyAsWholeValues() {
    assertEquals("****", SECRETS.scrub("value"));
    assertEquals("****", SECRETS.scrub(" t-1 "));
    assertEquals("must contain {value} once (op://vault/item/field), t-1", SECRETS.scrub("must contain {value} once (op://vault/item/field), t-1"));
    assertEquals("{\"v\":\"REDACTED\",\"w\":\"values\"}", Redaction.redactJson("{\"v\":\"t-1\",\"w\":\"values\"}", SECRETS));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "p\u00e4ss/w", "p\u00e4ss\\/w", "p\u00e4ss\\", "p\\u00e4ss\\/w0", "p%C3%A4ss%2Fw0r", "p%C3%A4ss%2",
        "p&#xe4;ss&#x2F;w0", "p&#xe4;ss&#x2", "p\u00e4ss\uFFFD", "p\u00e4ss/w0rd-123"
      })
  void aCutEchoLeavesNoStartOfTheSecretBehind(String cutEcho) {
    assertEquals("{\"error\":\"bad ****", SECRETS.scrubTruncated("{\"error\":\"bad " + cutEcho), cutEcho);
  }

  @ParameterizedTest
  @ValueSource(strings = {"p\\u00", "p%C3", "p\uFFFD", "p\u00e4s"})
  void aCutEchoOfFewerThanFourCharactersIsLeft(String cutEcho) {
    assertEquals("bad " + cutEcho, SECRETS.scrubTruncated("bad " + cutEcho), cutEcho);
  }
}
