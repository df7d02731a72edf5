package dev.onecli4j.error;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The index-based scan picks the charset that the split-based parsing picked before it. */
class ErrorBodyCharsetTest {
  private static final byte[] BODY = {'{', '"', (byte) 0xE9, (byte) 0xC3, (byte) 0xA9, '"', '}'};

  @ParameterizedTest
  @ValueSource(
      strings = {
        "application/json; charset=utf-8",
        "application/json;charset=UTF-8",
        "application/json ;  charset=Utf-8  ",
        "application/json; charset=utf-8; foo=bar",
        "application/json; foo=bar; charset=utf-8",
        "application/json; charset=iso-8859-1",
        "application/json; charset=\"iso-8859-1\"",
        "application/json; charset = utf-8",
        "application/json; charset=utf8",
        "application/json; charset=bogus",
        "a=b; charset=utf-8",
        "charset=iso-8859-1; charset=utf-8",
        "application/json; x-charset=utf-8",
        "application/json; \u0001charset=utf-8",
        "application/json; \u2028charset=utf-8",
        "application/json; charſet=utf-8",
        "application/json; charset=utf-8\u0000",
        "application/json; charset=",
        "application/json;",
        "application/json",
        "text/plain; charset=windows-1252",
        "",
      })
  void sameCharsetAsTheGeneralParsing(String contentType) {
    Charset expected = legacyCharset(contentType);
    assertEquals(new String(BODY, expected), ErrorBodyParser.decode(contentType, BODY, BODY.length), contentType);
  }

  /** The parsing before the shortcut, as it was. */
  private static Charset legacyCharset(String contentType) {
    if (contentType == null) {
      return StandardCharsets.UTF_8;
    }
    for (String parameter : contentType.split(";")) {
      String[] pair = parameter.trim().split("=", 2);
      if (pair.length == 2 && pair[0].trim().equalsIgnoreCase("charset")) {
        try {
          return Charset.forName(pair[1].trim().replace("\"", ""));
        } catch (IllegalArgumentException e) {
          return StandardCharsets.UTF_8;
        }
      }
    }
    return StandardCharsets.UTF_8;
  }
}
