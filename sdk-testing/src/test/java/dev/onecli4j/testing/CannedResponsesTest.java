package dev.onecli4j.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onecli4j.error.ApiException;
import dev.onecli4j.generated.runtime.ApiRequest;
import dev.onecli4j.internal.http.HttpTransport;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every operation of {@code openapi/onecli.yaml} is served, retired (410) or absent (404) as on
 * the server 2.0.1 (the approvals reach the emulated gateway, which the transport finds through
 * {@code GET /gateway-url}), and every operation answered from the canned table succeeds through
 * the SDK: its generated request builder, sent by the transport, parses into the generated
 * response type.
 */
class CannedResponsesTest {
  private static final Pattern PATH = Pattern.compile("^  (/\\S*):\\s*$");
  private static final Pattern METHOD = Pattern.compile("^    (get|put|post|delete|patch):\\s*$");
  private static final Pattern OPERATION_ID = Pattern.compile("^      operationId:\\s*['\"]?(\\w+)['\"]?\\s*$");
  /** The one operation whose text/markdown answer the transport does not read (it expects JSON). */
  private static final String MARKDOWN_OPERATION = "getGatewaySkill";

  private static OneCliEmulator emulator;

  @BeforeAll
  static void start() {
    emulator = OneCliEmulator.start();
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  /** operationId to "METHOD /path" as the spec declares them. */
  private static Map<String, String> specOperations() throws IOException {
    Path spec = Path.of(System.getProperty("onecli4j.openapi.dir", "../openapi"), "onecli.yaml");
    Map<String, String> ops = new TreeMap<>();
    String path = null;
    String method = null;
    boolean inPaths = false;
    for (String line : Files.readAllLines(spec)) {
      if (line.startsWith("paths:")) {
        inPaths = true;
        continue;
      }
      if (inPaths && !line.isEmpty() && !line.startsWith(" ") && !line.startsWith("#")) {
        inPaths = false;
      }
      Matcher m;
      if (!inPaths) {
        continue;
      } else if ((m = PATH.matcher(line)).matches()) {
        path = m.group(1);
        method = null;
      } else if ((m = METHOD.matcher(line)).matches()) {
        method = m.group(1).toUpperCase();
      } else if ((m = OPERATION_ID.matcher(line)).matches() && path != null && method != null) {
        ops.put(m.group(1), method + " " + path);
      }
    }
    return ops;
  }

  @Test
  void everySpecOperationIsServedRetiredOrAbsentAsOnTheServer() throws Exception {
    Map<String, String> spec = specOperations();
    assertEquals(151, spec.size(), "operations in openapi/onecli.yaml");
    Set<String> retired = new TreeSet<>();
    Set<String> absent = new TreeSet<>();
    Set<String> licensed = new TreeSet<>();
    try (HttpTransport transport = Transports.of(emulator)) {
      for (Method m : requestBuilders()) {
        String operationId = m.getName().substring(0, m.getName().length() - "Request".length());
        ApiRequest<?> request = (ApiRequest<?>) m.invoke(null, arguments(m));
        try {
          transport.execute(request);
        } catch (ApiException e) {
          if (e.status() == 410) {
            retired.add(operationId);
          } else if (e.status() == 404 && String.valueOf(e.errorMessage()).startsWith("Unrecognized request URL")) {
            absent.add(operationId);
          } else if (e.status() == 403
              && ("enterprise_license_required".equals(e.errorType()) || "enterprise_license_required".equals(e.errorMessage()))) {
            // The API host sends the envelope; the gateway the flat {"error": "..."}.
            licensed.add(operationId);
          }
        }
      }
    }
    Set<String> recordedRetired = new TreeSet<>();
    ServerRecording.steps().stream()
        .filter(s -> s.name().startsWith("retired.") && s.name().indexOf('.', 8) < 0)
        .forEach(s -> recordedRetired.add(s.name().substring("retired.".length())));
    recordedRetired.remove("workspacePolicyRules");
    assertEquals(recordedRetired, retired, "the 26 operations the server answers 410");
    assertEquals(23, absent.size(), "the 23 partner operations are not served: " + absent);
    assertTrue(absent.stream().allMatch(id -> id.contains("Partner")), absent.toString());
    // The organization's approvals feed is on the gateway, which wants a licence for it.
    assertEquals(Set.of("provisionUser", "listOrgPendingApprovals"), licensed);
    List<String> routes = new OneCliHandler(new OneCliState(java.time.Clock.systemUTC(), "oc_x", "w", "v", null)).routes();
    assertEquals(routes.size(), new TreeSet<>(routes).size(), "no route twice");
  }

  @Test
  void cannedEntriesNameTheSpecsOperations() throws IOException {
    Map<String, String> spec = specOperations();
    JsonNode table = CannedResponses.table();
    for (Map.Entry<String, JsonNode> e : table.properties()) {
      String operationId = e.getValue().path("operationId").asText();
      assertEquals(spec.get(operationId), e.getKey(), operationId);
    }
  }

  @Test
  void everyCannedOperationSucceedsThroughTheSdk() throws Exception {
    List<String> cannedIds = new ArrayList<>();
    CannedResponses.table().forEach(entry -> cannedIds.add(entry.path("operationId").asText()));
    List<String> called = new ArrayList<>();
    try (HttpTransport transport = Transports.of(emulator)) {
      for (Method m : requestBuilders()) {
        String operationId = m.getName().substring(0, m.getName().length() - "Request".length());
        if (!cannedIds.contains(operationId) || operationId.equals(MARKDOWN_OPERATION)) {
          continue;
        }
        ApiRequest<?> request = (ApiRequest<?>) m.invoke(null, arguments(m));
        Object body = transport.execute(request);
        if (!request.responseType().isEmpty()) {
          assertNotNull(body, operationId);
        }
        called.add(operationId);
      }
    }
    assertEquals(cannedIds.size() - 1, called.size(), "every canned operation but the markdown one was called");
  }

  @Test
  void gatewaySkillIsMarkdown() {
    Raw.Answer a = Raw.onecli(emulator, "GET", "/skill/gateway?agent_framework=claude", null);
    assertEquals(200, a.status());
    assertTrue(a.header("Content-Type").startsWith("text/markdown"));
    assertTrue(a.body().startsWith("#"));
  }

  @Test
  void authorizeRedirects() {
    Raw.Answer a = Raw.onecli(emulator, "GET", "/apps/github/authorize", null);
    assertEquals(302, a.status());
    assertFalse(a.header("Location").isEmpty());
  }

  @Test
  void cannedRoutesNeedTheKey() {
    assertEquals(401, Raw.call(emulator.baseUrl(), "oc_wrong", "GET", "/apps", null).status());
  }

  private static List<Method> requestBuilders() throws ClassNotFoundException {
    List<Method> methods = new ArrayList<>();
    for (String tag :
        List.of(
            "AgentSetup", "Agents", "Approvals", "Apps", "Connections", "EffectiveAccess", "Grants", "Migration",
            "OrganizationAppConfig", "OrganizationApprovals", "OrganizationConnections", "OrganizationInvitations",
            "OrganizationPartner", "OrganizationPolicy", "OrganizationRules", "OrganizationSecrets",
            "OrganizationSettings", "PartnerBudgets", "PartnerMembers", "PartnerOrganizations", "PartnerProjects",
            "PartnerSecrets", "Projects", "Rules", "Secrets", "Team", "User", "Utility", "Workspaces")) {
      Class<?> api = Class.forName("dev.onecli4j.generated.onecli.api." + tag + "Api");
      for (Method m : api.getMethods()) {
        if (Modifier.isStatic(m.getModifiers()) && m.getName().endsWith("Request") && m.getReturnType() == ApiRequest.class) {
          methods.add(m);
        }
      }
    }
    assertEquals(151, methods.size(), "one request builder per operation");
    return methods;
  }

  private static boolean hasValues(Class<?> t) {
    try {
      return Modifier.isStatic(t.getMethod("values").getModifiers());
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  /** Plain arguments: an id-like text, an empty map or list, or an empty model from its builder. */
  private static Object[] arguments(Method m) throws ReflectiveOperationException {
    Class<?>[] types = m.getParameterTypes();
    Object[] args = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      Class<?> t = types[i];
      if (t == String.class) {
        args[i] = "emulated-id";
      } else if (t == Map.class) {
        args[i] = Collections.emptyMap();
      } else if (t == List.class) {
        args[i] = Collections.emptyList();
      } else if (t == Integer.class || t == int.class) {
        args[i] = 1;
      } else if (t == Boolean.class || t == boolean.class) {
        args[i] = Boolean.TRUE;
      } else if (hasValues(t)) {
        args[i] = ((List<?>) t.getMethod("values").invoke(null)).get(0);
      } else {
        Object builder = t.getMethod("builder").invoke(null);
        args[i] = builder.getClass().getMethod("build").invoke(builder);
      }
    }
    return args;
  }
}
