package dev.onecli4j.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ApiExceptionsTest {
  private static final ErrorBody NOT_FOUND = new ErrorBody("not_found_error", "Secret not found", null, "{}");

  static Stream<Arguments> mappedStatuses() {
    return Stream.of(
        Arguments.of(400, BadRequestException.class),
        Arguments.of(401, AuthenticationException.class),
        Arguments.of(403, PermissionDeniedException.class),
        Arguments.of(404, NotFoundException.class),
        Arguments.of(409, ConflictException.class),
        Arguments.of(410, GoneException.class),
        Arguments.of(422, UnprocessableEntityException.class),
        Arguments.of(426, UpgradeRequiredException.class),
        Arguments.of(429, RateLimitException.class),
        Arguments.of(500, InternalServerException.class),
        Arguments.of(502, BadGatewayException.class),
        Arguments.of(503, ServiceUnavailableException.class),
        Arguments.of(504, GatewayTimeoutException.class));
  }

  @ParameterizedTest
  @MethodSource("mappedStatuses")
  void eachStatusHasItsClass(int status, Class<? extends ApiException> type) {
    ApiException e = ApiExceptions.create(status, Map.of(), NOT_FOUND, null);
    assertEquals(type, e.getClass());
    assertEquals(status, e.status());
    assertInstanceOf(OneCliException.class, e);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 0, 100, 101, 200, 201, 204, 301, 304, 307, 402, 405, 408, 412, 413, 418, 451, 501, 505, 511, 599, 600, 999})
  void otherStatusesAreUnexpected(int status) {
    ApiException e = ApiExceptions.create(status, null, null, null);
    assertEquals(UnexpectedStatusException.class, e.getClass());
    assertEquals(status, e.status());
  }

  @Test
  void rateLimitCarriesRetryAfter() {
    RateLimitException e = (RateLimitException) ApiExceptions.create(429, Map.of(), null, Duration.ofMillis(1500));
    assertEquals(Optional.of(Duration.ofMillis(1500)), e.retryAfter());
    assertEquals(Optional.empty(), ((RateLimitException) ApiExceptions.create(429, null, null, null)).retryAfter());
  }

  @Test
  void retryAfterIsIgnoredForOtherStatuses() {
    assertEquals(ServiceUnavailableException.class, ApiExceptions.create(503, null, null, Duration.ofSeconds(3)).getClass());
  }

  @Test
  void messageWithTypeAndRequestId() {
    ApiException e = ApiExceptions.create(404, Map.of("X-Request-Id", List.of("req_123")), NOT_FOUND, null);
    assertEquals("404 not_found_error: Secret not found (request id req_123)", e.getMessage());
    assertEquals("dev.onecli4j.error.NotFoundException: 404 not_found_error: Secret not found (request id req_123)", e.toString());
    assertEquals("not_found_error", e.errorType());
    assertEquals("Secret not found", e.errorMessage());
    assertEquals("req_123", e.requestId());
    assertEquals("{}", e.bodyExcerpt());
  }

  @Test
  void messageWithoutTypeOrRequestId() {
    ApiException e = ApiExceptions.create(400, Map.of(), new ErrorBody(null, "Secret value is required", null, null), null);
    assertEquals("400: Secret value is required", e.getMessage());
    assertNull(e.errorType());
    assertNull(e.requestId());
  }

  @Test
  void messageListsFieldErrors() {
    ErrorBody body =
        new ErrorBody(
            "validation_error",
            "Validation failed",
            List.of(
                new FieldError(List.of("body", "name"), "must not be blank", "blank"),
                new FieldError(List.of("body", "items", 2, "value"), "too long", null),
                new FieldError(List.of(), "no location", null)),
            "");
    ApiException e = ApiExceptions.create(422, null, body, null);
    assertEquals(
        "422 validation_error: Validation failed; name: must not be blank; items.2.value: too long; no location",
        e.getMessage());
    assertEquals(body.fieldErrors(), e.fieldErrors());
  }

  @Test
  void requestIdComesBeforeFieldErrors() {
    ErrorBody body = new ErrorBody(null, "Invalid", List.of(new FieldError(List.of("name"), "required", null)), "");
    ApiException e = ApiExceptions.create(400, Map.of("request-id", List.of("abc")), body, null);
    assertEquals("400: Invalid (request id abc); name: required", e.getMessage());
  }

  @Test
  void manyFieldErrorsAreListedUpToTen() {
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      errors.add(new FieldError(List.of("f" + i), "bad", null));
    }
    String message = ApiExceptions.create(422, null, new ErrorBody(null, "Invalid", errors, ""), null).getMessage();
    assertTrue(message.contains("; f9: bad; and 15 more"), message);
    assertTrue(!message.contains("f10"), message);
    assertEquals(25, ApiExceptions.create(422, null, new ErrorBody(null, "Invalid", errors, ""), null).fieldErrors().size());
  }

  @Test
  void nullBodyAndHeadersAreTolerated() {
    ApiException e = ApiExceptions.create(503, null, null, null);
    assertEquals("503: Service Unavailable", e.getMessage());
    assertNull(e.errorMessage());
    assertNull(e.errorType());
    assertEquals(List.of(), e.fieldErrors());
    assertEquals(Map.of(), e.headers());
    assertEquals("", e.bodyExcerpt());
    assertNull(e.requestId());
  }

  @Test
  void blankMessageUsesTheReasonPhraseAndMultiLineTextBecomesOneLine() {
    assertEquals("502: Bad Gateway", ApiExceptions.create(502, null, new ErrorBody(" ", "  ", null, null), null).getMessage());
    ApiException e = ApiExceptions.create(500, null, new ErrorBody("api\nerror", "first\r\nsecond", null, null), null);
    assertEquals("500 api error: first  second", e.getMessage());
  }

  @Test
  void headersAreCaseInsensitiveAndUnmodifiable() {
    Map<String, List<String>> raw = new HashMap<>();
    raw.put("Content-Type", List.of("application/json"));
    raw.put("x-request-id", Arrays.asList(null, " ", " req_9 "));
    raw.put(null, List.of("HTTP/1.1 404 Not Found"));
    raw.put("X-Empty", null);
    ApiException e = ApiExceptions.create(404, raw, null, null);
    assertEquals(List.of("application/json"), e.headers().get("content-type"));
    assertEquals(List.of("application/json"), e.headers().get("CONTENT-TYPE"));
    assertEquals(List.of(" ", " req_9 "), e.headers().get("X-Request-ID"));
    assertEquals(List.of(), e.headers().get("x-empty"));
    assertEquals(3, e.headers().size());
    assertEquals("req_9", e.requestId());
    assertThrows(UnsupportedOperationException.class, () -> e.headers().put("a", List.of()));
    assertThrows(UnsupportedOperationException.class, () -> e.headers().get("Content-Type").add("x"));
    raw.put("Later", List.of("added"));
    assertNull(e.headers().get("Later"));
  }

  @Test
  void headersDifferingOnlyInCaseAreMerged() {
    Map<String, List<String>> raw = new HashMap<>();
    raw.put("Set-Thing", List.of("a"));
    raw.put("set-thing", List.of("b"));
    List<String> merged = ApiExceptions.create(400, raw, null, null).headers().get("SET-THING");
    assertEquals(2, merged.size());
    assertTrue(merged.containsAll(List.of("a", "b")));
  }

  @Test
  void requestIdPrefersXRequestIdAndIsBounded() {
    Map<String, List<String>> both = Map.of("Request-Id", List.of("second"), "X-Request-Id", List.of("first"));
    assertEquals("first", ApiExceptions.create(400, both, null, null).requestId());
    assertEquals("second", ApiExceptions.create(400, Map.of("Request-Id", List.of("second")), null, null).requestId());
    assertNull(ApiExceptions.create(400, Map.of("CF-Ray", List.of("8a1b")), null, null).requestId());
    assertEquals(200, ApiExceptions.create(400, Map.of("X-Request-Id", List.of("r".repeat(5000))), null, null).requestId().length());
  }

  @Test
  void errorBodyDefaults() {
    ErrorBody body = new ErrorBody(null, null, null, null);
    assertEquals(List.of(), body.fieldErrors());
    assertEquals("", body.excerpt());
    assertThrows(UnsupportedOperationException.class, () -> new ErrorBody(null, null, new ArrayList<>(), null).fieldErrors().add(null));
  }

  @ParameterizedTest
  @CsvSource({
    "200, OK", "304, Not Modified", "400, Bad Request", "401, Unauthorized", "404, Not Found", "418, I'm a teapot",
    "426, Upgrade Required", "429, Too Many Requests", "503, Service Unavailable", "504, Gateway Timeout",
    "199, Informational", "299, Success", "399, Redirection", "499, Client Error", "599, Server Error",
    "0, Unknown Status", "-1, Unknown Status", "700, Unknown Status",
  })
  void reasonPhrases(int status, String phrase) {
    assertEquals(phrase, ApiExceptions.reasonPhrase(status));
  }

  @Test
  void exceptionsSurviveJavaSerialization() throws Exception {
    ErrorBody body = new ErrorBody("validation_error", "Invalid", List.of(new FieldError(List.of("body", "items", 1), "bad", "t")), "x");
    RateLimitException original =
        (RateLimitException) ApiExceptions.create(429, Map.of("X-Request-Id", List.of("r1")), body, Duration.ofSeconds(2));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(original);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      RateLimitException copy = (RateLimitException) in.readObject();
      assertEquals(original.getMessage(), copy.getMessage());
      assertEquals(original.fieldErrors(), copy.fieldErrors());
      assertEquals(List.of("r1"), copy.headers().get("x-request-id"));
      assertEquals(Optional.of(Duration.ofSeconds(2)), copy.retryAfter());
    }
  }
}
