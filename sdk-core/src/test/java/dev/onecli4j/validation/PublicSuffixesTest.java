package dev.onecli4j.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onecli4j.internal.http.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The server's "wildcard over a public suffix" rule against what tldts (the server's library)
 * answered for 4,000 patterns, recorded in {@code wildcard-verdicts.jsonl}.
 */
class PublicSuffixesTest {
  static Map<String, Boolean> recorded() throws IOException {
    Map<String, Boolean> map = new LinkedHashMap<>();
    try (InputStream in = PublicSuffixesTest.class.getResourceAsStream("wildcard-verdicts.jsonl");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        JsonNode n = Json.mapper().readTree(line);
        map.put(n.get("pattern").textValue(), n.get("covers").booleanValue());
      }
    }
    return map;
  }

  @Test
  void agreesWithTldtsOnEveryRecordedPattern() throws IOException {
    Map<String, Boolean> all = recorded();
    assertEquals(4000, all.size());
    assertEquals(List.of(), disagreements(all, PublicSuffixes::wildcardCoversPublicSuffix));
    long covering = all.values().stream().filter(b -> b).count();
    assertTrue(covering > 1000 && covering < 3000, "both verdicts are well represented: " + covering);
  }

  @Test
  void okHttpsListWouldDisagree() throws IOException {
    // Negative control: the rule the SDK had (OkHttp's copy of the list, every unknown name a
    // suffix) fails on the recorded verdicts.
    List<String> wrong = disagreements(recorded(), PublicSuffixesTest::okHttpSaysPublicSuffix);
    assertTrue(wrong.size() > 50, "OkHttp's rule disagrees on " + wrong.size() + ": " + wrong);
  }

  @ParameterizedTest(name = "{0} covers a public suffix: {1}")
  @CsvSource({
    "*.com, true", "*.COM, true", "*.com., true", "*..com, true", "*.co.uk, true", "*.s3.amazonaws.com, true",
    "*.github.io, true", "*.home.arpa, true", "*.onion, true", "*.foo.ck, true", "*.www.ck, false",
    "*.example.com, false", "*.user.github.io, false", "*.localhost, false", "*.internal, false", "*.local, false",
    "*.test, false", "*.example, false", "*.invalid, false", "*.1.2.3.4, false", "*.-com, false", "example.com, false",
    "*.bücher.de, false"
  })
  void specialUseNamesAndAddresses(String pattern, boolean covers) {
    assertEquals(covers, PublicSuffixes.wildcardCoversPublicSuffix(pattern));
  }

  private static List<String> disagreements(Map<String, Boolean> all, Predicate<String> covers) {
    List<String> wrong = new ArrayList<>();
    all.forEach((pattern, expected) -> {
      if (covers.test(pattern) != expected) {
        wrong.add(pattern);
      }
    });
    return wrong;
  }

  private static boolean okHttpSaysPublicSuffix(String pattern) {
    HttpUrl url = HttpUrl.parse("https://" + pattern.substring(2) + "/");
    return url == null || url.topPrivateDomain() == null;
  }
}
