package dev.onecli4j.buildtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Java 11 promise, checked on the published jars without a Java 11 runtime (none can be had
 * on the build machines): every class is Java 11 bytecode, and every class, field and method of
 * the JDK that it uses exists in Java 11's API. javac's {@code --release 11} already refuses newer
 * API at compile time; this holds the jars to it whatever compiled them. The negative controls
 * compile probes that use Java 16 and 17 API and show both checks fail on them.
 */
class Java11ApiIT {
  private static Jdk11Api api;

  @BeforeAll
  static void loadTheJava11Api() {
    api = new Jdk11Api();
  }

  @Test
  void publishedJava11JarsUseOnlyJava11BytecodeAndApi() throws IOException {
    int classes = 0;
    for (PublishedModule module : PublishedModule.java11()) {
      List<String> problems = new ArrayList<>();
      try (JarFile jar = new JarFile(module.jar(null).toFile())) {
        for (JarEntry entry : java.util.Collections.list(jar.entries())) {
          if (!entry.getName().endsWith(".class") || entry.getName().startsWith("META-INF/")) {
            continue;
          }
          classes++;
          problems.addAll(problems(entry.getName(), ClassFileRefs.read(jar.getInputStream(entry).readAllBytes())));
        }
      }
      assertEquals(List.of(), problems, module.artifactId + " uses more than Java 11");
    }
    assertTrue(classes > 500, "scanned only " + classes + " classes");
  }

  @Test
  void negativeControlJava17ProbeFailsBothChecks() throws IOException {
    ClassFileRefs probe =
        compile(
            "17",
            "import java.util.List;\n"
                + "class Probe {\n"
                + "  Object use() {\n"
                + "    return \"%s\".formatted(1) + List.of(1).stream().toList() + java.util.HexFormat.of();\n"
                + "  }\n"
                + "}\n");
    List<String> problems = problems("Probe.class", probe);
    assertTrue(problems.contains("Probe.class: class-file version 61 is newer than Java 11 (55)"), problems.toString());
    assertTrue(problems.contains("Probe.class: java.lang.String.formatted([Ljava/lang/Object;)Ljava/lang/String; is not in Java 11"), problems.toString());
    assertTrue(problems.contains("Probe.class: java.util.stream.Stream.toList()Ljava/util/List; is not in Java 11"), problems.toString());
    assertTrue(problems.contains("Probe.class: class java.util.HexFormat is not in Java 11"), problems.toString());
  }

  @Test
  void controlJava11ProbePassesBothChecks() throws IOException {
    ClassFileRefs probe =
        compile(
            "11",
            "class Probe {\n"
                + "  boolean use(String s) {\n"
                + "    return s.isBlank() || java.util.List.of(s).stream().map(String::strip).count() > 1;\n"
                + "  }\n"
                + "}\n");
    assertEquals(List.of(), problems("Probe.class", probe));
  }

  private static List<String> problems(String name, ClassFileRefs refs) {
    List<String> problems = new ArrayList<>();
    if (refs.major > 55) {
      problems.add(name + ": class-file version " + refs.major + " is newer than Java 11 (55)");
    }
    Set<String> missing = new TreeSet<>();
    refs.classes.stream().filter(Jdk11Api::isJdk).filter(c -> !api.hasClass(c)).forEach(c -> missing.add("class " + c.replace('/', '.')));
    refs.members.stream()
        .filter(m -> Jdk11Api.isJdk(m.owner()) && api.hasClass(m.owner()) && !api.hasMember(m))
        .forEach(m -> missing.add(m.owner().replace('/', '.') + "." + m.name() + m.descriptor()));
    missing.forEach(m -> problems.add(name + ": " + m + " is not in Java 11"));
    return problems;
  }

  private static ClassFileRefs compile(String release, String source) throws IOException {
    Path dir = Files.createDirectories(Path.of(System.getProperty("onecli4j.probeDir"), "release-" + release));
    Path file = dir.resolve("Probe.java");
    Files.writeString(file, source, StandardCharsets.UTF_8);
    int exit = ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", release, "-d", dir.toString(), file.toString());
    assertEquals(0, exit, "the probe did not compile");
    return ClassFileRefs.read(Files.readAllBytes(dir.resolve("Probe.class")));
  }
}
