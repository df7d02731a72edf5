package dev.onecli4j.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages of sdk-core's main code form no import cycle: each package may use only packages
 * below it (entry points, services, internals, options, errors, ...). Read from the sources: every
 * import and every fully qualified reference in code counts as a use.
 */
class PackageCyclesTest {
  private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE);
  private static final Pattern USE = Pattern.compile("\\b(dev\\.onecli4j(?:\\.[a-z]\\w*)*)\\.[A-Z]");

  @Test
  void mainCodeHasNoPackageCycle() throws IOException {
    Map<String, Set<String>> graph = graphOf(mainSourceRoots());
    assertTrue(graph.size() > 5, "too few packages read: " + graph.keySet());
    assertTrue(
        graph.getOrDefault("dev.onecli4j.service", Set.of()).contains("dev.onecli4j.internal.http"),
        "the generated services were not read: " + graph);
    assertEquals(List.of(), cycles(graph), "packages that import each other (directly or around a loop)");
  }

  /** The hand-written main code and the facade generated into target/generated-sources/facade-*. */
  static List<Path> mainSourceRoots() throws IOException {
    List<Path> roots = new ArrayList<>(List.of(Path.of("src/main/java")));
    try (Stream<Path> generated = Files.list(Path.of("target/generated-sources"))) {
      generated
          .filter(dir -> dir.getFileName().toString().startsWith("facade-"))
          .map(dir -> dir.resolve("src/main/java"))
          .filter(Files::isDirectory)
          .sorted()
          .forEach(roots::add);
    }
    return roots;
  }

  @Test
  void theCheckFindsACycle() {
    Map<String, Set<String>> graph = new TreeMap<>();
    graph.put("a", Set.of("b"));
    graph.put("b", Set.of("c"));
    graph.put("c", Set.of("a"));
    graph.put("d", Set.of("a"));
    assertEquals(List.of(Set.of("a", "b", "c")), cycles(graph));
  }

  static Map<String, Set<String>> graphOf(List<Path> roots) throws IOException {
    Map<String, Set<String>> graph = new TreeMap<>();
    for (Path root : roots) {
      addTo(graph, root);
    }
    return graph;
  }

  private static void addTo(Map<String, Set<String>> graph, Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList())) {
        String source = Files.readString(file);
        Matcher pkg = PACKAGE.matcher(source);
        if (!pkg.find()) {
          continue;
        }
        Set<String> uses = graph.computeIfAbsent(pkg.group(1), k -> new TreeSet<>());
        for (String line : source.split("\n")) {
          String code = line.trim();
          if (code.startsWith("*") || code.startsWith("/*") || code.startsWith("//")) {
            continue;
          }
          Matcher m = USE.matcher(code);
          while (m.find()) {
            String used = m.group(1);
            if (!used.equals(pkg.group(1)) && used.startsWith("dev.onecli4j") && !used.startsWith("dev.onecli4j.generated")) {
              uses.add(used);
            }
          }
        }
      }
    }
  }

  /** The strongly connected components with more than one package (Tarjan). */
  static List<Set<String>> cycles(Map<String, Set<String>> graph) {
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new TreeSet<>();
    List<Set<String>> out = new ArrayList<>();
    int[] counter = {0};
    for (String node : graph.keySet()) {
      if (!index.containsKey(node)) {
        connect(node, graph, index, low, stack, onStack, out, counter);
      }
    }
    return out;
  }

  private static void connect(
      String v,
      Map<String, Set<String>> graph,
      Map<String, Integer> index,
      Map<String, Integer> low,
      Deque<String> stack,
      Set<String> onStack,
      List<Set<String>> out,
      int[] counter) {
    index.put(v, counter[0]);
    low.put(v, counter[0]);
    counter[0]++;
    stack.push(v);
    onStack.add(v);
    for (String w : graph.getOrDefault(v, Set.of())) {
      if (!index.containsKey(w)) {
        connect(w, graph, index, low, stack, onStack, out, counter);
        low.put(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.contains(w)) {
        low.put(v, Math.min(low.get(v), index.get(w)));
      }
    }
    if (low.get(v).equals(index.get(v))) {
      Set<String> component = new TreeSet<>();
      String w;
      do {
        w = stack.pop();
        onStack.remove(w);
        component.add(w);
      } while (!w.equals(v));
      if (component.size() > 1) {
        out.add(component);
      }
    }
  }
}
