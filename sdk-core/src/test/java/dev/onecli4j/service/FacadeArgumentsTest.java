package dev.onecli4j.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onecli4j.OneCli;
import dev.onecli4j.UserSecrets;
import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.generated.onecli.model.AgentConnectionAssignmentInput;
import dev.onecli4j.generated.onecli.model.BudgetPeriod;
import dev.onecli4j.generated.onecli.model.MemberRole;
import dev.onecli4j.generated.onecli.model.Permission;
import dev.onecli4j.generated.onecli.model.RuleAction;
import dev.onecli4j.generated.onecli.model.SecretType;
import dev.onecli4j.generated.onecli.model.OrgPolicyAction;
import dev.onecli4j.generated.onecli.model.OrgPolicyTarget;
import dev.onecli4j.generated.onecli.model.OrgPolicyTargetKind;
import dev.onecli4j.param.AgentCreateParams;
import dev.onecli4j.param.AgentUpdateParams;
import dev.onecli4j.param.ConnectionGrantParams;
import dev.onecli4j.param.EffectivePermissionsParams;
import dev.onecli4j.param.OrgPolicyRuleCreateParams;
import dev.onecli4j.param.OrgPolicyRuleUpdateParams;
import dev.onecli4j.param.AppAuthorizeParams;
import dev.onecli4j.param.AppConnectParams;
import dev.onecli4j.param.BudgetSetParams;
import dev.onecli4j.param.MemberAddParams;
import dev.onecli4j.param.MigrationExportParams;
import dev.onecli4j.param.OrgAppAuthorizeParams;
import dev.onecli4j.param.RuleCreateParams;
import dev.onecli4j.param.RulePermissionsSetParams;
import dev.onecli4j.param.RuleUpdateParams;
import dev.onecli4j.param.SecretCreateParams;
import dev.onecli4j.param.SecretUpdateParams;
import dev.onecli4j.param.TeamProvisionParams;
import dev.onecli4j.preset.PresetOptions;
import dev.onecli4j.service.usersecrets.UserSecretCreateParams;
import dev.onecli4j.validation.Problem;
import dev.onecli4j.validation.ValidationException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every facade method, found by reflection from the clients (sync and async, OneCLI and user
 * secrets), is called once per reference parameter with {@code null} there and valid values
 * elsewhere: each call must refuse with the SDK's {@link ValidationException} naming that one
 * parameter (a failed future for the async methods), and nothing may be sent. The only nulls
 * that pass are the two documented ones: "the default agent" and "the generic skill".
 */
class FacadeArgumentsTest {
  /** Parameters whose null is a documented choice, as {@code Service.method#index:Type}. */
  private static final Set<String> NULL_MEANS_DEFAULT =
      Set.of(
          "AgentSetupService.getContainerConfig#0:String",
          "AgentSetupService.getGatewaySkill#0:String",
          "AgentSetupServiceAsync.getContainerConfig#0:String",
          "AgentSetupServiceAsync.getGatewaySkill#0:String");

  private final AtomicInteger sent = new AtomicInteger();
  private final OkHttpClient http =
      new OkHttpClient.Builder()
          .addInterceptor(
              chain -> {
                sent.incrementAndGet();
                return new Response.Builder()
                    .request(chain.request())
                    .protocol(Protocol.HTTP_1_1)
                    .code(200)
                    .message("OK")
                    .body(ResponseBody.create("{}", MediaType.get("application/json")))
                    .build();
              })
          .build();
  private final OneCli oneCli =
      OneCli.builder().apiKey("oc_test").baseUrl("https://onecli.test/v1").okHttpClient(http).maxRetries(0).build();
  private final UserSecrets userSecrets =
      UserSecrets.builder().token("us_test").baseUrl("https://secrets.test/api/v1").okHttpClient(http).maxRetries(0).build();

  @AfterEach
  void close() {
    oneCli.close();
    userSecrets.close();
    http.dispatcher().executorService().shutdown();
  }

