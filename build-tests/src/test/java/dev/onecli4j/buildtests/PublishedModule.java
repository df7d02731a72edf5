package dev.onecli4j.buildtests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** One artifact the project publishes: where the build puts its jars and what its manifest names. */
enum PublishedModule {
  GENERATED("sdk-generated", "onecli4j-generated", "dev.onecli4j.generated", 55),
  CORE("sdk-core", "onecli4j-core", "dev.onecli4j.core", 55),
  TESTING("sdk-testing", "onecli4j-testing", "dev.onecli4j.testing", 55),
  SPRING_BOOT_STARTER("spring-boot-starter", "onecli4j-spring-boot-starter", "dev.onecli4j.spring.boot", 61);

  final String directory;
  final String artifactId;
  final String moduleName;
  /** The newest class-file major version allowed: 55 is Java 11, 61 is Java 17. */
  final int maxMajor;

  PublishedModule(String directory, String artifactId, String moduleName, int maxMajor) {
    this.directory = directory;
    this.artifactId = artifactId;
    this.moduleName = moduleName;
    this.maxMajor = maxMajor;
  }

  /** The modules that promise Java 11. */
  static List<PublishedModule> java11() {
    return List.of(GENERATED, CORE, TESTING);
  }

  /**
   * A jar the build wrote for this module.
   *
   * @param classifier null for the main jar, or {@code sources}, {@code javadoc}
   */
  Path jar(String classifier) {
    String root = System.getProperty("onecli4j.root");
    String version = System.getProperty("onecli4j.version");
    if (root == null || version == null) {
      throw new IllegalStateException("run through Maven (mvn verify): onecli4j.root and onecli4j.version are not set");
    }
    String name = artifactId + "-" + version + (classifier == null ? "" : "-" + classifier) + ".jar";
    Path jar = Path.of(root, directory, "target", name);
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: build the published modules first (mvn verify from the root)");
    }
    return jar;
  }
}
