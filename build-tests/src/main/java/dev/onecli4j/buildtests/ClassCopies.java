package dev.onecli4j.buildtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Finds every copy of a class on a class path: a consumer project has one set of {@code okhttp3}
 * classes only if {@code okhttp3/OkHttpClient.class} resolves to exactly one location.
 */
public final class ClassCopies {
  private ClassCopies() {}

  /**
   * Where the class can be loaded from, one entry per copy: the jar file or class directory.
   *
   * @param loader the class loader to ask
   * @param className a binary class name, e.g. {@code okhttp3.OkHttpClient}
   * @return the locations, in class path order
   */
  public static List<String> of(ClassLoader loader, String className) {
    String resource = className.replace('.', '/') + ".class";
    List<String> found = new ArrayList<>();
    try {
      for (URL url : Collections.list(loader.getResources(resource))) {
        found.add(location(url.toString(), resource));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }

  static String location(String url, String resource) {
    String s = url.startsWith("jar:") ? url.substring(4, url.indexOf("!/")) : url.substring(0, url.length() - resource.length());
    int slash = s.lastIndexOf('/', s.length() - 2);
    return s.substring(slash + 1);
  }

  /**
   * The entries of {@code java.class.path} whose file names contain one of the words, for a
   * report of what the class path holds.
   *
   * @param words parts of file names, e.g. {@code okhttp}
   * @return the matching file names, in class path order
   */
  public static List<String> classPathEntries(String... words) {
    List<String> found = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      String name = entry.substring(entry.lastIndexOf(java.io.File.separatorChar) + 1);
      for (String word : words) {
        if (name.contains(word)) {
          found.add(name);
          break;
        }
      }
    }
    return found;
  }

  /**
   * Checks that {@code okhttp3} classes come from exactly the jars that the system property
   * {@code expected.okhttp.jars} lists (comma-separated, in class path order), after writing
   * {@link #writeReport the report}.
   *
   * @param loader the class loader of the test
   * @throws AssertionError if another jar, or none, holds them
   */
  public static void assertOkHttpFromExpectedJars(ClassLoader loader) {
    String report = writeReport(loader);
    System.out.print(report);
    List<String> expected = List.of(System.getProperty("expected.okhttp.jars").split(","));
    for (String className : new String[] {"okhttp3.OkHttpClient", "okhttp3.internal.connection.RealCall"}) {
      List<String> found = of(loader, className);
      if (!found.equals(expected)) {
        throw new AssertionError(className + " comes from " + found + ", expected " + expected + "\n" + report);
      }
    }
  }

  /**
   * The jars of one artifact on {@code java.class.path}, e.g. {@code okhttp} finds
   * {@code okhttp-4.12.0.jar} but not {@code okhttp-jvm-5.5.1.jar}.
   *
   * @param artifactId the artifact's name
   * @return the matching file names
   */
  public static List<String> jarsOf(String artifactId) {
    List<String> found = new ArrayList<>();
    for (String name : classPathEntries(artifactId + "-")) {
      if (name.matches(java.util.regex.Pattern.quote(artifactId) + "-[0-9][^/]*\\.jar")) {
        found.add(name);
      }
    }
    return found;
  }

  /**
   * Writes what a consumer project's test class path holds of OkHttp, Okio, Kotlin and Jackson,
   * and where {@code okhttp3.OkHttpClient} comes from, to {@code target/classpath-report.txt}
   * (the invoker's verify script prints it into the build log).
   *
   * @param loader the class loader of the test
   * @return the report
   */
  public static String writeReport(ClassLoader loader) {
    String report =
        "okhttp3.OkHttpClient from " + of(loader, "okhttp3.OkHttpClient") + "\n"
            + "class path: " + classPathEntries("okhttp", "okio", "kotlin-stdlib", "jackson-databind") + "\n";
    try {
      java.nio.file.Files.writeString(java.nio.file.Path.of("target", "classpath-report.txt"), report);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return report;
  }
}
