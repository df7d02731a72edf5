package dev.onecli4j.generated;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operations an OpenAPI file of ours declares, read from its block-style YAML: operationId
 * to "METHOD path".
 */
final class SpecOperations {
  private static final Pattern PATH = Pattern.compile("^  (/\\S*):\\s*$");
  private static final Pattern METHOD = Pattern.compile("^    (get|put|post|delete|patch|head|options):\\s*$");
  private static final Pattern OPERATION_ID = Pattern.compile("^      operationId:\\s*['\"]?(\\w+)['\"]?\\s*$");

  private SpecOperations() {}

  static Path specFile(String name) {
    return Path.of(System.getProperty("onecli4j.openapi.dir", "../openapi"), name);
  }

  static Map<String, String> read(Path spec) throws IOException {
    return parse(Files.readAllLines(spec));
  }

  static Map<String, String> parse(List<String> lines) {
    Map<String, String> ops = new TreeMap<>();
    boolean inPaths = false;
    String path = null;
    String method = null;
    for (String line : lines) {
      if (line.startsWith("paths:")) {
        inPaths = true;
        continue;
      }
      if (inPaths && !line.isEmpty() && !line.startsWith(" ") && !line.startsWith("#")) {
        inPaths = false;
      }
      if (!inPaths) {
        continue;
      }
      Matcher m = PATH.matcher(line);
      if (m.matches()) {
        path = m.group(1);
        method = null;
        continue;
      }
      m = METHOD.matcher(line);
      if (m.matches()) {
        method = m.group(1).toUpperCase(Locale.ROOT);
        continue;
      }
      m = OPERATION_ID.matcher(line);
      if (m.matches() && path != null && method != null) {
        String previous = ops.put(m.group(1), method + " " + path);
        if (previous != null) {
          throw new IllegalStateException("duplicate operationId " + m.group(1));
        }
      }
    }
    return ops;
  }
}
