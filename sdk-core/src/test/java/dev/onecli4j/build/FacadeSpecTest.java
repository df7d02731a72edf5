package dev.onecli4j.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The facade is generated from the x-onecli4j extensions of each operation (CONTRIBUTING.md),
 * and an operation the generator cannot place is silently left out. So: every operation names
 * its service and Java method, every service says once where the client reaches it, a generated
 * params class is named consistently, and every body says how the method takes it.
 */
class FacadeSpecTest {
  private static final Pattern METHOD = Pattern.compile("^    (get|put|post|delete|patch):\\s*$");
  private static final Pattern KEY = Pattern.compile("^(\\s+)([\\w-]+):\\s*(.*)$");

  @ParameterizedTest
  @ValueSource(strings = {"onecli.yaml", "user-secrets.yaml"})
  void everyOperationSaysHowTheFacadeShowsIt(String file) throws IOException {
    List<Operation> ops = operations(Path.of(System.getProperty("onecli4j.openapi.dir", "../openapi"), file));
    assertTrue(ops.size() > 5, "operations read: " + ops.size());
    List<String> problems = new ArrayList<>();
    Map<String, Integer> accessors = new TreeMap<>();
    Map<String, Boolean> allDeprecated = new TreeMap<>();
    Map<String, Boolean> accessorDeprecated = new TreeMap<>();
    for (Operation op : ops) {
      problems.addAll(op.problems());
      if (op.service != null) {
        accessors.merge(op.service, op.facade.containsKey("accessor") ? 1 : 0, Integer::sum);
        allDeprecated.merge(op.service, op.deprecated, Boolean::logicalAnd);
        if (op.facade.containsKey("accessor")) {
          accessorDeprecated.put(op.service, op.deprecated);
        }
      }
    }
    // The accessor of a service is deprecated with the operation that gives it: only when all are.
    accessorDeprecated.forEach((service, deprecated) -> {
      if (deprecated && !allDeprecated.get(service)) {
        problems.add(service + ": its accessor's operation is deprecated but not every operation of the service is");
      }
    });
    accessors.forEach((service, n) -> {
      if (n != 1) {
        problems.add(service + ": " + n + " operations give its accessor and serviceDoc; exactly one must");
      }
    });
    assertEquals(List.of(), problems);
  }

  @Test
  void theCheckFindsAnOperationTheGeneratorWouldDrop() {
    Operation op = new Operation("listThings");
    op.body = true;
    assertEquals(
        List.of(
            "listThings: no x-onecli4j-service",
            "listThings: no x-onecli4j.method",
            "listThings: a body but none of x-onecli4j params, fields, bodyArg"),
        op.problems());
    op.service = "Things";
    op.facade.put("method", "list");
    op.facade.put("params", "OtherParams");
    op.paramsClass = "Thing";
    assertEquals(List.of("listThings: x-onecli4j-params Thing needs x-onecli4j.params ThingParams"), op.problems());
    op.paramsClass = null;
    op.facade.put("params", "ThingParams");
    op.deprecated = true;
    assertEquals(
        List.of("listThings: deprecated: true and x-onecli4j.deprecation (naming the replacement) go together"), op.problems());
  }

  /** What the facade needs to know about one operation. */
  static final class Operation {
    final String id;
    String service;
    String paramsClass;
    boolean body;
    boolean deprecated;
    final Map<String, String> facade = new LinkedHashMap<>();

    Operation(String id) {
      this.id = id;
    }

    List<String> problems() {
      List<String> out = new ArrayList<>();
      if (service == null) {
        out.add(id + ": no x-onecli4j-service");
      }
      if (!facade.containsKey("method")) {
        out.add(id + ": no x-onecli4j.method");
      }
      if (facade.containsKey("accessor") != facade.containsKey("serviceDoc")) {
        out.add(id + ": accessor and serviceDoc go together");
      }
      if (paramsClass != null && !(paramsClass + "Params").equals(facade.get("params"))) {
        out.add(id + ": x-onecli4j-params " + paramsClass + " needs x-onecli4j.params " + paramsClass + "Params");
      }
      if (paramsClass != null && facade.containsKey("body")) {
        out.add(id + ": a generated params class needs no body converter");
      }
      if (body && !facade.containsKey("params") && !facade.containsKey("fields") && !facade.containsKey("bodyArg")) {
        out.add(id + ": a body but none of x-onecli4j params, fields, bodyArg");
      }
      if (deprecated != facade.containsKey("deprecation")) {
        out.add(id + ": deprecated: true and x-onecli4j.deprecation (naming the replacement) go together");
      }
      return out;
    }
  }

  /** The operations of a spec, read from its text: each block under a method of a path. */
  static List<Operation> operations(Path spec) throws IOException {
    List<Operation> ops = new ArrayList<>();
    List<String> block = null;
    for (String line : Files.readAllLines(spec)) {
      if (METHOD.matcher(line).matches()) {
        if (block != null) {
          ops.add(parse(block));
        }
        block = new ArrayList<>();
      } else if (block != null) {
        if (!line.isBlank() && !line.startsWith("      ")) {
          ops.add(parse(block));
          block = null;
        } else {
          block.add(line);
        }
      }
    }
    if (block != null) {
      ops.add(parse(block));
    }
    return ops;
  }

  private static Operation parse(List<String> block) {
    Operation op = null;
    boolean inFacade = false;
    String service = null;
    String paramsClass = null;
    boolean body = false;
    boolean deprecated = false;
    Map<String, String> facade = new LinkedHashMap<>();
    for (String line : block) {
      Matcher m = KEY.matcher(line);
      if (!m.matches()) {
        continue;
      }
      int indent = m.group(1).length();
      String key = m.group(2);
      String value = m.group(3).trim();
      if (indent == 6) {
        inFacade = key.equals("x-onecli4j");
        if (key.equals("operationId")) {
          op = new Operation(value.replace("'", "").replace("\"", ""));
        } else if (key.equals("x-onecli4j-service")) {
          service = value;
        } else if (key.equals("x-onecli4j-params")) {
          paramsClass = value;
        } else if (key.equals("requestBody")) {
          body = true;
        } else if (key.equals("deprecated")) {
          deprecated = value.equals("true");
        }
      } else if (inFacade && indent == 8) {
        facade.put(key, value);
      }
    }
    if (op == null) {
      op = new Operation("(an operation without operationId)");
    }
    op.service = service;
    op.paramsClass = paramsClass;
    op.body = body;
    op.deprecated = deprecated;
    op.facade.putAll(facade);
    return op;
  }
}
