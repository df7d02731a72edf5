package dev.onecli4j.buildtests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Run by the release profile only ({@code mvn -B -Prelease verify -Dgpg.skip}): every published
 * module has a sources jar with the sources of each of its packages and a javadoc jar.
 */
class ReleaseJarsIT {
  @Test
  void everyPublishedModuleHasSourcesAndJavadoc() throws IOException {
    for (PublishedModule module : PublishedModule.values()) {
      Set<String> sources = PublishedJarsIT.entries(module.jar("sources"));
      for (String p : PublishedJarsIT.packages(module.jar(null))) {
        String dir = p.replace('.', '/') + "/";
        assertTrue(sources.stream().anyMatch(e -> e.startsWith(dir) && e.endsWith(".java")), module.artifactId + " sources lack " + p);
      }
      Set<String> javadoc = PublishedJarsIT.entries(module.jar("javadoc"));
      assertTrue(javadoc.contains("index.html"), module.artifactId + " javadoc has no index.html");
    }
  }
}
