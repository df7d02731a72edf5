package dev.onecli4j.generated.onecli.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** An open enum read from the parser's characters is what {@code of(String)} gives for the same text. */
class OpenEnumTextTest {
  @Test
  void knownValuesAreTheConstantsAndOthersAreKept() {
    for (String text : new String[] {"anthropic", "openai", "generic", "gen", "generics", "GENERIC", "", "générique"}) {
      char[] buffer = ("[\"" + text + "\"]").toCharArray();
      SecretType fromChars = SecretType.of(buffer, 2, text.length());
      SecretType fromString = SecretType.of(text);
      assertEquals(fromString, fromChars, text);
      assertEquals(fromString.isKnown(), fromChars.isKnown(), text);
      assertEquals(text, fromChars.value());
      if (fromString.isKnown()) {
        assertSame(fromString, fromChars, text);
      } else {
        assertNotSame(fromString, fromChars, text);
      }
    }
    assertSame(SecretType.GENERIC, SecretType.of("xgenericx".toCharArray(), 1, 7));
    assertFalse(SecretType.of("xgenericx".toCharArray(), 1, 6).isKnown());
  }

  @Test
  void innerEnumsReadTheSameWay() {
    CredentialStub.AuthModeEnum known = CredentialStub.AuthModeEnum.values().get(0);
    char[] text = known.value().toCharArray();
    assertSame(known, CredentialStub.AuthModeEnum.of(text, 0, text.length));
    assertFalse(CredentialStub.AuthModeEnum.of("zz".toCharArray(), 0, 2).isKnown());
  }
}
