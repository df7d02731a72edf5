package dev.onecli4j.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onecli4j.generated.runtime.ApiRequest;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Every operation of our specs has a generated request builder with the right method and path. */
class SpecCoverageTest {

  @Test
  void oneCliSpecDeclaresAll151Operations() throws Exception {
    assertEquals(151, SpecOperations.read(SpecOperations.specFile("onecli.yaml")).size());
  }

  @Test
  void userSecretsSpecDeclaresItsSixOperations() throws Exception {
    assertEquals(
        Map.of(
            "listProviderPresets", "GET /user/secrets/presets",
            "createUserSecretFromPreset", "POST /user/secrets/preset",
            "createUserSecret", "POST /user/secrets",
            "listUserSecrets", "GET /user/secrets",
            "rotateUserSecret", "PUT /user/secrets/{secret_id}",
            "deleteUserSecret", "DELETE /user/secrets/{secret_id}"),
        SpecOperations.read(SpecOperations.specFile("user-secrets.yaml")));
  }

  @Test
  void everyOneCliOperationIsGeneratedWithItsMethodAndPath() throws Exception {
    Map<String, String> spec = SpecOperations.read(SpecOperations.specFile("onecli.yaml"));
    Map<String, String> generated = generatedOperations("dev.onecli4j.generated.onecli.api");
    assertEquals(List.of(), differences(spec, generated));
  }

  @Test
  void everyUserSecretsOperationIsGeneratedWithItsMethodAndPath() throws Exception {
    Map<String, String> spec = SpecOperations.read(SpecOperations.specFile("user-secrets.yaml"));
    Map<String, String> generated = generatedOperations("dev.onecli4j.generated.usersecrets.api");
    assertEquals(List.of(), differences(spec, generated));
  }

  @Test
  void theComparisonReportsADroppedOrMovedOperation() throws Exception {
    Map<String, String> spec = SpecOperations.read(SpecOperations.specFile("onecli.yaml"));
    Map<String, String> generated = generatedOperations("dev.onecli4j.generated.onecli.api");
    Map<String, String> dropped = new TreeMap<>(generated);
    dropped.remove("createSecret");
    assertEquals(List.of("missing createSecret"), differences(spec, dropped));
    Map<String, String> moved = new TreeMap<>(generated);
    moved.put("deleteSecret", "DELETE /secret/{secretId}");
    assertNotEquals(List.of(), differences(spec, moved));
  }

  @Test
  void theReaderSeesOperationsOnlyUnderPaths() {
    Map<String, String> ops =
        SpecOperations.parse(
            List.of(
                "components:",
                "  /fake:",
                "    get:",
                "      operationId: notAnOperation",
                "paths:",
                "  /a/{id}:",
                "    delete:",
                "      operationId: deleteA"));
    assertEquals(Map.of("deleteA", "DELETE /a/{id}"), ops);
    assertTrue(ops.containsKey("deleteA"));
  }

  static List<String> differences(Map<String, String> spec, Map<String, String> generated) {
    List<String> out = new ArrayList<>();
    spec.forEach(
        (id, route) -> {
          if (!generated.containsKey(id)) {
            out.add("missing " + id);
          } else if (!generated.get(id).equals(route)) {
            out.add(id + " is " + generated.get(id) + " but the spec says " + route);
          }
        });
    generated.keySet().stream().filter(id -> !spec.containsKey(id)).forEach(id -> out.add("extra " + id));
    return out;
  }

  /** Calls each static request builder with placeholder arguments and reads method and path. */
  static Map<String, String> generatedOperations(String pkg) throws Exception {
    Map<String, String> out = new TreeMap<>();
    for (Class<?> api : GeneratedClasses.inPackage(pkg)) {
      for (Method m : api.getMethods()) {
        if (!Modifier.isStatic(m.getModifiers()) || m.getReturnType() != ApiRequest.class) {
          continue;
        }
        Object[] args = new Object[m.getParameterCount()];
        for (int i = 0; i < args.length; i++) {
          args[i] = m.getParameterTypes()[i] == String.class ? "p" + i : null;
        }
        ApiRequest<?> request = (ApiRequest<?>) m.invoke(null, args);
        assertEquals(m.getName(), request.operationId() + "Request");
        out.put(request.operationId(), request.method() + " " + request.pathTemplate());
      }
    }
    return out;
  }
}