  @Test
  void everyNullArgumentIsRefusedByNameBeforeSending() {
    Map<String, Object> services = new LinkedHashMap<>();
    collect("client", oneCli, services);
    collect("async", oneCli.async(), services);
    collect("userSecrets", userSecrets, services);
    collect("userSecretsAsync", userSecrets.async(), services);
    assertTrue(services.size() >= 50, () -> "services found: " + services.keySet());

    List<String> failures = new ArrayList<>();
    int checked = 0;
    int optionsChecked = 0;
    List<String> allowed = new ArrayList<>();
    for (Object service : services.values()) {
      for (Method m : operations(service.getClass())) {
        Class<?>[] types = m.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
          if (types[i].isPrimitive()) {
            continue;
          }
          String where = service.getClass().getSimpleName() + "." + m.getName() + "#" + i + ":" + types[i].getSimpleName();
          if (NULL_MEANS_DEFAULT.contains(where)) {
            allowed.add(where + " " + passesNull(service, m, i));
            continue;
          }
          String failure = refusesNull(service, m, i);
          if (failure != null) {
            failures.add(where + " " + m + ": " + failure);
          }
          checked++;
          if (types[i] == RequestOptions.class) {
            optionsChecked++;
          }
        }
      }
    }
    System.out.printf(
        "Facade arguments: %d services, %d null arguments refused by name (%d of them RequestOptions), %d documented nulls sent%n",
        services.size(), checked, optionsChecked, allowed.size());
    assertEquals(List.of(), failures, "facade methods that let a null through or did not name it");
    // Both overloads (with and without options) of the two calls, sync and async: 8 calls, all sent.
    assertEquals(8, allowed.size(), allowed::toString);
    assertTrue(allowed.stream().allMatch(a -> a.endsWith(" sent")), () -> "the documented nulls reach the server: " + allowed);
    assertEquals(allowed.size(), sent.get(), "only the documented nulls were sent");
    assertTrue(checked > 500, "nulls checked: " + checked);
    assertTrue(optionsChecked >= 250, "RequestOptions overloads checked: " + optionsChecked);
  }

  /** Negative control: a method that sends whatever it gets is reported. */
  @Test
  void theWalkReportsAMethodThatDoesNotCheck() throws ReflectiveOperationException {
    Object unchecked = new Object() {
      @SuppressWarnings("unused")
      public String get(String id, RequestOptions options) {
        return "sent " + id;
      }
    };
    Method get = unchecked.getClass().getMethod("get", String.class, RequestOptions.class);
    assertEquals("no ValidationException: returned sent null", refusesNull(unchecked, get, 0));
    assertEquals(
        "no ValidationException: returned sent id_1", refusesNull(unchecked, get, 1));
    assertNull(refusesNull(oneCli.secrets(), oneCli.secrets().getClass().getMethod("delete", String.class), 0));
  }

  /**
   * Whether {@code m} refuses a null at {@code index} with a ValidationException that names just
   * that parameter; {@code null} if it does, else what happened.
   */
  private String refusesNull(Object service, Method m, int index) {
    int before = sent.get();
    Throwable thrown;
    Object result;
    try {
      result = invoke(service, m, index);
      thrown = null;
    } catch (InvocationTargetException e) {
      result = null;
      thrown = e.getCause();
    } catch (ReflectiveOperationException e) {
      return "cannot call: " + e;
    }
    if (result instanceof CompletableFuture) {
      CompletableFuture<?> future = (CompletableFuture<?>) result;
      if (!future.isCompletedExceptionally()) {
        return "the future did not fail at once";
      }
      thrown = future.handle((v, t) -> t instanceof java.util.concurrent.CompletionException ? t.getCause() : t).join();
    } else if (CompletableFuture.class.isAssignableFrom(m.getReturnType()) && thrown != null) {
      return "the async method threw " + thrown + " instead of returning a failed future";
    }
    if (!(thrown instanceof ValidationException)) {
      return "no ValidationException: " + (thrown == null ? "returned " + result : thrown.toString());
    }
    if (sent.get() != before) {
      return "a request was sent";
    }
    List<Problem> problems = ((ValidationException) thrown).problems();
    if (problems.size() != 1) {
      return "expected one problem, got " + problems;
    }
    String field = problems.get(0).field();
    String expected = expectedName(m.getParameterTypes()[index]);
    if (field == null || !field.matches("[a-z][A-Za-z]*") || (expected != null && !expected.equals(field))) {
      return "the problem does not name the parameter (" + (expected == null ? "a plain name" : expected) + "): " + problems;
    }
    return thrown.getMessage().contains(field) ? null : "the message does not name " + field + ": " + thrown.getMessage();
  }

  /** Calls {@code m} with null at {@code index}; "sent" when the request went out. */
  private String passesNull(Object service, Method m, int index) {
    int before = sent.get();
    try {
      Object result = invoke(service, m, index);
      if (result instanceof CompletableFuture) {
        ((CompletableFuture<?>) result).handle((v, t) -> v).join();
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      // The canned answer may not parse as this operation's result; what counts is the request.
    }
    return sent.get() == before + 1 ? "sent" : "not sent";
  }

  private static Object invoke(Object service, Method m, int nullAt) throws ReflectiveOperationException {
    Type[] types = m.getGenericParameterTypes();
    Object[] args = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      args[i] = i == nullAt ? null : sample(types[i]);
    }
    m.setAccessible(true);
    return m.invoke(service, args);
  }

  /** The name a null of this type must be reported under, when the type alone tells it. */
  private static String expectedName(Class<?> type) {
    if (type == RequestOptions.class || type == PresetOptions.class) {
      return "options";
    }
    if (type.getSimpleName().endsWith("Params")) {
      return "params";
    }
    return null;
  }

  /** A valid argument of {@code type}. */
  private static Object sample(Type type) {
    if (type instanceof ParameterizedType) {
      Class<?> raw = (Class<?>) ((ParameterizedType) type).getRawType();
      Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
      if (Collection.class.isAssignableFrom(raw)) {
        return List.of(sample(element));
      }
      if (Map.class.isAssignableFrom(raw)) {
        return Map.of("clientId", "client-1");
      }
      throw new AssertionError("no sample of " + type + "; add one to FacadeArgumentsTest");
    }
    Class<?> c = (Class<?>) type;
    Supplier<?> sample = SAMPLES.get(c);
    if (sample != null) {
      return sample.get();
    }
    if (c == boolean.class) {
      return true;
    }
    for (java.lang.reflect.Field f : c.getFields()) {
      // Enums and open enums: their first constant.
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == c) {
        try {
          return f.get(null);
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    throw new AssertionError("no sample of " + c.getName() + "; add one to FacadeArgumentsTest");
  }

  private static final Map<Class<?>, Supplier<?>> SAMPLES = new LinkedHashMap<>();

  static {
    SAMPLES.put(String.class, () -> "id_1");
    SAMPLES.put(RequestOptions.class, RequestOptions::none);
    SAMPLES.put(PresetOptions.class, PresetOptions::defaults);
    SAMPLES.put(AgentConnectionAssignmentInput.class, () -> AgentConnectionAssignmentInput.builder().appConnectionId("con_1").build());
    SAMPLES.put(AgentCreateParams.class, () -> AgentCreateParams.builder().name("Agent").identifier("agent-1").build());
    SAMPLES.put(AppAuthorizeParams.class, () -> AppAuthorizeParams.builder().connectionId("con_1").build());
    SAMPLES.put(OrgAppAuthorizeParams.class, () -> OrgAppAuthorizeParams.builder().org("org_1").build());
    SAMPLES.put(AppConnectParams.class, () -> AppConnectParams.builder().field("apiKey", "key-1").build());
    SAMPLES.put(BudgetSetParams.class, () -> BudgetSetParams.builder().limitCents(500).period(BudgetPeriod.MONTHLY).build());
    SAMPLES.put(MemberAddParams.class, () -> MemberAddParams.builder().email("a@acme.test").role(MemberRole.MEMBER).build());
    SAMPLES.put(MigrationExportParams.class, () -> MigrationExportParams.builder().cloudApiKey("oc_cloud_1").build());
    SAMPLES.put(TeamProvisionParams.class, () -> TeamProvisionParams.builder().build());
    SAMPLES.put(
        SecretCreateParams.class,
        () -> SecretCreateParams.builder().name("Key").type(SecretType.GENERIC).value("v-1").hostPattern("api.acme.test").build());
    SAMPLES.put(SecretUpdateParams.class, () -> SecretUpdateParams.builder().name("Key").build());
    SAMPLES.put(
        RuleCreateParams.class,
        () -> RuleCreateParams.builder().name("Block").hostPattern("api.acme.test").action(RuleAction.BLOCK).enabled(true).build());
    SAMPLES.put(RuleUpdateParams.class, () -> RuleUpdateParams.builder().name("Block").build());
    SAMPLES.put(RulePermissionsSetParams.class, () -> RulePermissionsSetParams.builder().change("send_email", Permission.BLOCK).build());
    // Public methods of a package-private base reach the services as bridges with raw types.
    SAMPLES.put(Collection.class, () -> List.of("id_1"));
    SAMPLES.put(AgentUpdateParams.class, () -> AgentUpdateParams.builder().name("Agent").build());
    SAMPLES.put(ConnectionGrantParams.class, ConnectionGrantParams::full);
    SAMPLES.put(EffectivePermissionsParams.class, () -> EffectivePermissionsParams.builder().provider("github").build());
    SAMPLES.put(
        OrgPolicyRuleCreateParams.class,
        () -> OrgPolicyRuleCreateParams.builder()
            .name("Block")
            .action(OrgPolicyAction.BLOCK)
            .targets(List.of(OrgPolicyTarget.builder().kind(OrgPolicyTargetKind.NETWORK).hostPattern("api.acme.test").build()))
            .build());
    SAMPLES.put(OrgPolicyRuleUpdateParams.class, () -> OrgPolicyRuleUpdateParams.builder().enabled(false).build());
    SAMPLES.put(UserSecretCreateParams.class, () -> UserSecretCreateParams.builder().name("KEY").value("v-1").build());
  }

  /** The services and service groups reachable from {@code root} through its accessors. */
  private static void collect(String path, Object root, Map<String, Object> services) {
    for (Method m : root.getClass().getMethods()) {
      Class<?> type = m.getReturnType();
      if (m.getParameterCount() != 0
          || Modifier.isStatic(m.getModifiers())
          || type.getPackage() == null
          || !type.getPackage().getName().startsWith("dev.onecli4j.service")) {
        continue;
      }
      Object child;
      try {
        m.setAccessible(true);
        child = m.invoke(root);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
      String childPath = path + "." + m.getName() + "()";
      if (type.getSimpleName().matches(".*Service(Async)?")) {
        services.put(childPath, child);
      } else {
        collect(childPath, child, services);
      }
    }
  }

  /** The public instance methods of a service, its own and those of its hand-written base. */
  private static List<Method> operations(Class<?> service) {
    List<Method> methods = new ArrayList<>();
    for (Method m : service.getMethods()) {
      if (!Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() != Object.class && !m.isBridge()) {
        methods.add(m);
      }
    }
    for (Method m : service.getMethods()) {
      // Methods a package-private base declares reach callers through bridges only.
      if (m.isBridge() && methods.stream().noneMatch(o -> o.getName().equals(m.getName())
          && java.util.Arrays.equals(o.getParameterTypes(), m.getParameterTypes()))) {
        methods.add(m);
      }
    }
    assertFalse(methods.isEmpty(), "no methods on " + service);
    return methods;
  }
}
