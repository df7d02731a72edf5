package dev.onecli4j.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.onecli4j.generated.onecli.model.Secret;
import dev.onecli4j.generated.onecli.model.SecretCreateRequest;
import dev.onecli4j.generated.onecli.model.SecretType;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The SDK's mapper sets up jsr310 on the first {@code java.time} look-up, and then reads and writes
 * every {@code java.time} type exactly as with {@link JavaTimeModule} registered up front.
 */
class DeferredJavaTimeModuleTest {
  static final class Dated {
    @JsonProperty("day")
    @JsonFormat(pattern = "dd.MM.yyyy")
    LocalDate day;

    @JsonProperty("at")
    Instant at;

    @JsonProperty("byDay")
    Map<LocalDate, Duration> byDay;

    @JsonProperty("month")
    Month month;
  }

  private static ObjectMapper configured(Module javaTime) {
    return new ObjectMapper()
        .registerModule(javaTime)
        .registerModule(Json.fastDates())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  }

  @Test
  void everyJavaTimeTypeReadsAndWritesAsWithTheModuleRegisteredUpFront() throws Exception {
    Object[] values = {
      Instant.parse("2025-06-01T12:34:56.789Z"), OffsetDateTime.parse("2025-06-01T12:34:56.789+05:30"),
      ZonedDateTime.parse("2025-06-01T12:34:56.789+02:00[Europe/Paris]"), LocalDateTime.parse("2025-06-01T12:34:56"),
      LocalDate.parse("2025-06-01"), LocalTime.parse("12:34:56.789"), OffsetTime.parse("12:34:56+01:00"),
      Year.of(2025), YearMonth.of(2025, 6), MonthDay.of(6, 1), Duration.ofSeconds(90, 5), Period.of(1, 2, 3),
      ZoneId.of("Europe/Paris"), ZoneOffset.ofHours(-5), Month.JUNE, DayOfWeek.MONDAY
    };
    ObjectMapper eager = configured(new JavaTimeModule());
    ObjectMapper deferred = configured(new DeferredJavaTimeModule());
    for (Object value : values) {
      for (boolean timestamps : new boolean[] {false, true}) {
        String written = eager.writer().with(timestamps ? SerializationFeature.WRITE_DATES_AS_TIMESTAMPS : SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
        assertEquals(
            written,
            deferred.writer().with(timestamps ? SerializationFeature.WRITE_DATES_AS_TIMESTAMPS : SerializationFeature.INDENT_OUTPUT).writeValueAsString(value),
            value.getClass().getSimpleName());
        assertSameReading(eager, deferred, written, eager.constructType(value.getClass()));
      }
      assertSameReading(eager, deferred, "[" + eager.writeValueAsString(value) + "]",
          eager.getTypeFactory().constructCollectionType(List.class, value.getClass()));
    }
    for (String json : new String[] {"\"2025-06-01T12:34Z\"", "1748781296", "1748781296.5", "\"nope\"", "\"\"", "null", "[]"}) {
      for (Class<?> type : new Class<?>[] {OffsetDateTime.class, Instant.class, LocalDate.class, ZonedDateTime.class}) {
        assertSameReading(eager, deferred, json, eager.constructType(type));
      }
    }
    ObjectMapper offsetFirst = configured(new DeferredJavaTimeModule());
    assertEquals(
        eager.readValue("\"2025-06-01T12:34:56+02:00\"", OffsetDateTime.class),
        offsetFirst.readValue("\"2025-06-01T12:34:56+02:00\"", OffsetDateTime.class));
    assertEquals(eager.readValue("\"JUNE\"", Month.class), offsetFirst.readValue("\"JUNE\"", Month.class));
    assertEquals(eager.writeValueAsString(Month.MAY), offsetFirst.writeValueAsString(Month.MAY));
    String dated = "{\"day\":\"01.06.2025\",\"at\":\"2025-06-01T12:34:56Z\",\"byDay\":{\"2025-06-01\":\"PT1H\"},\"month\":\"JUNE\"}";
    assertSameReading(eager, deferred, dated, eager.constructType(Dated.class));
    assertEquals(eager.writeValueAsString(eager.readValue(dated, Dated.class)), deferred.writeValueAsString(deferred.readValue(dated, Dated.class)));
    JavaType optional = eager.getTypeFactory().constructType(new TypeReference<Map<String, Optional<LocalDate>>>() {});
    assertSameReading(eager, deferred, "{\"a\":\"2025-06-01\"}", optional);
  }

  private static void assertSameReading(ObjectMapper eager, ObjectMapper deferred, String json, JavaType type) {
    Object expected;
    Object actual;
    try {
      expected = String.valueOf(eager.readValue(json, type));
    } catch (Exception e) {
      expected = e.getClass();
    }
    try {
      actual = String.valueOf(deferred.readValue(json, type));
    } catch (Exception e) {
      actual = e.getClass();
    }
    assertEquals(expected, actual, json + " as " + type);
  }

  @Test
  void theModuleIsSetUpOnlyWhenAJavaTimeTypeIsLookedUp() throws Exception {
    DeferredJavaTimeModule module = new DeferredJavaTimeModule();
    ObjectMapper mapper = configured(module);
    List<Secret> secrets =
        mapper.readValue(
            "[{\"id\":\"s1\",\"type\":\"generic\",\"metadata\":{\"a\":[1]},\"createdAt\":\"2025-06-01T12:34:56.789Z\"}]",
            new TypeReference<List<Secret>>() {});
    mapper.writeValueAsString(SecretCreateRequest.builder().name("n").type(SecretType.GENERIC).value("v").build());
    mapper.readTree("{\"x\":[1,2,{\"y\":null}]}");
    assertFalse(module.isSetUp(), "no java.time type looked up yet");
    assertEquals(OffsetDateTime.parse("2025-06-01T12:34:56.789Z"), secrets.get(0).createdAt());
    mapper.writeValueAsString(secrets.get(0));
    assertTrue(module.isSetUp(), "writing a date looks up its serializer");
    assertEquals(LocalDate.of(2025, 6, 1), configured(new DeferredJavaTimeModule()).readValue("\"2025-06-01\"", LocalDate.class));
  }

  @Test
  void registeringJavaTimeModuleAgainIsIgnoredAsBefore() throws Exception {
    assertEquals(new JavaTimeModule().getTypeId(), DeferredJavaTimeModule.TYPE_ID);
    ObjectMapper sdk = Json.create();
    assertTrue(sdk.getRegisteredModuleIds().contains(DeferredJavaTimeModule.TYPE_ID));
    int modules = sdk.getRegisteredModuleIds().size();
    sdk.registerModule(new JavaTimeModule());
    assertEquals(modules, sdk.getRegisteredModuleIds().size());
    assertInstanceOf(
        dev.onecli4j.generated.runtime.IsoOffsetDateTimeDeserializer.class,
        ((com.fasterxml.jackson.databind.deser.DefaultDeserializationContext) sdk.getDeserializationContext())
            .createInstance(sdk.getDeserializationConfig(), sdk.createParser("\"x\""), null)
            .findRootValueDeserializer(sdk.constructType(OffsetDateTime.class)));
  }

  @Test
  void aRegistrationThatCannotBeDeferredIsRefused() {
    Module mixesIn =
        new Module() {
          @Override
          public String getModuleName() {
            return "mixes-in";
          }

          @Override
          public Version version() {
            return Version.unknownVersion();
          }

          @Override
          public void setupModule(SetupContext context) {
            context.setMixInAnnotations(LocalDate.class, Object.class);
          }
        };
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> JavaTimeRegistrations.of(mixesIn));
    assertTrue(e.getMessage().contains("setMixInAnnotations"), e.getMessage());
    JavaTimeRegistrations real = JavaTimeRegistrations.of(new JavaTimeModule());
    assertFalse(real.deserializers.isEmpty());
    assertFalse(real.serializers.isEmpty());
    assertFalse(real.keyDeserializers.isEmpty());
  }
}
