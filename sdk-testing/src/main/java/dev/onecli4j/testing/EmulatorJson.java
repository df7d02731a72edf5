package dev.onecli4j.testing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The emulator's own Jackson mapper: dates as ISO strings, unknown fields ignored. */
final class EmulatorJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
  private static final DateTimeFormatter ISO_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");

  private EmulatorJson() {}

  /** The shared mapper; not reconfigured after creation. */
  static ObjectMapper mapper() {
    return MAPPER;
  }

  /** A new empty JSON object. */
  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** A new empty JSON array. */
  static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  /** A timestamp as the server writes it: UTC, always with milliseconds, e.g. {@code 2026-12-06T12:34:11.031Z}. */
  static String time(OffsetDateTime t) {
    return t.withOffsetSameInstant(ZoneOffset.UTC).format(ISO_MILLIS);
  }
}
