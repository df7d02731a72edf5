package dev.onecli4j.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The fast check for {@code application/json} agrees with what parsing the media type says. */
class PlainJsonContentTypeTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      value = {
        "application/json|true",
        "application/json; charset=utf-8|true",
        "Application/JSON;charset=UTF-8|true",
        "application/jsonx|false",
        "application/json-patch+json|false",
        "application/problem+json|false",
        "text/json|false",
        "text/html|false",
        "application/js|false",
        "''|false",
        "NULL|false",
      })
  void recognizesOnlyApplicationJson(String header, boolean expected) {
    assertEquals(expected, CallState.isPlainJson(header));
  }
}
