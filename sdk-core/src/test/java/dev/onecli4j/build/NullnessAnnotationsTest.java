package dev.onecli4j.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onecli4j.OneCli;
import dev.onecli4j.RawResponse;
import dev.onecli4j.core.ClientOptions;
import dev.onecli4j.generated.onecli.model.AgentCreateRequest;
import dev.onecli4j.generated.onecli.model.Secret;
import dev.onecli4j.param.MigrationExportParams;
import java.io.IOException;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Kotlin and null checkers read the JSpecify annotations: every public package of sdk-core and the
 * model packages of sdk-generated are {@code @NullMarked}, and values that may be null say
 * {@code @Nullable} (optional model fields, unset options, an empty answer's body).
 */
class NullnessAnnotationsTest {

  @Test
  void everyPublicPackageOfCoreIsNullMarked() throws Exception {
    Set<String> packages = publicPackages(OneCli.class);
    assertTrue(packages.containsAll(List.of("dev.onecli4j", "dev.onecli4j.service", "dev.onecli4j.param")),
        "the scan found " + packages);
    Set<String> unmarked = new TreeSet<>();
    for (String p : packages) {
      if (!p.startsWith("dev.onecli4j.internal") && !nullMarked(p)) {
        unmarked.add(p);
      }
    }
    assertEquals(Set.of(), unmarked, "public packages without @NullMarked in their package-info");
  }

  @Test
  void generatedModelPackagesAreNullMarked() throws Exception {
    assertTrue(nullMarked("dev.onecli4j.generated.onecli.model"));
    assertTrue(nullMarked("dev.onecli4j.generated.usersecrets.model"));
  }

  @Test
  void optionalValuesAreNullableAndRequiredOnesAreNot() throws Exception {
    // A response model's optional field, and its builder's setter.
    assertTrue(nullableReturn(Secret.class, "name"));
    assertTrue(nullableParam(Secret.Builder.class, "name", String.class));
    // A request model's required field.
    assertFalse(nullableReturn(AgentCreateRequest.class, "name"));
    assertFalse(nullableParam(AgentCreateRequest.Builder.class, "name", String.class));
    // Generated params: optional versus required.
    assertTrue(nullableReturn(MigrationExportParams.class, "cloudUrl"));
    assertFalse(nullableReturn(MigrationExportParams.class, "cloudApiKey"));
    // Hand-written: an unset option, an always-set one, the body of an empty answer.
    assertTrue(nullableReturn(ClientOptions.class, "apiKey"));
    assertFalse(nullableReturn(ClientOptions.class, "timeout"));
    assertTrue(nullableReturn(RawResponse.class, "body"));
  }

  private static boolean nullMarked(String pkg) throws ClassNotFoundException {
    return Class.forName(pkg + ".package-info").isAnnotationPresent(NullMarked.class);
  }

  private static boolean nullableReturn(Class<?> type, String method) throws NoSuchMethodException {
    return nullable(type.getMethod(method).getAnnotatedReturnType());
  }

  private static boolean nullableParam(Class<?> type, String method, Class<?> param) throws NoSuchMethodException {
    return nullable(type.getMethod(method, param).getAnnotatedParameterTypes()[0]);
  }

  private static boolean nullable(AnnotatedType type) {
    return type.isAnnotationPresent(Nullable.class);
  }

  /** The packages of the public classes in the class directory or jar that {@code anchor} came from. */
  private static Set<String> publicPackages(Class<?> anchor) throws IOException, URISyntaxException {
    Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertTrue(Files.isDirectory(root), "expected the module's class directory, was " + root);
    Set<String> packages = new TreeSet<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
        if (!name.endsWith(".class") || name.contains("$") || name.endsWith("package-info.class")) {
          continue;
        }
        String className = name.substring(0, name.length() - ".class".length());
        if (isPublic(className)) {
          packages.add(className.substring(0, className.lastIndexOf('.')));
        }
      }
    }
    return packages;
  }

  private static boolean isPublic(String className) {
    try {
      return Modifier.isPublic(Class.forName(className, false, NullnessAnnotationsTest.class.getClassLoader()).getModifiers());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }
}
