package dev.onecli4j.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The preview matches the server's: first 4, 8 bullets, last 4; short values all bullets. */
class MaskingTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "sk-ant-api03-abcdefgh1234 | sk-a••••••••1234",
        "123456789 | 1234••••••••6789",
        "12345678 | ••••••••",
        "abc | •••",
        "'  sk-proj-abcdef-9876  ' | sk-p••••••••9876",
      })
  void rendersLikeTheServer(String value, String preview) {
    assertEquals(preview, Masking.preview(value));
  }

  @Test
  void edgeCases() {
    assertEquals("", Masking.preview(""));
    assertEquals("", Masking.preview("   "));
    assertNull(Masking.preview(null));
  }
}
