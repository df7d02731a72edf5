package dev.onecli4j.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.onecli4j.generated.onecli.model.AttachedAgent;
import dev.onecli4j.generated.onecli.model.Injection;
import dev.onecli4j.generated.onecli.model.Secret;
import dev.onecli4j.generated.runtime.IsoOffsetDateTimeDeserializer;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opentest4j.AssertionFailedError;

/**
 * Every model reads the same through its one-pass reader as through the path it had before (its
 * builder; {@link BuilderPathMapper}), under three mapper configurations — the SDK's (fast dates,
 * no time-zone adjustment), Jackson's standard java.time module, and the standard one adjusting
 * dates to UTC — on documents with every field, every field null, no field, unknown fields, odd
 * dates, unknown enum values, wrong types, repeated keys and values that are not objects: both
 * fail, or both give objects that are equal, hash, print and write back the same.
 */
class ModelReaderEquivalenceTest {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  static ObjectMapper sdkLike() {
    return new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .registerModule(new SimpleModule().addDeserializer(OffsetDateTime.class, new IsoOffsetDateTimeDeserializer()))
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  }

  static ObjectMapper standard() {
    return new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  }

  static ObjectMapper adjusting() {
    return new ObjectMapper().registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  }

  private static final List<Supplier<ObjectMapper>> CONFIGS =
      List.of(ModelReaderEquivalenceTest::sdkLike, ModelReaderEquivalenceTest::standard, ModelReaderEquivalenceTest::adjusting);
  /** Per configuration: the mapper with the models' readers, and the oracle. Shared: building them is the slow part. */
  private static final List<ObjectMapper> READERS = CONFIGS.stream().map(Supplier::get).toList();
  private static final List<ObjectMapper> ORACLES = CONFIGS.stream().map(c -> BuilderPathMapper.of(c.get())).toList();

  static Stream<Arguments> modelsAndConfigs() throws Exception {
    List<Arguments> out = new ArrayList<>();
    for (Class<?> model : ModelRoundTripTest.models().toArray(Class<?>[]::new)) {
      for (int c = 0; c < CONFIGS.size(); c++) {
        out.add(Arguments.of(model, c));
      }
    }
    return out.stream();
  }

  @ParameterizedTest
  @MethodSource("modelsAndConfigs")
  void readsEveryDocumentAsTheBuilderPathDid(Class<?> model, int config) throws Exception {
    for (String json : documents(model)) {
      assertSameReading(READERS.get(config), ORACLES.get(config), json, model);
    }
  }

  /** Documents for {@code model}: the sample and its variations. */
  static List<String> documents(Class<?> model) throws Exception {
    List<String> docs = new ArrayList<>();
    ObjectNode sample = ModelSamples.sample(model, 0);
    docs.add(sample.toString());
    docs.add("{}");
    docs.add("null");
    docs.add("\"text\"");
    docs.add("42");
    docs.add("[]");
    docs.add("[" + sample + "]");
    docs.add("{\"" + ModelSamples.UNKNOWN_FIELD + "\":null,\"other\":[1,{\"a\":true}]}");
    ObjectNode nulls = F.objectNode();
    Map<String, Type> fields = ModelSamples.fields(model);
    for (String name : fields.keySet()) {
      nulls.putNull(name);
    }
    docs.add(nulls.toString());
    for (Map.Entry<String, Type> field : fields.entrySet()) {
      String name = field.getKey();
      for (JsonNode odd : oddValues(field.getValue())) {
        docs.add(sample.deepCopy().set(name, odd).toString());
      }
      // A repeated key: the last one counts, on both paths.
      String text = sample.toString();
      docs.add(text.substring(0, text.length() - 1) + ",\"" + name + "\":null}");
      ObjectNode without = sample.deepCopy();
      without.remove(name);
      docs.add(without.toString());
    }
    return docs;
  }

  private static List<JsonNode> oddValues(Type type) {
    List<JsonNode> odd = new ArrayList<>();
    odd.add(F.numberNode(12));
    odd.add(F.booleanNode(false));
    odd.add(F.textNode(""));
    odd.add(F.objectNode().put("x", 1));
    odd.add(F.arrayNode().add("solo"));
    if (type == OffsetDateTime.class) {
      for (String date :
          new String[] {
            "2024-05-01T12:34:56Z", "2024-05-01T12:34:56.000Z", "2024-05-01T12:34:56+00:00", "2024-05-01T12:34:56-00:00",
            "2024-05-01T12:34:56.123456789-05:30", "2024-05-01T12:34Z", "2024-05-01T12:34:56+0530", "2024-02-29T00:00:00Z",
            "2023-02-29T00:00:00Z", "2024-04-31T00:00:00Z", "2024-13-01T00:00:00Z", "2024-05-01T24:00:00Z",
            "2024-05-01T12:34:56+18:00", "2024-05-01T12:34:56+18:01", "2024-05-01t12:34:56Z", "2024-05-01T12:34:56.Z",
            "2024-05-01T12:34:56.1234567890Z", "2024-05-01", "not a date", "+2024-05-01T12:34:56Z"
          }) {
        odd.add(F.textNode(date));
      }
      odd.add(F.numberNode(1714566896L));
      odd.add(F.numberNode(1714566896.5));
    }
    if (type instanceof Class && ModelSamples.isOpenEnum((Class<?>) type)) {
      odd.add(F.textNode("a-value-from-the-future"));
    }
    return odd;
  }

