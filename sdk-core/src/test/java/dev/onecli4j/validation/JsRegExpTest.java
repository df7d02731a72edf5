package dev.onecli4j.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onecli4j.internal.http.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link JsRegExp} against what V8 (Node 22, the server's) answered for 4,000 generated patterns,
 * recorded by {@code tools/validation/dialect-verdicts.mjs} in {@code regexp-verdicts.jsonl}.
 */
class JsRegExpTest {
  /** A recorded pattern and whether {@code new RegExp(pattern)} accepted it. */
  private record Recorded(String pattern, boolean accepts) {}

  static List<Recorded> recorded() throws IOException {
    List<Recorded> list = new ArrayList<>();
    try (InputStream in = JsRegExpTest.class.getResourceAsStream("regexp-verdicts.jsonl");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        JsonNode n = Json.mapper().readTree(line);
        list.add(new Recorded(n.get("pattern").textValue(), n.get("accepts").booleanValue()));
      }
    }
    return list;
  }

  @Test
  void agreesWithV8OnEveryRecordedPattern() throws IOException {
    List<Recorded> all = recorded();
    List<String> wrong = disagreements(all, p -> JsRegExp.check(p) != JsRegExp.Verdict.REJECTS);
    long unsure = all.stream().filter(r -> JsRegExp.check(r.pattern()) == JsRegExp.Verdict.UNSURE).count();
    assertEquals(4000, all.size());
    assertEquals(List.of(), wrong);
    assertEquals(0, unsure, "every recorded pattern is decided");
    assertEquals(List.of(), disagreements(all, JsRegExp::probablyAccepts));
    assertTrue(all.stream().filter(Recorded::accepts).count() >= 1500, "both verdicts are well represented");
  }

  @Test
  void javaRegexWouldDisagreeOnHundredsOfThem() throws IOException {
    // Negative control: the recorded verdicts tell the dialects apart, so a wrong checker fails.
    List<String> wrong = disagreements(recorded(), JsRegExpTest::javaCompiles);
    assertTrue(wrong.size() > 300, "java.util.regex disagrees on " + wrong.size());
  }

  @ParameterizedTest(name = "{0}: JavaScript {1}, Java {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "(?i)abc | false | true",
        "(?i:abc) | false | true",
        "a++ | false | true",
        "(?>a) | false | true",
        "a{,3} | true | false",
        "{ | true | false",
        "a{1 | true | false",
        "[\\d-z] | true | true",
        "\\u{41} | true | false",
        "\\k<x> | true | false",
        "(?<n>a)\\k<m> | false | false",
        "(?<a>x)[\\k] | false | false",
        "(?<a>x)(?<a>y) | false | false",
        "(?<=a)* | false | true",
        "(?=a)* | true | true",
        "a{2,1} | false | false",
        "[z-a] | false | false",
        "\\ | false | false",
        "] | true | true",
        "\\Qa\\E | true | true",
        "\\p{L} | true | true",
        "(?<é>x) | true | false",
      })
  void readsTheFeaturesThatDiffer(String pattern, boolean javascript, boolean java) {
    assertEquals(javascript, JsRegExp.check(pattern) == JsRegExp.Verdict.ACCEPTS, "JavaScript");
    assertEquals(java, javaCompiles(pattern), "java.util.regex, for contrast");
  }

  @Test
  void leavesWhatItCannotDecideToTheServer() {
    String deep = "(".repeat(JsRegExp.MAX_DEPTH + 1) + "a" + ")".repeat(JsRegExp.MAX_DEPTH + 1);
    assertEquals(JsRegExp.Verdict.UNSURE, JsRegExp.check(deep));
    assertTrue(JsRegExp.probablyAccepts(deep));
    assertEquals(JsRegExp.Verdict.UNSURE, JsRegExp.check("(?<a€>x)"), "not an identifier for this JDK");
    assertFalse(JsRegExp.probablyAccepts("(?<a€>x)"));
    assertEquals(JsRegExp.Verdict.ACCEPTS, JsRegExp.check("(?<\uD835\uDC9C>x)"), "an identifier in every Unicode version");
  }

  private static List<String> disagreements(List<Recorded> all, Predicate<String> accepts) {
    List<String> wrong = new ArrayList<>();
    for (Recorded r : all) {
      if (accepts.test(r.pattern()) != r.accepts()) {
        wrong.add(r.pattern() + " (JavaScript " + (r.accepts() ? "accepts" : "refuses") + ")");
      }
    }
    return wrong;
  }

  private static boolean javaCompiles(String pattern) {
    try {
      Pattern.compile(pattern);
      return true;
    } catch (PatternSyntaxException e) {
      return false;
    }
  }
}
