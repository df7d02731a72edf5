package dev.onecli4j.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** JavaScript's trim: the ECMAScript white space and line terminators, nothing else. */
class JsTextTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "\t", "\n", "\u000B", "\f", "\r", " ", "\u00A0", "\u1680", "\u2000", "\u2001", "\u2002", "\u2003", "\u2004",
        "\u2005", "\u2006", "\u2007", "\u2008", "\u2009", "\u200A", "\u2028", "\u2029", "\u202F", "\u205F", "\u3000", "\uFEFF"
      })
  void trimsEveryJavaScriptSpace(String space) {
    assertEquals("a b", JsText.trim(space + "a b" + space));
    assertTrue(JsText.isBlank(space + space));
    assertTrue(JsText.isWhitespace(space.charAt(0)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u0000", "\u0001", "\u001F", "\u007F", "\u0085", "\u180E", "\u200B", "\u200C", "\u2060"})
  void keepsWhatJavaScriptKeeps(String c) {
    assertEquals(c + "a" + c, JsText.trim(c + "a" + c));
    assertFalse(JsText.isBlank(c));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u0001", "\u001F", "\u0000"})
  void differsFromJavaTrimOnControlCharacters(String c) {
    assertEquals("", (c + c).trim(), "Java's trim removes control characters");
    assertEquals(c + c, JsText.trim(c + c), "JavaScript's keeps them");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u00A0", "\u2003", "\u3000", "\u2028", "\uFEFF"})
  void differsFromJavaTrimOnUnicodeSpaces(String c) {
    assertEquals(c, c.trim(), "Java's trim keeps Unicode spaces");
    assertEquals("", JsText.trim(c), "JavaScript's removes them");
  }

  @org.junit.jupiter.api.Test
  void returnsTheSameStringWhenNothingIsTrimmed() {
    String s = "unchanged";
    assertTrue(s == JsText.trim(s));
    assertEquals("", JsText.trim(""));
    assertTrue(JsText.isBlank(""));
  }
}
