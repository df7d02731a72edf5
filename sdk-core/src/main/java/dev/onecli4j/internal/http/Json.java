package dev.onecli4j.internal.http;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.onecli4j.generated.runtime.IsoOffsetDateTimeDeserializer;
import java.time.OffsetDateTime;

/** The SDK's own Jackson configuration; the application's global mapper is never touched. */
public final class Json {
  /** Deepest JSON nesting the SDK reads. */
  public static final int MAX_NESTING_DEPTH = 200;
  /** Longest JSON string the SDK reads, in characters. */
  public static final int MAX_STRING_LENGTH = 16 * 1024 * 1024;

  private static final ObjectMapper MAPPER = create();

  private Json() {}

  /** The shared, configured mapper. Do not reconfigure it. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * The module that reads {@code OffsetDateTime} in its common ISO-8601 forms by hand and leaves
   * every other form to {@code JavaTimeModule}'s deserializer.
   */
  static SimpleModule fastDates() {
    SimpleModule module = new SimpleModule("onecli4j-fast-dates");
    module.addDeserializer(OffsetDateTime.class, new IsoOffsetDateTimeDeserializer());
    return module;
  }

  /** A new mapper with the SDK's configuration. */
  public static ObjectMapper create() {
    ObjectMapper mapper = new ObjectMapper();
    mapper
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNumberLength(1000)
                .build())
        .setStreamWriteConstraints(
            StreamWriteConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build());
    // JavaTimeModule, set up on the first look-up of a java.time type: the models keep their
    // date-times as text, so a client may make its first calls without it.
    mapper.registerModule(new DeferredJavaTimeModule());
    // Registered after it, so it takes precedence for OffsetDateTime.
    mapper.registerModule(fastDates());
    mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    mapper.disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    mapper.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    return mapper;
  }
}
