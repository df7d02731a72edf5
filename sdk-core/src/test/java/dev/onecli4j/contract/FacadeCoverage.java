package dev.onecli4j.contract;

import dev.onecli4j.OneCli;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a facade contract test has to cover: the operation methods of every service reachable
 * from {@link OneCli} (found by reflection), and the operations of the OneCLI spec. Both lists
 * are computed, not written down, so a new service method or a new spec operation that no test
 * calls makes the coverage check fail.
 *
 * <p>Methods are identified as {@code ServiceClass.method}, e.g. {@code OrgRulesService.create};
 * overloads share one name.
 */
public final class FacadeCoverage {
  /** The package of the facade services. */
  public static final String SERVICE_PACKAGE = "dev.onecli4j.service";

  private static final Pattern OPERATION_ID = Pattern.compile("^\\s+operationId:\\s*['\"]?([A-Za-z0-9_]+)", Pattern.MULTILINE);

  private FacadeCoverage() {}

  /**
   * Every public non-static method of every {@code *Service} class in {@value #SERVICE_PACKAGE}
   * that {@link OneCli} reaches through its accessors (directly, or through the
   * {@code org()}/{@code partner()} containers), keyed by the accessor path (e.g.
   * {@code org().rules()}), as {@code ServiceClass.method} names. The asynchronous twins and the
   * user-secrets package are not part of it.
   */
  public static Map<String, SortedSet<String>> facadeMethods() {
    Map<String, SortedSet<String>> out = new LinkedHashMap<>();
    collect(OneCli.class, "", out);
    return out;
  }

  private static void collect(Class<?> owner, String prefix, Map<String, SortedSet<String>> out) {
    List<Method> accessors = new ArrayList<>();
    for (Method m : owner.getMethods()) {
      Class<?> type = m.getReturnType();
      if (m.getParameterCount() == 0
          && !Modifier.isStatic(m.getModifiers())
          && type.getPackage() != null
          && type.getPackage().getName().equals(SERVICE_PACKAGE)
          && !type.getSimpleName().endsWith("Async")) {
        accessors.add(m);
      }
    }
    accessors.sort((a, b) -> a.getName().compareTo(b.getName()));
    for (Method accessor : accessors) {
      Class<?> type = accessor.getReturnType();
      String path = prefix + accessor.getName() + "()";
      if (type.getSimpleName().endsWith("Service")) {
        out.put(path, operationMethods(type));
      } else {
        collect(type, path + ".", out); // a container such as OrgServices
      }
    }
  }

  /**
   * The public non-static methods of {@code service}, as {@code ServiceClass.method}: those the
   * generated class declares and those it inherits from a hand-written base such as
   * {@code PresetShortcuts} ({@code createFromPreset}), which reflection sees as public bridges.
   */
  public static SortedSet<String> operationMethods(Class<?> service) {
    SortedSet<String> names = new TreeSet<>();
    for (Method m : service.getMethods()) {
      if (!Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() != Object.class) {
        names.add(service.getSimpleName() + "." + m.getName());
      }
    }
    return names;
  }

  /** The names of {@code facade} that are not in {@code called}, in order. */
  public static List<String> missing(Map<String, SortedSet<String>> facade, Set<String> called) {
    List<String> missing = new ArrayList<>();
    facade.values().forEach(names -> names.stream().filter(n -> !called.contains(n)).forEach(missing::add));
    return missing;
  }

  /** Every {@code operationId} of the spec at {@code spec}, sorted. */
  public static SortedSet<String> specOperationIds(Path spec) {
    String text;
    try {
      text = new String(Files.readAllBytes(spec), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + spec, e);
    }
    SortedSet<String> ids = new TreeSet<>();
    Matcher m = OPERATION_ID.matcher(text);
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }

  /** The elements of {@code expected} that are not in {@code actual}, sorted. */
  public static SortedSet<String> minus(Collection<String> expected, Collection<String> actual) {
    SortedSet<String> out = new TreeSet<>(expected);
    out.removeAll(actual);
    return out;
  }

  /**
   * The simple names of the top-level {@code *Service} classes (not {@code *ServiceAsync}) in
   * {@value #SERVICE_PACKAGE}, read from the directory or jar that holds them. A service the
   * facade does not reach shows up as the difference to {@link #facadeMethods()}.
   */
  public static SortedSet<String> serviceClassesOnClasspath() {
    String dir = SERVICE_PACKAGE.replace('.', '/');
    Path root;
    try {
      root = Paths.get(OneCli.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    List<String> files = new ArrayList<>();
    try {
      if (Files.isDirectory(root)) {
        try (Stream<Path> list = Files.list(root.resolve(dir))) {
          list.map(f -> f.getFileName().toString()).forEach(files::add);
        }
      } else {
        try (JarFile jar = new JarFile(root.toFile())) {
          for (JarEntry e : Collections.list(jar.entries())) {
            String name = e.getName();
            if (name.startsWith(dir + "/") && name.indexOf('/', dir.length() + 1) < 0) {
              files.add(name.substring(dir.length() + 1));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + SERVICE_PACKAGE + " in " + root, e);
    }
    SortedSet<String> services = new TreeSet<>();
    for (String f : files) {
      if (f.endsWith("Service.class") && !f.contains("$")) {
        services.add(f.substring(0, f.length() - ".class".length()));
      }
    }
    return services;
  }
}
