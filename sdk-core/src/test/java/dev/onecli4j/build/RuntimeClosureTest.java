package dev.onecli4j.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * sdk-core's runtime closure is exactly OkHttp (with Okio and Kotlin's stdlib), Jackson
 * (databind, core, annotations, jsr310), slf4j-api and the generated layer. The build writes
 * the resolved runtime dependencies to a file before the tests run.
 */
class RuntimeClosureTest {
  static final Set<String> ALLOWED =
      Set.of(
          "com.squareup.okhttp3:okhttp-jvm",
          "com.squareup.okio:okio-jvm",
          "org.jetbrains.kotlin:kotlin-stdlib",
          "com.fasterxml.jackson.core:jackson-databind",
          "com.fasterxml.jackson.core:jackson-core",
          "com.fasterxml.jackson.core:jackson-annotations",
          "com.fasterxml.jackson.datatype:jackson-datatype-jsr310",
          "org.slf4j:slf4j-api",
          "dev.onecli4j:onecli4j-generated");
  private static final Pattern ARTIFACT = Pattern.compile("^\\s+([\\w.\\-]+):([\\w.\\-]+):jar:[^:]+:(compile|runtime)\\b.*");

  @Test
  void runtimeClosureIsExactlyTheAllowedList() throws Exception {
    Path listing = Path.of(System.getProperty("onecli4j.runtimeClosure", "target/runtime-closure.txt"));
    assertTrue(Files.exists(listing), "the build did not write " + listing);
    assertEquals(new TreeSet<>(ALLOWED), artifacts(Files.readAllLines(listing)));
  }

  @Test
  void theCheckNoticesAnExtraArtifact() {
    Set<String> found =
        artifacts(
            List.of(
                "The following files have been resolved:",
                "   com.google.code.gson:gson:jar:2.11.0:compile -- module com.google.gson",
                "   org.slf4j:slf4j-api:jar:2.0.17:compile -- module org.slf4j",
                "   org.junit.jupiter:junit-jupiter:jar:6.1.3:test"));
    assertEquals(Set.of("com.google.code.gson:gson", "org.slf4j:slf4j-api"), found);
    assertTrue(!ALLOWED.containsAll(found));
  }

  static Set<String> artifacts(List<String> lines) {
    return lines.stream()
        .map(ARTIFACT::matcher)
        .filter(Matcher::matches)
        .map(m -> m.group(1) + ":" + m.group(2))
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
