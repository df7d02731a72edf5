package dev.onecli4j.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.onecli4j.generated.onecli.model.Secret;
import dev.onecli4j.generated.runtime.IsoDateTimes;
import dev.onecli4j.generated.runtime.IsoOffsetDateTimeDeserializer;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoOffsetDateTimeDeserializerTest {
  /** Jackson's standard reading: the reference every answer must equal. */
  private static final ObjectMapper STANDARD =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
  private static final ObjectMapper SDK = Json.create();

  @Test
  void theSdkMapperUsesTheFastDeserializer() throws Exception {
    DefaultDeserializationContext ctxt =
        ((DefaultDeserializationContext) SDK.getDeserializationContext())
            .createInstance(SDK.getDeserializationConfig(), SDK.createParser("\"x\""), null);
    JsonDeserializer<Object> deserializer = ctxt.findRootValueDeserializer(SDK.constructType(OffsetDateTime.class));
    assertInstanceOf(IsoOffsetDateTimeDeserializer.class, deserializer);
  }

  /** Forms the fast path reads itself; each must give exactly what the standard path gives. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "2025-06-01T12:34:56Z",
        "2025-06-01T12:34:56.7Z",
        "2025-06-01T12:34:56.78Z",
        "2025-06-01T12:34:56.789Z",
        "2025-06-01T12:34:56.7891Z",
        "2025-06-01T12:34:56.78912Z",
        "2025-06-01T12:34:56.789123Z",
        "2025-06-01T12:34:56.7891234Z",
        "2025-06-01T12:34:56.78912345Z",
        "2025-06-01T12:34:56.789123456Z",
        "2025-06-01T12:34:56.000Z",
        "2025-06-01T12:34:56+00:00",
        "2025-06-01T12:34:56-00:00",
        "2025-06-01T12:34:56.123+02:00",
        "2025-06-01T12:34:56.123-05:00",
        "2025-06-01T12:34:56.123456+05:30",
        "2025-06-01T12:34:56+05:45",
        "2025-06-01T12:34:56-03:30",
        "2025-06-01T12:34:56+14:00",
        "2025-06-01T12:34:56-12:00",
        "2025-06-01T12:34:56+18:00",
        "2025-06-01T12:34:56-18:00",
        "2024-02-29T23:59:59.999999999Z",
        "2000-01-01T00:00:00Z",
        "1970-01-01T00:00:00Z",
        "0001-01-01T00:00:00Z",
        "0000-01-01T00:00:00Z",
        "9999-12-31T23:59:59.999999999+18:00",
        "1999-12-31T23:59:59-18:00",
      })
  void commonFormsAreReadByHandAndEqualTheStandard(String text) throws Exception {
    OffsetDateTime fast = IsoDateTimes.parse(text);
    assertNotNull(fast, "the fast path should read " + text);
    OffsetDateTime standard = STANDARD.readValue(quote(text), OffsetDateTime.class);
    assertEquals(standard, fast);
    assertEquals(standard.getOffset(), fast.getOffset());
    assertEquals(standard, SDK.readValue(quote(text), OffsetDateTime.class));
  }

  /** Forms the fast path declines; the standard path reads them (or refuses them) as before. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "2025-06-01t12:34:56z",
        "2025-06-01T12:34:56z",
        "2025-06-01t12:34:56Z",
        "2025-06-01T12:34Z",
        "2025-06-01T12:34+01:00",
        "2025-06-01T12:34:56+01:00:30",
        "2025-06-01T12:34:56.1234567891Z",
        "2025-06-01T12:34:56.Z",
        "2025-06-01T12:34:56",
        "2025-06-01T12:34:56.123",
        "2025-06-01T12:34:56+0100",
        "2025-06-01T12:34:56+01",
        "2025-06-01 12:34:56Z",
        " 2025-06-01T12:34:56Z",
        "2025-06-01T12:34:56Z ",
        "+12025-06-01T12:34:56Z",
        "-0001-06-01T12:34:56Z",
        "2025-06-01T12:34:56+19:00",
        "2025-06-01T12:34:56+18:01",
        "2025-02-30T12:34:56Z",
        "2023-02-29T12:34:56Z",
        "2025-13-01T12:34:56Z",
        "2025-00-01T12:34:56Z",
        "2025-06-00T12:34:56Z",
        "2025-06-01T24:00:00Z",
        "2025-06-01T12:60:00Z",
        "2025-06-01T12:34:60Z",
        "2025-06-01T12:34:56+01:60",
        "2025-6-01T12:34:56Z",
        "2025-06-01T12:34:5xZ",
        "2025\u0660-06-01T12:34:56Z",
        "",
        "yesterday",
      })
  void otherFormsFallBackToTheStandardPath(String text) {
    assertNull(IsoDateTimes.parse(text), text);
    assertSameOutcome(quote(text));
  }

  @Test
  void numbersNullsAndTextInsideLargerDocumentsBehaveAsTheStandard() throws Exception {
    assertSameOutcome("1717245296");
    assertSameOutcome("1717245296.789");
    assertSameOutcome("null");
    assertSameOutcome("true");
    assertSameOutcome("[\"2025-06-01T12:34:56Z\"]");
    assertNull(SDK.readValue("null", OffsetDateTime.class));
    assertEquals(
        List.of(OffsetDateTime.of(2025, 6, 1, 12, 34, 56, 500_000_000, ZoneOffset.ofHours(1))),
        SDK.readValue("[\"2025-06-01T12:34:56.5+01:00\"]", new TypeReference<List<OffsetDateTime>>() {}));
  }

  @Test
  void randomInstantsInEveryOffsetRoundTripLikeTheStandard() throws Exception {
    Random random = new Random(42);
    for (int i = 0; i < 5_000; i++) {
      // Years 0001 to 9999.
      long seconds = Math.floorMod(random.nextLong(), 253_402_300_799L + 62_135_596_800L) - 62_135_596_800L;
      int nanos = random.nextInt(1_000_000_000);
      if (random.nextBoolean()) {
        nanos = nanos / 1_000_000 * 1_000_000;
      }
      ZoneOffset offset = ZoneOffset.ofTotalSeconds((random.nextInt(37) - 18) * 1800);
      String text = OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(seconds, nanos), offset).toString();
      String json = quote(text);
      OffsetDateTime standard = STANDARD.readValue(json, OffsetDateTime.class);
      OffsetDateTime sdk = SDK.readValue(json, OffsetDateTime.class);
      assertEquals(standard, sdk, text);
    }
  }

  @Test
  void aListOfSecretsReadsTheSameAsWithTheStandardModule() throws Exception {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < 50; i++) {
      json.append(i == 0 ? "" : ",")
          .append("{\"id\":\"s")
          .append(i)
          .append("\",\"name\":\"n\",\"type\":\"generic\",\"scope\":\"workspace\",\"opRef\":null,")
          .append("\"injectionConfig\":{\"headerName\":\"Authorization\"},\"createdAt\":\"")
          .append(String.format("2025-%02d-%02dT%02d:%02d:%02d.%03d%s", 1 + i % 12, 1 + i % 28, i % 24, i % 60, i % 60, i, i % 3 == 0 ? "Z" : i % 3 == 1 ? "+02:00" : "-05:30"))
          .append("\"}");
    }
    json.append(']');
    TypeReference<List<Secret>> type = new TypeReference<List<Secret>>() {};
    ObjectMapper standardLikeSdk =
        new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    List<Secret> expected = standardLikeSdk.readValue(json.toString(), type);
    assertEquals(50, expected.size());
    assertEquals(expected, Json.mapper().readValue(json.toString(), type));
  }

  @Test
  void adjustingToTheContextTimeZoneIsLeftToTheStandardPath() throws Exception {
    ObjectMapper adjusting =
        new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(Json.fastDates())
            .enable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    ObjectMapper standardAdjusting =
        new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    String json = quote("2025-06-01T12:34:56.789+05:30");
    OffsetDateTime value = adjusting.readValue(json, OffsetDateTime.class);
    assertEquals(standardAdjusting.readValue(json, OffsetDateTime.class), value);
    assertEquals(ZoneOffset.UTC, value.getOffset());
  }

  static final class Formatted {
    @JsonProperty("at")
    @JsonFormat(pattern = "dd.MM.yyyy HH:mm xxx")
    OffsetDateTime at;

    @JsonProperty("plain")
    OffsetDateTime plain;
  }

  @Test
  void aPropertyWithItsOwnFormatIsReadByTheStandardPath() throws Exception {
    Formatted f = SDK.readValue("{\"at\":\"01.06.2025 12:34 +02:00\",\"plain\":\"2025-06-01T12:34:56Z\"}", Formatted.class);
    assertEquals(OffsetDateTime.of(2025, 6, 1, 12, 34, 0, 0, ZoneOffset.ofHours(2)), f.at);
    assertEquals(OffsetDateTime.of(2025, 6, 1, 12, 34, 56, 0, ZoneOffset.UTC), f.plain);
  }

  @Test
  void beanPropertiesUseTheFastPathUnlessTheyHaveTheirOwnFormat() throws Exception {
    DefaultDeserializationContext ctxt =
        ((DefaultDeserializationContext) SDK.getDeserializationContext())
            .createInstance(SDK.getDeserializationConfig(), SDK.createParser("{}"), null);
    BeanDeserializerBase bean =
        (BeanDeserializerBase) ctxt.findRootValueDeserializer(SDK.constructType(Formatted.class));
    assertTrue((Object) bean.findProperty("plain").getValueDeserializer() instanceof IsoOffsetDateTimeDeserializer);
    assertFalse((Object) bean.findProperty("at").getValueDeserializer() instanceof IsoOffsetDateTimeDeserializer);
  }

  @Test
  void anInvalidDateFailsAsTheStandardPathFails() {
    InvalidFormatException e =
        assertThrows(InvalidFormatException.class, () -> SDK.readValue(quote("2025-02-30T12:34:56Z"), OffsetDateTime.class));
    assertEquals(OffsetDateTime.class, e.getTargetType());
  }

  private static void assertSameOutcome(String json) {
    Object standard;
    Object sdk;
    try {
      standard = STANDARD.readValue(json, OffsetDateTime.class);
    } catch (Exception e) {
      standard = e.getClass();
    }
    try {
      sdk = SDK.readValue(json, OffsetDateTime.class);
    } catch (Exception e) {
      sdk = e.getClass();
    }
    assertEquals(standard, sdk, json);
  }

  private static String quote(String text) {
    return "\"" + text + "\"";
  }
}
