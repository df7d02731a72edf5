package dev.onecli4j.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Sample JSON of every generated model survives model and back, unknown fields included. */
class ModelRoundTripTest {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  private static final Set<String> SENSITIVE =
      Set.of("value", "token", "accesstoken", "apikey", "key", "secret", "cloudapikey", "password");
  /** Fields with a credential-like name that hold no credential (match text, display labels). */
  private static final Set<String> NOT_CREDENTIALS = Set.of("RuleCondition.value", "RuleCondition.key", "ApprovalDetail.value");

  static Stream<Class<?>> models() throws Exception {
    List<Class<?>> all = new ArrayList<>();
    all.addAll(GeneratedClasses.inPackage("dev.onecli4j.generated.onecli.model"));
    all.addAll(GeneratedClasses.inPackage("dev.onecli4j.generated.usersecrets.model"));
    return all.stream().filter(ModelSamples::isModel);
  }

  @ParameterizedTest
  @MethodSource("models")
  void sampleJsonRoundTripsWithEveryField(Class<?> model) throws Exception {
    ObjectNode sample = ModelSamples.sample(model, 0);
    Object parsed = MAPPER.treeToValue(sample, model);
    JsonNode written = MAPPER.valueToTree(parsed);
    assertEquals(normalized(sample), normalized(written), model.getSimpleName());
    assertEquals(parsed, MAPPER.treeToValue(written, model), "equals after a second trip");
    assertEquals(parsed.hashCode(), MAPPER.treeToValue(written, model).hashCode());
  }

  @ParameterizedTest
  @MethodSource("models")
  void credentialFieldsNeverShowInToString(Class<?> model) throws Exception {
    ObjectNode sample = ModelSamples.sample(model, 0);
    List<String> canaries = new ArrayList<>();
    for (Map.Entry<String, java.lang.reflect.Type> f : ModelSamples.fields(model).entrySet()) {
      if (SENSITIVE.contains(f.getKey().toLowerCase(java.util.Locale.ROOT))
          && f.getValue() == String.class
          && !NOT_CREDENTIALS.contains(model.getSimpleName() + "." + f.getKey())) {
        String canary = "CANARY-" + f.getKey() + "-7f3a9b";
        sample.put(f.getKey(), canary);
        canaries.add(canary);
      }
    }
    String text = MAPPER.treeToValue(sample, model).toString();
    for (String canary : canaries) {
      assertFalse(text.contains(canary), model.getSimpleName() + " prints " + canary + ": " + text);
    }
  }

  @org.junit.jupiter.api.Test
  void theComparisonNoticesALostField() throws Exception {
    ObjectNode a = MAPPER.createObjectNode().put("x", 1).put("when", ModelSamples.DATE_TIME);
    ObjectNode b = a.deepCopy();
    b.remove("x");
    assertNotEquals(normalized(a), normalized(b));
    ObjectNode c = a.deepCopy().put("when", "2024-05-01T10:34:56.789Z");
    assertEquals(normalized(a), normalized(c), "the same instant in another offset is equal");
    assertTrue(models().count() > 20);
  }

  /** Date-time strings become instants, so that an offset change keeps equality of the instant. */
  static JsonNode normalized(JsonNode node) {
    if (node.isTextual()) {
      try {
        return TextNode.valueOf(OffsetDateTime.parse(node.asText()).toInstant().toString());
      } catch (java.time.format.DateTimeParseException e) {
        return node;
      }
    }
    if (node.isObject()) {
      ObjectNode copy = MAPPER.createObjectNode();
      Iterator<Map.Entry<String, JsonNode>> it = node.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        copy.set(e.getKey(), normalized(e.getValue()));
      }
      return copy;
    }
    if (node.isArray()) {
      com.fasterxml.jackson.databind.node.ArrayNode copy = MAPPER.createArrayNode();
      node.forEach(n -> copy.add(normalized(n)));
      return copy;
    }
    return node;
  }
}
