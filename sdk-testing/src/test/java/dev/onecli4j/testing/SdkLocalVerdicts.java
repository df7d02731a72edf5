package dev.onecli4j.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onecli4j.OneCli;
import dev.onecli4j.generated.onecli.model.Injection;
import dev.onecli4j.generated.onecli.model.OnePasswordDisplay;
import dev.onecli4j.generated.onecli.model.SecretType;
import dev.onecli4j.generated.onecli.model.ValueSource;
import dev.onecli4j.internal.http.Json;
import dev.onecli4j.param.SecretCreateParams;
import dev.onecli4j.param.SecretUpdateParams;
import dev.onecli4j.validation.JsText;
import dev.onecli4j.validation.ValidationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * What the SDK does with a corpus input: the input becomes params through the public builders,
 * then is sent by a client with local validation off (to see the body the SDK would send) and
 * by one with validation on (to see whether it is refused before sending). An input the params
 * cannot express (a wrong JSON type, an explicit null the SDK never sends, an unknown key, a
 * body that is no object), or whose body as sent is not the input, is {@link Verdict#NOT_EXPRESSIBLE}.
 * The only change allowed between input and sent body is the SDK's trimming of {@code name} and
 * {@code hostPattern}, which the server does first itself.
 */
final class SdkLocalVerdicts implements AutoCloseable {
  /** The SDK's answer to one input. */
  enum Verdict {
    NOT_EXPRESSIBLE,
    REFUSED,
    ACCEPTED
  }

  private static final Set<String> CREATE_KEYS =
      Set.of("name", "type", "valueSource", "value", "opRef", "opDisplay", "hostPattern", "pathPattern", "injectionConfig");
  private static final Set<String> UPDATE_KEYS =
      Set.of("name", "valueSource", "value", "opRef", "opDisplay", "hostPattern", "pathPattern", "injectionConfig");

  private final MockWebServer server = new MockWebServer();
  private final OneCli validating;
  private final OneCli unchecked;
  private volatile String lastBody;

  SdkLocalVerdicts() {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            lastBody = request.getBody() == null ? "" : request.getBody().string(StandardCharsets.UTF_8);
            String answer =
                request.getMethod().equals("POST")
                    ? "{\"id\":\"00000000-0000-4000-8000-000000000001\",\"name\":\"n\",\"type\":\"generic\",\"valueSource\":\"inline\","
                        + "\"opRef\":null,\"hostPattern\":\"h\",\"pathPattern\":null,\"createdAt\":\"2026-01-01T00:00:00.000Z\","
                        + "\"attachedAgents\":[]}"
                    : "{\"success\":true}";
            int status = request.getMethod().equals("POST") ? 201 : 200;
            return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json").body(answer).build();
          }
        });
    server.setServerSocketFactory(new NoDelayServerSockets());
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String base = server.url("/v1").toString();
    OneCli.Builder b = OneCli.builder().baseUrl(base).apiKey("oc_" + "0".repeat(64)).maxRetries(0);
    validating = b.validation(true).build();
    unchecked = OneCli.builder().baseUrl(base).apiKey("oc_" + "0".repeat(64)).maxRetries(0).validation(false).build();
  }

  /** The SDK's verdict on {@code c}. */
  Verdict verdict(CorpusCase c) {
    if (c.body() == null || !c.body().isObject()) {
      return Verdict.NOT_EXPRESSIBLE;
    }
    ObjectNode body = (ObjectNode) c.body();
    boolean create = c.op().equals("create");
    Runnable send;
    try {
      send = create ? create(body, c.scope(), true) : update(body, c.scope(), true);
    } catch (NotExpressible e) {
      return Verdict.NOT_EXPRESSIBLE;
    } catch (ValidationException e) {
      return Verdict.REFUSED; // the params' build() refused it, whatever the client's validation
    }
    lastBody = null;
    try {
      (create ? create(body, c.scope(), false) : update(body, c.scope(), false)).run();
    } catch (ValidationException e) {
      return Verdict.REFUSED; // refused by a check that does not depend on the validation setting
    }
    if (lastBody == null || !asSent(body).equals(parse(lastBody))) {
      return Verdict.NOT_EXPRESSIBLE;
    }
    try {
      send.run();
      return Verdict.ACCEPTED;
    } catch (ValidationException e) {
      return Verdict.REFUSED;
    }
  }

  /** The input as the SDK sends it when it can express it: name and host pattern trimmed the server's way. */
  private static ObjectNode asSent(ObjectNode body) {
    ObjectNode o = body.deepCopy();
    for (String key : List.of("name", "hostPattern")) {
      if (o.path(key).isTextual()) {
        o.put(key, JsText.trim(o.get(key).textValue()));
      }
    }
    return o;
  }

  private Runnable create(ObjectNode o, String scope, boolean validate) {
    checkKeys(o, CREATE_KEYS, Set.of());
    SecretCreateParams.Builder b = SecretCreateParams.builder();
    fill(o, b);
    if (o.has("type")) {
      b.type(SecretType.of(text(o, "type")));
    }
    SecretCreateParams params = b.build();
    OneCli client = validate ? validating : unchecked;
    return scope.equals("organization") ? () -> client.org().secrets().create(params) : () -> client.secrets().create(params);
  }

  private Runnable update(ObjectNode o, String scope, boolean validate) {
    checkKeys(o, UPDATE_KEYS, Set.of("pathPattern", "injectionConfig"));
    SecretUpdateParams.Builder b = SecretUpdateParams.builder();
    fill(o, b);
    if (o.path("pathPattern").isNull()) {
      b.clearPathPattern();
    }
    if (o.path("injectionConfig").isNull()) {
      b.clearInjection();
    }
    SecretUpdateParams params = b.build();
    OneCli client = validate ? validating : unchecked;
    String id = "00000000-0000-4000-8000-000000000001";
    return scope.equals("organization")
        ? () -> client.org().secrets().update(id, params)
        : () -> client.secrets().update(id, params);
  }

  /**
   * Sets the fields both params builders have, through their same-named setters: {@code opRef}
   * first (through {@code onePassword}, then the value source as sent), nulls left to the caller.
   */
  private static void fill(ObjectNode o, Object builder) {
    if (o.has("opRef")) {
      set(builder, "onePassword", String.class, text(o, "opRef"));
      set(builder, "valueSource", ValueSource.class, null);
    }
    if (o.has("valueSource")) {
      set(builder, "valueSource", ValueSource.class, ValueSource.of(text(o, "valueSource")));
    }
    for (String key : List.of("name", "value", "hostPattern", "pathPattern")) {
      if (o.hasNonNull(key)) {
        set(builder, key, String.class, text(o, key));
      }
    }
    if (o.has("opDisplay")) {
      set(builder, "opDisplay", OnePasswordDisplay.class, display(o.get("opDisplay")));
    }
    if (o.hasNonNull("injectionConfig")) {
      set(builder, "injection", Injection.class, injection(o.get("injectionConfig")));
    }
  }

  private static <T> void set(Object builder, String setter, Class<T> type, T value) {
    try {
      builder.getClass().getMethod(setter, type).invoke(builder, value);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(setter, e);
    }
  }

  private static void checkKeys(ObjectNode o, Set<String> known, Set<String> nullable) {
    for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!known.contains(key) || (o.get(key).isNull() && !nullable.contains(key))) {
        throw new NotExpressible();
      }
    }
  }

  private static String text(ObjectNode o, String key) {
    JsonNode n = o.get(key);
    if (!n.isTextual()) {
      throw new NotExpressible();
    }
    return n.textValue();
  }

  private static OnePasswordDisplay display(JsonNode n) {
    if (!n.isObject()) {
      throw new NotExpressible();
    }
    return convert(n, OnePasswordDisplay.class);
  }

  private static Injection injection(JsonNode n) {
    if (!n.isObject()) {
      throw new NotExpressible();
    }
    return convert(n, Injection.class);
  }

  private static <T> T convert(JsonNode n, Class<T> type) {
    try {
      return Json.mapper().treeToValue(n, type);
    } catch (IOException | IllegalArgumentException e) {
      throw new NotExpressible();
    }
  }

  private static JsonNode parse(String text) {
    try {
      return Json.mapper().readTree(text);
    } catch (IOException e) {
      return null;
    }
  }

  @Override
  public void close() {
    validating.close();
    unchecked.close();
    server.close();
  }

  /** The params cannot carry this input. */
  private static final class NotExpressible extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotExpressible() {
      super(null, null, false, false);
    }
  }
}
