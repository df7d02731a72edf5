package dev.onecli4j.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onecli4j.error.ApiException;
import dev.onecli4j.error.ApiExceptions;
import dev.onecli4j.error.ErrorBody;
import dev.onecli4j.internal.text.KnownSecrets;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

/**
 * The headers an error's exception carries, masked once and kept without another copy, are the
 * map the copies before gave: OkHttp's multimap with every value masked, looked up without regard
 * to case, iterated by name, unmodifiable, serializable.
 */
class ErrorResponseHeadersTest {
  private static final String KEY = "oc_0123456789abcdefghij";
  private static final KnownSecrets SECRETS = KnownSecrets.of(List.of(KEY, "Bearer " + KEY));
  private static final Headers HEADERS =
      new Headers.Builder()
          .add("Content-Type", "application/json")
          .add("X-Request-Id", "req_1")
          .add("Set-Thing", "a")
          .add("X-Echo", "you sent Bearer " + KEY)
          .add("set-thing", "b")
          .add("Content-Length", "12")
          .build();

  @Test
  void theHeadersAreTheMapTheCopiesGave() {
    ApiException e = ApiExceptions.create(404, ErrorResponses.maskedHeaders(HEADERS, SECRETS), body(), null);
    ApiException before = ApiExceptions.create(404, copiedAndMasked(HEADERS, SECRETS), body(), null);

    assertEquals(before.headers(), e.headers());
    assertEquals(e.headers(), before.headers());
    assertEquals(before.headers().hashCode(), e.headers().hashCode());
    assertEquals(before.headers().toString(), e.headers().toString());
    assertEquals(new ArrayList<>(before.headers().keySet()), new ArrayList<>(e.headers().keySet()));
    assertEquals(new ArrayList<>(before.headers().values()), new ArrayList<>(e.headers().values()));
    assertEquals(before.headers().size(), e.headers().size());
    for (String name : new String[] {"content-type", "SET-THING", "Set-Thing", "x-echo", "X-Request-Id", "absent", ""}) {
      assertEquals(before.headers().get(name), e.headers().get(name), name);
      assertEquals(before.headers().containsKey(name), e.headers().containsKey(name), name);
    }
    assertEquals(List.of("a", "b"), e.headers().get("SET-THING"));
    assertEquals(List.of("you sent ****"), e.headers().get("x-echo"));
    assertEquals("req_1", e.requestId());
    assertNull(e.headers().get(42));
    assertFalse(e.headers().toString().contains(KEY));
  }

  @Test
  void theHeadersCannotBeChanged() {
    Map<String, List<String>> headers = ApiExceptions.create(404, ErrorResponses.maskedHeaders(HEADERS, SECRETS), body(), null).headers();
    assertThrows(UnsupportedOperationException.class, () -> headers.put("a", List.of()));
    assertThrows(UnsupportedOperationException.class, () -> headers.remove("Set-Thing"));
    assertThrows(UnsupportedOperationException.class, () -> headers.remove("absent"));
    assertThrows(UnsupportedOperationException.class, () -> headers.putIfAbsent("set-thing", List.of()));
    assertThrows(UnsupportedOperationException.class, () -> headers.computeIfAbsent("set-thing", k -> List.of()));
    assertThrows(UnsupportedOperationException.class, headers::clear);
    assertThrows(UnsupportedOperationException.class, () -> headers.get("Set-Thing").add("c"));
    assertThrows(UnsupportedOperationException.class, () -> headers.get("X-Echo").set(0, KEY));
    assertThrows(UnsupportedOperationException.class, () -> headers.entrySet().iterator().next().setValue(List.of()));
    assertThrows(UnsupportedOperationException.class, () -> headers.values().iterator().next().clear());
  }

  @Test
  void theMaskedMapIsKeptAndAnyOtherMapCopied() {
    Map<String, List<String>> masked = ErrorResponses.maskedHeaders(HEADERS, SECRETS);
    assertSame(masked, ApiExceptions.create(404, masked, body(), null).headers());
    // The control: a map of the caller's is copied, so that changing it later changes nothing.
    Map<String, List<String>> own = new LinkedHashMap<>(copiedAndMasked(HEADERS, SECRETS));
    ApiException e = ApiExceptions.create(404, own, body(), null);
    own.put("Later", List.of("x"));
    assertNotEquals(own.size(), e.headers().size());
    assertNull(e.headers().get("Later"));
  }

  @Test
  void theHeadersSurviveJavaSerialization() throws Exception {
    ApiException original = ApiExceptions.create(404, ErrorResponses.maskedHeaders(HEADERS, SECRETS), body(), null);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(original);
    }
    assertFalse(new String(bytes.toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1).contains(KEY));
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      ApiException copy = (ApiException) in.readObject();
      assertEquals(original.headers(), copy.headers());
      assertEquals(List.of("a", "b"), copy.headers().get("set-thing"));
      assertTrue(copy.headers().containsKey("X-ECHO"));
    }
  }

  @Test
  void noHeadersIsAnEmptyMap() {
    Map<String, List<String>> none = ApiExceptions.create(404, ErrorResponses.maskedHeaders(Headers.of(), SECRETS), body(), null).headers();
    assertTrue(none.isEmpty());
    assertEquals(Map.of(), none);
    assertEquals(0, none.size());
  }

  private static ErrorBody body() {
    return new ErrorBody("not_found_error", "Secret not found", null, "{}");
  }

  /** What the transport did before: OkHttp's multimap, then a masked copy of it. */
  private static Map<String, List<String>> copiedAndMasked(Headers headers, KnownSecrets secrets) {
    Map<String, List<String>> masked = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : headers.toMultimap().entrySet()) {
      List<String> values = new ArrayList<>();
      for (String v : e.getValue()) {
        values.add(secrets.scrub(v));
      }
      masked.put(e.getKey(), values);
    }
    return masked;
  }
}