  static void assertSameReading(ObjectMapper reader, ObjectMapper oracle, String json, Class<?> model) throws Exception {
    assertSameReading(
        reader, oracle, json.getBytes(StandardCharsets.UTF_8), reader.constructType(model), model.getSimpleName() + " from " + json);
  }

  /** Both fail, or both read the same object (see {@link #assertSameObject}). */
  static void assertSameReading(ObjectMapper reader, ObjectMapper oracle, byte[] json, JavaType type, String where)
      throws Exception {
    Object expected;
    Object actual;
    try {
      expected = oracle.readValue(json, type);
    } catch (Exception e) {
      expected = e;
    }
    try {
      actual = reader.readValue(json, type);
    } catch (Exception e) {
      actual = e;
    }
    if (expected instanceof Exception || actual instanceof Exception) {
      assertEquals(expected instanceof Exception, actual instanceof Exception, where + ": " + expected + " / " + actual);
      return;
    }
    assertSameObject(oracle, expected, actual, where);
  }

  static void assertSameObject(ObjectMapper writer, Object expected, Object actual, String where) throws Exception {
    assertEquals(expected, actual, where);
    if (expected == null) {
      return;
    }
    assertEquals(expected.hashCode(), actual.hashCode(), where);
    assertEquals(expected.toString(), actual.toString(), where);
    assertEquals(writer.writeValueAsString(expected), writer.writeValueAsString(actual), where);
    if (expected instanceof List) {
      for (int i = 0; i < ((List<?>) expected).size(); i++) {
        assertSameObject(writer, ((List<?>) expected).get(i), ((List<?>) actual).get(i), where + " [" + i + "]");
      }
      return;
    }
    if (!expected.getClass().getName().startsWith("dev.onecli4j.generated.")) {
      return;
    }
    for (Method accessor : expected.getClass().getMethods()) {
      if (accessor.getParameterCount() == 0
          && accessor.getDeclaringClass() == expected.getClass()
          && !java.lang.reflect.Modifier.isStatic(accessor.getModifiers())
          && !accessor.getName().equals("newBuilder")) {
        assertEquals(accessor.invoke(expected), accessor.invoke(actual), where + ": " + accessor.getName());
      }
    }
  }

  @Test
  void theComparisonNoticesADifference() throws Exception {
    ObjectMapper reader = sdkLike();
    Object a = reader.readValue("{\"id\":\"s1\",\"createdAt\":\"2024-05-01T12:34:56Z\"}", Secret.class);
    for (String other :
        new String[] {
          "{\"id\":\"s1\",\"createdAt\":\"2024-05-01T12:34:57Z\"}",
          "{\"id\":\"s1\",\"createdAt\":\"2024-05-01T12:34:56Z\",\"x\":1}",
          "{\"id\":\"s1\",\"createdAt\":\"2024-05-01T12:34:56Z\",\"opRef\":null}",
          "{\"id\":\"s1\",\"createdAt\":\"2024-05-01T12:34:56+02:00\"}"
        }) {
      Object b = reader.readValue(other, Secret.class);
      assertThrows(AssertionFailedError.class, () -> assertSameObject(reader, a, b, other));
    }
    // The same instant written another way is another value, as before: OffsetDateTime keeps the offset.
    assertSameObject(reader, a, reader.readValue("{\"createdAt\":\"2024-05-01T12:34:56.000+00:00\",\"id\":\"s1\"}", Secret.class), "");
  }

  @Test
  void theOracleTakesTheBuilderPathAndTheSdkItsReader() throws Exception {
    assertEquals("BuilderBasedDeserializer", rootDeserializer(BuilderPathMapper.of(sdkLike()), Secret.class));
    assertEquals("BeanDeserializer", rootDeserializer(BuilderPathMapper.of(sdkLike()), AttachedAgent.class));
    assertEquals("JsonReader", rootDeserializer(sdkLike(), Secret.class));
    assertEquals("JsonReader", rootDeserializer(sdkLike(), Injection.class));
    assertEquals("JsonReader", rootDeserializer(sdkLike(), AttachedAgent.class));
  }

  private static String rootDeserializer(ObjectMapper mapper, Class<?> type) throws Exception {
    DefaultDeserializationContext ctxt =
        ((DefaultDeserializationContext) mapper.getDeserializationContext())
            .createInstance(mapper.getDeserializationConfig(), mapper.createParser("{}"), null);
    return ctxt.findRootValueDeserializer(mapper.constructType(type)).getClass().getSimpleName();
  }

  @Test
  void attachedAgentsReadAsIdsOrObjectsAsTheirCreatorsDid() throws Exception {
    for (int c = 0; c < CONFIGS.size(); c++) {
      ObjectMapper reader = READERS.get(c);
      ObjectMapper oracle = ORACLES.get(c);
      for (String json :
          new String[] {
            "\"agt_1\"", "{\"id\":\"agt_1\",\"name\":\"Bot\"}", "{\"id\":\"agt_1\"}", "{}", "null", "12", "true",
            "{\"id\":\"agt_1\",\"extra\":1}", "[\"agt_1\"]", "[]", "{\"id\":7}", "{\"id\":{\"x\":1}}", "{\"name\":null}"
          }) {
        assertSameReading(reader, oracle, json, AttachedAgent.class);
      }
      assertNotNull(reader.readValue("\"agt_1\"", AttachedAgent.class));
    }
  }
}
