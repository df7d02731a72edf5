package dev.onecli4j.buildtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The jars of every published module as a user gets them: an Automatic-Module-Name in the
 * manifest, packages that no other onecli4j jar has (the module path refuses split packages),
 * one fixed timestamp on every entry (reproducible builds), and the BOM listing each of them.
 * {@link ReleaseJarsIT} checks the sources and javadoc jars of the release profile.
 */
class PublishedJarsIT {
  @Test
  void everyJarNamesItsModule() throws IOException {
    for (PublishedModule module : PublishedModule.values()) {
      try (JarFile jar = new JarFile(module.jar(null).toFile())) {
        String name = jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name");
        assertEquals(module.moduleName, name, module.artifactId);
        assertEquals(module.moduleName, ModuleDescriptor.newAutomaticModule(name).build().name());
      }
    }
  }

  @Test
  void noPackageIsInTwoJars() throws IOException {
    Map<String, PublishedModule> owner = new HashMap<>();
    Map<PublishedModule, Set<String>> packages = new EnumMap<>(PublishedModule.class);
    for (PublishedModule module : PublishedModule.values()) {
      packages.put(module, packages(module.jar(null)));
      for (String p : packages.get(module)) {
        PublishedModule other = owner.putIfAbsent(p, module);
        assertEquals(null, other, "package " + p + " is in " + module.artifactId + " and " + (other == null ? "" : other.artifactId));
      }
    }
    assertTrue(packages.get(PublishedModule.CORE).contains("dev.onecli4j"), packages.toString());
    packages.get(PublishedModule.GENERATED).forEach(p -> assertTrue(p.startsWith("dev.onecli4j.generated."), p));
    packages.get(PublishedModule.SPRING_BOOT_STARTER).forEach(p -> assertTrue(p.startsWith("dev.onecli4j.spring.boot"), p));
    assertEquals(Set.of("dev.onecli4j.testing"), packages.get(PublishedModule.TESTING));
  }

  @Test
  void everyEntryHasTheSameFixedTime() throws IOException {
    for (PublishedModule module : PublishedModule.values()) {
      try (JarFile jar = new JarFile(module.jar(null).toFile())) {
        Set<FileTime> times = Collections.list(jar.entries()).stream().map(JarEntry::getLastModifiedTime).collect(Collectors.toSet());
        assertEquals(1, times.size(), module.artifactId + " has entries with different times: " + times);
        Instant configured = Instant.parse(System.getProperty("onecli4j.outputTimestamp"));
        Duration off = Duration.between(configured, times.iterator().next().toInstant()).abs();
        // Zip entries keep local time; the zone of the build may shift it by up to a day.
        assertTrue(off.compareTo(Duration.ofDays(1)) <= 0, module.artifactId + ": " + times + " is not " + configured);
      }
    }
  }

  @Test
  void theBomPinsEveryPublishedArtifact() throws IOException {
    String bom = Files.readString(Path.of(System.getProperty("onecli4j.root"), "bom", "pom.xml"));
    Set<String> pinned = new TreeSet<>();
    Matcher m = Pattern.compile("<artifactId>(onecli4j-[a-z-]+)</artifactId>").matcher(bom);
    while (m.find()) {
      pinned.add(m.group(1));
    }
    pinned.remove("onecli4j-bom");
    Set<String> published = new TreeSet<>();
    for (PublishedModule module : PublishedModule.values()) {
      published.add(module.artifactId);
    }
    assertEquals(published, pinned);
  }

  static Set<String> entries(Path jar) throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      return Collections.list(file.entries()).stream().map(JarEntry::getName).collect(Collectors.toCollection(TreeSet::new));
    }
  }

  static Set<String> packages(Path jar) throws IOException {
    Set<String> packages = new TreeSet<>();
    for (String e : entries(jar)) {
      if (e.endsWith(".class") && !e.startsWith("META-INF/") && e.contains("/")) {
        packages.add(e.substring(0, e.lastIndexOf('/')).replace('/', '.'));
      }
    }
    return packages;
  }
}
