package dev.onecli4j.contract;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onecli4j.ClientOptions;
import dev.onecli4j.RawResponse;
import dev.onecli4j.RequestOptions;
import dev.onecli4j.error.ApiException;
import dev.onecli4j.generated.runtime.ApiRequest;
import dev.onecli4j.http.HttpTransport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * Contract-test support for the OneCLI API: Prism on {@code openapi/onecli.yaml} and client
 * options pointed at it.
 *
 * <p>Facade contract tests (once the OneCli services exist) look like:
 *
 * <pre>{@code
 * static PrismServer prism = OneCliContract.startPrism();
 * OneCli client = OneCli.builder().apiKey(OneCliContract.API_KEY).baseUrl(prism.baseUrl()).maxRetries(0).build();
 * OneCliContract.assertAccepted("utility().health", () -> client.withRawResponse(c -> c.utility().health()));
 * }</pre>
 *
 * <p>The second half of this class ({@link #requestBuilders()}, {@link #explore}) drives the
 * generated layer reflectively. It is a stop-gap until the facade covers every operation; then
 * {@code OneCliContractIT} switches to facade calls and that half goes away.
 */
public final class OneCliContract {
  /** System property: the OneCLI spec Prism serves (the build passes {@code ${onecli.spec}}). */
  public static final String SPEC_PROPERTY = "onecli4j.onecli.spec";
  /** The API key contract clients send. */
  public static final String API_KEY = "oc_test";
  /** The package of the generated OneCLI request builders. */
  public static final String GENERATED_API_PACKAGE = "dev.onecli4j.generated.onecli.api";
  /** The placeholder for every required string argument (ids, path segments). */
  public static final String PLACEHOLDER = "x1";

  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private OneCliContract() {}

  /** The OneCLI spec: {@value #SPEC_PROPERTY}, else {@code onecli.yaml} in the openapi dir. */
  public static Path spec() {
    String configured = System.getProperty(SPEC_PROPERTY);
    return configured != null && !configured.isBlank()
        ? Paths.get(configured)
        : ContractAssertions.openapiSpec("onecli.yaml");
  }

  /** Starts Prism on {@link #spec()}. */
  public static PrismServer startPrism() {
    return PrismServer.start(spec());
  }

  /** Options for a client of {@code prism}: API key {@value #API_KEY}, no retries. */
  public static ClientOptions options(PrismServer prism) {
    return ClientOptions.builder().apiKey(API_KEY).baseUrl(prism.baseUrl()).maxRetries(0).build();
  }

  /** See {@link ContractAssertions#assertAccepted}. */
  public static <T> T assertAccepted(String operation, ThrowingSupplier<T> call) {
    return ContractAssertions.assertAccepted(operation, call);
  }

  // ---------------------------------------------------------------------------------------
  // Exploration of the generated layer. Moves to facade calls (one test per service method,
  // with assertAccepted) once OneCli's services exist; then delete from here down.
  // ---------------------------------------------------------------------------------------

  /**
   * How Prism judged one generated request.
   *
   * @param violations Prism's violations (see {@link ContractAssertions#violations}), or null
   * @param note why the answer is not a success when Prism listed no violations, or null
   * @param bodyValidated for operations with a body, whether Prism rejected the same request with
   *     the body {@code 42} (no object schema allows it) and said why; {@code false} means Prism
   *     does not check this operation's body, so its contract test cannot fail on the body;
   *     {@code null} for operations without a body
   */
  public record Outcome(
      String operationId,
      String method,
      String path,
      int status,
      String violations,
      String note,
      Boolean bodyValidated) {
    /** Whether Prism answered with success and the SDK read the answer. */
    public boolean accepted() {
      return status >= 200 && status < 400 && note == null;
    }

    /** Whether Prism could not route the request at all (path or method unknown to the spec). */
    public boolean unrouted() {
      return note != null && (note.contains("NO_PATH_MATCHED") || note.contains("NO_METHOD_MATCHED"));
    }

    Outcome withBodyValidated(Boolean validated) {
      return new Outcome(operationId, method, path, status, violations, note, validated);
    }

    @Override
    public String toString() {
      return String.format(
          "%-3s %-34s %-6s %-48s %s%s%s%s",
          accepted() ? "OK" : "NO",
          operationId,
          method,
          path,
          status < 0 ? "-" : Integer.toString(status),
          Boolean.FALSE.equals(bodyValidated) ? " [body NOT validated by Prism]" : "",
          violations == null ? "" : " " + ContractAssertions.describe(violations),
          note == null ? "" : " (" + note + ")");
    }
  }

  /** Every static {@code *Request} method of every class in {@value #GENERATED_API_PACKAGE}, sorted. */
  public static List<Method> requestBuilders() {
    List<Method> out = new ArrayList<>();
    for (String className : classesIn(GENERATED_API_PACKAGE)) {
      Class<?> c;
      try {
        c = Class.forName(className);
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
      for (Method m : c.getDeclaredMethods()) {
        if (Modifier.isStatic(m.getModifiers())
            && Modifier.isPublic(m.getModifiers())
            && m.getName().endsWith("Request")
            && m.getReturnType() == ApiRequest.class) {
          out.add(m);
        }
      }
    }
    out.sort(Comparator.comparing((Method m) -> m.getDeclaringClass().getSimpleName()).thenComparing(Method::getName));
    return out;
  }

  /**
   * Builds the request of {@code builder} with placeholder arguments (path parameters
   * {@value #PLACEHOLDER}, optional strings omitted, bodies filled with every field) and sends
   * it through {@code transport}.
   */
  public static Outcome explore(HttpTransport transport, Method builder) {
    ApiRequest<?> request;
    try {
      request = build(builder);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return new Outcome(builder.getName(), "?", "?", -1, null, "could not build: " + e, null);
    }
    Outcome outcome = send(transport, request);
    if (request.body() != null) {
      Outcome probe = send(transport, request.newBuilder().body(42).build());
      outcome = outcome.withBodyValidated(!probe.accepted() && probe.violations() != null);
    }
    return outcome;
  }

  private static Outcome send(HttpTransport transport, ApiRequest<?> request) {
    String op = request.operationId();
    try {
      RawResponse<?> raw = transport.executeRaw(request, RequestOptions.none());
      return new Outcome(
          op, request.method(), request.pathTemplate(), raw.status(), raw.header(PrismServer.VIOLATIONS_HEADER), null, null);
    } catch (ApiException e) {
      String violations = ContractAssertions.violations(e);
      String note = violations == null ? e.getClass().getSimpleName() + ": " + e.bodyExcerpt() : null;
      return new Outcome(op, request.method(), request.pathTemplate(), e.status(), violations, note, null);
    } catch (RuntimeException e) {
      return new Outcome(
          op, request.method(), request.pathTemplate(), -1, null,
          "not an API answer: " + e.getClass().getSimpleName() + ": " + e.getMessage(), null);
    }
  }

  /** A table of outcomes, accepted first, with counts. */
  public static String summary(List<Outcome> outcomes) {
    long accepted = outcomes.stream().filter(Outcome::accepted).count();
    long unchecked = outcomes.stream().filter(o -> Boolean.FALSE.equals(o.bodyValidated())).count();
    String table =
        outcomes.stream()
            .sorted(Comparator.comparing((Outcome o) -> !o.accepted()).thenComparing(Outcome::operationId))
            .map(Outcome::toString)
            .collect(Collectors.joining("\n"));
    return "Prism on " + spec().getFileName() + ": " + accepted + " of " + outcomes.size()
        + " generated OneCLI requests accepted, " + (outcomes.size() - accepted) + " rejected; "
        + unchecked + " bodies Prism does not validate\n" + table;
  }

  private static ApiRequest<?> build(Method builder) throws ReflectiveOperationException {
    Type[] types = builder.getGenericParameterTypes();
    Object[] args = new Object[types.length];
    Object[] bodies = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      if (types[i] == String.class) {
        args[i] = PLACEHOLDER;
      } else {
        bodies[i] = sample(types[i], 0);
      }
    }
    // Optional strings (query and header parameters) are left out: a string whose null still
    // builds is optional. Path parameters refuse null and keep the placeholder.
    for (int i = 0; i < types.length; i++) {
      if (types[i] == String.class) {
        args[i] = null;
        try {
          builder.invoke(null, args);
        } catch (InvocationTargetException refused) {
          args[i] = PLACEHOLDER;
        }
      }
    }
    ApiRequest<?> request = (ApiRequest<?>) builder.invoke(null, args);
    for (Object body : bodies) {
      if (body != null) {
        request = request.newBuilder().body(body).build();
      }
    }
    return request;
  }

  /** A JSON sample of {@code type}: every field of a generated model filled in. */
  static JsonNode sample(Type type, int depth) {
    if (type instanceof ParameterizedType) {
      ParameterizedType p = (ParameterizedType) type;
      Class<?> raw = (Class<?>) p.getRawType();
      if (Collection.class.isAssignableFrom(raw)) {
        ArrayNode array = F.arrayNode();
        array.add(sample(p.getActualTypeArguments()[0], depth + 1));
        return array;
      }
      if (Map.class.isAssignableFrom(raw)) {
        return F.objectNode().set("KEY", sample(p.getActualTypeArguments()[1], depth + 1));
      }
      type = raw;
    }
    Class<?> c = (Class<?>) type;
    if (c == String.class) {
      return F.textNode(PLACEHOLDER);
    }
    if (c == Integer.class || c == int.class || c == Long.class || c == long.class) {
      return F.numberNode(1);
    }
    if (c == Double.class || c == Float.class || c == BigDecimal.class) {
      return F.numberNode(1.5);
    }
    if (c == Boolean.class || c == boolean.class) {
      return F.booleanNode(true);
    }
    if (c == OffsetDateTime.class) {
      return F.textNode("2024-05-01T12:00:00Z");
    }
    if (c == LocalDate.class) {
      return F.textNode("2024-05-01");
    }
    if (c == UUID.class) {
      return F.textNode("3fa85f64-5717-4562-b3fc-2c963f66afa6");
    }
    if (c == java.net.URI.class) {
      return F.textNode("https://example.com/x1");
    }
    if (c == Object.class || c == JsonNode.class) {
      return F.objectNode();
    }
    try {
      Method values = c.getMethod("values");
      if (Modifier.isStatic(values.getModifiers()) && List.class.isAssignableFrom(values.getReturnType())) {
        return F.textNode(((List<?>) values.invoke(null)).get(0).toString()); // an open enum
      }
    } catch (NoSuchMethodException e) {
      // not an enum
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    if (c.isAnnotationPresent(JsonDeserialize.class)) {
      return depth > 4 ? F.objectNode() : modelSample(c, depth);
    }
    for (Method m : c.getMethods()) {
      // Hand-written oneOf types (e.g. BlocklistEntryAddRequest) have static factories of strings.
      if (Modifier.isStatic(m.getModifiers())
          && m.getReturnType() == c
          && Stream.of(m.getParameterTypes()).allMatch(t -> t == String.class)) {
        try {
          Object[] args = new Object[m.getParameterCount()];
          Arrays.fill(args, PLACEHOLDER);
          return MAPPER.valueToTree(m.invoke(null, args));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return F.objectNode();
  }

  private static ObjectNode modelSample(Class<?> model, int depth) {
    Class<?> builder;
    try {
      builder = Class.forName(model.getName() + "$Builder");
    } catch (ClassNotFoundException e) {
      return F.objectNode();
    }
    TreeMap<String, Type> fields = new TreeMap<>();
    for (Method m : builder.getMethods()) {
      JsonProperty p = m.getAnnotation(JsonProperty.class);
      if (p != null && m.getParameterCount() == 1) {
        fields.put(p.value(), m.getGenericParameterTypes()[0]);
      }
    }
    ObjectNode node = F.objectNode();
    fields.forEach(
        (name, type) ->
            node.set(
                name,
                type == String.class && name.toLowerCase(Locale.ROOT).contains("email")
                    ? F.textNode(PLACEHOLDER + "@example.com")
                    : sample(type, depth + 1)));
    return node;
  }

  /** Class names directly in {@code pkg}, from the directory or jar that holds the generated layer. */
  private static List<String> classesIn(String pkg) {
    String dir = pkg.replace('.', '/');
    Path root;
    try {
      root = Paths.get(ApiRequest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    List<String> names = new ArrayList<>();
    try {
      if (Files.isDirectory(root)) {
        Path packageDir = root.resolve(dir);
        try (Stream<Path> files = Files.list(packageDir)) {
          files.map(f -> f.getFileName().toString()).forEach(f -> addClass(names, pkg, f));
        }
      } else {
        try (JarFile jar = new JarFile(root.toFile())) {
          for (JarEntry e : Collections.list(jar.entries())) {
            String name = e.getName();
            if (name.startsWith(dir + "/") && name.indexOf('/', dir.length() + 1) < 0) {
              addClass(names, pkg, name.substring(dir.length() + 1));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + pkg + " in " + root, e);
    }
    if (names.isEmpty()) {
      throw new IllegalStateException("no classes of " + pkg + " in " + root);
    }
    names.sort(null);
    return names;
  }

  private static void addClass(List<String> names, String pkg, String fileName) {
    if (fileName.endsWith(".class") && !fileName.contains("$")) {
      names.add(pkg + "." + fileName.substring(0, fileName.length() - ".class".length()));
    }
  }
}
