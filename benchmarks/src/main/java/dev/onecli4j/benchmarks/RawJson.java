package dev.onecli4j.benchmarks;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The mapper a careful hand-written client would configure: the same settings as the SDK's
 * {@code dev.onecli4j.internal.http.Json.create()} as it stood before any SDK-specific tuning — stream
 * limits, Jackson's standard {@link JavaTimeModule}, unknown fields ignored, no time-zone
 * adjustment, ISO dates on output. {@link #plain()} is the same without java.time support: what
 * a client that keeps dates as strings configures.
 */
public final class RawJson {
  private RawJson() {}

  /** A new mapper with the standard java.time support. */
  public static ObjectMapper create() {
    ObjectMapper mapper = plain();
    mapper.registerModule(new JavaTimeModule());
    mapper.disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    return mapper;
  }

  /** A new mapper with the same limits and unknown fields ignored, without java.time support. */
  public static ObjectMapper plain() {
    ObjectMapper mapper = new ObjectMapper();
    mapper
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(200)
                .maxStringLength(16 * 1024 * 1024)
                .maxNumberLength(1000)
                .build())
        .setStreamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(200).build());
    mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    mapper.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    return mapper;
  }
}
