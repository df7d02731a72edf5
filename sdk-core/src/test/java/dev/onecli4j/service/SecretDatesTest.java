package dev.onecli4j.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.onecli4j.OneCli;
import dev.onecli4j.error.InvalidResponseException;
import dev.onecli4j.generated.onecli.model.Secret;
import dev.onecli4j.generated.onecli.model.SecretCreated;
import dev.onecli4j.internal.http.Json;
import dev.onecli4j.testing.TestServer;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Dates in answers: a date in the form servers write is kept as its text and parsed when first
 * asked for, to the value the standard reading gives; any date that does not parse fails the call
 * itself with {@link InvalidResponseException}, as before, never a later {@code createdAt()}.
 */
class SecretDatesTest {
  /** Jackson's standard reading of dates, as a hand-written client configures it. */
  private static final ObjectMapper STANDARD =
      new ObjectMapper().registerModule(new JavaTimeModule()).disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

  private final TestServer server = new TestServer();
  private final OneCli client = server.oneCli();

  @AfterEach
  void close() {
    server.close();
  }

  private static String list(String createdAt) {
    return "[{\"id\":\"s1\",\"name\":\"A\",\"type\":\"generic\",\"createdAt\":" + createdAt + "}]";
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"2026-03-04T05:06:07.890Z\"", "\"2026-03-04T05:06:07Z\"", "\"2026-03-04T05:06:07.123456789+05:30\"",
        "\"2024-02-29T23:59:59-08:00\"", "\"2026-03-04T05:06Z\"", "\"2026-03-04T05:06:07.890+0000\"", "1772600767", "\"\"", "null"
      })
  void aDateReadsAsTheStandardReadingReadsIt(String createdAt) throws Exception {
    server.json(200, list(createdAt));
    Secret secret = client.secrets().list().get(0);
    OffsetDateTime expected = STANDARD.readValue(createdAt, OffsetDateTime.class);
    assertEquals(expected, secret.createdAt());
    assertSame(secret.createdAt(), secret.createdAt(), "parsed once");
    Secret built = secret.newBuilder().build();
    assertEquals(built, secret);
    assertEquals(built.hashCode(), secret.hashCode());
    assertEquals(built.toString(), secret.toString());
    assertEquals(Json.mapper().writeValueAsString(built), Json.mapper().writeValueAsString(secret));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"2026-02-30T05:06:07Z\"", "\"2026-13-04T05:06:07Z\"", "\"2026-03-04T24:06:07Z\"", "\"2026-03-04T05:06:07+19:00\"",
        "\"yesterday\"", "{\"at\":1}", "[1,2]", "true"
      })
  void anUnparseableDateFailsTheCall(String createdAt) {
    server.json(200, list(createdAt));
    InvalidResponseException e = assertThrows(InvalidResponseException.class, () -> client.secrets().list());
    assertEquals(200, e.status());
    assertFalse(e.getMessage().contains("2026"), e.getMessage());
  }

  @Test
  void anUnparseableDateInACreateAnswerFailsTheCallToo() {
    server.json(201, SecretsServiceTest.CREATED.replace("2026-03-04T05:06:07.890Z", "2026-04-31T05:06:07.890Z"));
    assertThrows(InvalidResponseException.class, () -> client.secrets().create(SecretsServiceTest.stripe()));
  }

  @Test
  void aDateFromTheBuilderIsKeptAsGiven() {
    OffsetDateTime at = OffsetDateTime.parse("2026-03-04T05:06:07.890+01:00");
    Secret secret = Secret.builder().id("s1").createdAt(at).build();
    assertSame(at, secret.createdAt());
    server.json(201, SecretsServiceTest.CREATED);
    SecretCreated created = client.secrets().create(SecretsServiceTest.stripe());
    assertEquals(OffsetDateTime.parse("2026-03-04T05:06:07.890Z"), created.createdAt());
    assertEquals(List.of(), created.attachedAgents());
  }
}
