package dev.onecli4j.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The allocation-free paths of {@link KnownSecrets} give what the code before them gave: the end
 * of a cut text found by character tests where regular expressions matched copies of its tail,
 * and texts too short to be a value never cut out to be compared.
 */
class KnownSecretsFastPathTest {
  private static final String[] PIECES = {
    "\\", "u", "U", "0", "7", "a", "F", "g", "z", "x", "X", "%", "&", "#", ";", "\uFFFD", "\uD83D", "é", " ", "\"",
    "amp", "%C3", "\\u00", "&#x2", "&#", "q", "-"
  };

  @Test
  void theEndOfACutTextIsFoundAsTheRegularExpressionsFoundIt() {
    Random random = new Random(17);
    int cut = 0;
    for (int i = 0; i < 50_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int n = random.nextInt(8); n > 0; n--) {
        sb.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String text = sb.toString();
      int expected = regexTrailingJunkStart(text);
      assertEquals(expected, KnownSecrets.trailingJunkStart(text), text);
      if (expected < text.length()) {
        cut++;
      }
    }
    // The control: the random texts end in a cut escape often enough for the comparison to mean something.
    assertTrue(cut > 10_000, "only " + cut + " texts ended in a cut escape");
  }

  @Test
  void aTextShorterThanEveryValueIsNeverOne() {
    KnownSecrets secrets = KnownSecrets.of(List.of("abc/def1", "t-1x"));
    assertFalse(secrets.mayBeWholeValue(3));
    assertTrue(secrets.mayBeWholeValue(4));
    assertTrue(secrets.isWholeValue("t-1x"));
    // Escapes and spaces only lengthen a text: any text that is a value is at least that long.
    for (String text : new String[] {"abc\\/def1", "abc%2Fdef1", "abc\\u002fdef1", " t-1x ", "t&#45;1x", "abc/def1"}) {
      assertTrue(secrets.isWholeValue(text), text);
      assertTrue(secrets.mayBeWholeValue(text.length()), text);
    }
    assertFalse(KnownSecrets.none().mayBeWholeValue(1000));
  }

  /** The code before: a regular expression on a copy of each tail. */
  private static int regexTrailingJunkStart(String text) {
    int end = text.length();
    while (end > 0 && (text.charAt(end - 1) == '\uFFFD' || Character.isHighSurrogate(text.charAt(end - 1)))) {
      end--;
    }
    for (int back = 1; back <= Math.min(10, end); back++) {
      char c = text.charAt(end - back);
      String tail = text.substring(end - back, end);
      if (c == '\\' && (back == 1 || tail.matches("\\\\u[0-9a-fA-F]{0,3}"))) {
        return end - back;
      }
      if (c == '%' && back <= 2 && tail.matches("%[0-9a-fA-F]?")) {
        return end - back;
      }
      if (c == '&' && tail.matches("&#?[xX]?[0-9a-zA-Z]*")) {
        return end - back;
      }
    }
    return end;
  }
}
