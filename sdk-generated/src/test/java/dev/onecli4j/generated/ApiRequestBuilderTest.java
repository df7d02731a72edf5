package dev.onecli4j.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onecli4j.generated.runtime.ApiRequest;
import dev.onecli4j.generated.runtime.ResponseType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A built request's parts are its own and unmodifiable, however many headers, query parameters
 * and attributes it has (none and one are kept without a map of their own), and path parameters
 * fill their own placeholder only.
 */
class ApiRequestBuilderTest {
  @Test
  void aBuiltRequestDoesNotChangeWithItsBuilder() {
    ApiRequest.Builder<Void> b = ApiRequest.builder("op", "GET", "/x", ResponseType.none()).header("Accept", "a");
    ApiRequest<Void> one = b.build();
    b.header("Accept", "b").header("X-Two", "2").attribute("scope", "org").queryParam("q", "1");
    ApiRequest<Void> two = b.build();
    b.header("X-Three", "3").queryParam("q", "2").attribute("kind", "k");

    assertEquals(Map.of("Accept", "a"), one.headers());
    assertTrue(one.query().isEmpty());
    assertTrue(one.attributes().isEmpty());
    assertEquals(Map.of("Accept", "b", "X-Two", "2"), two.headers());
    assertEquals(List.of("Accept", "X-Two"), List.copyOf(two.headers().keySet()), "in the order they were set");
    assertEquals(1, two.query().size());
    assertEquals(Map.of("scope", "org"), two.attributes());
    assertEquals(3, b.build().headers().size());
  }

  @Test
  void everyPartIsUnmodifiable() {
    ApiRequest<Void> none = ApiRequest.builder("op", "GET", "/x", ResponseType.none()).build();
    ApiRequest<Void> one = none.newBuilder().header("Accept", "a").attribute("scope", "org").queryParam("q", 1).build();
    ApiRequest<Void> two = one.newBuilder().header("B", "b").attribute("kind", "k").queryParam("q", 2).build();
    for (ApiRequest<Void> r : List.of(none, one, two)) {
      assertThrows(UnsupportedOperationException.class, () -> r.headers().put("C", "c"));
      assertThrows(UnsupportedOperationException.class, () -> r.attributes().put("c", "c"));
      assertThrows(UnsupportedOperationException.class, () -> r.query().add(Map.entry("c", "c")));
    }
    assertEquals(Map.of("Accept", "a", "B", "b"), two.headers());
    assertEquals(Map.of("Accept", "a"), one.headers(), "the copy's builder did not change the original");
    assertEquals(Map.of("scope", "org", "kind", "k"), two.attributes());
  }

  @Test
  void aPathParameterFillsItsOwnPlaceholder() {
    ApiRequest<Void> r =
        ApiRequest.builder("op", "GET", "/a/{idx}/b/{id}/{i}", ResponseType.none())
            .pathParam("id", "two")
            .pathParam("i", "three")
            .pathParam("idx", "one")
            .build();
    assertEquals("/a/one/b/two/three", r.path());
    assertEquals("/a/{idx}/b/{id}/{i}", r.pathTemplate());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ApiRequest.builder("op", "GET", "/a/{id}", ResponseType.none()).pathParam("i", "x"));
    assertTrue(e.getMessage().contains("'i'"), e.getMessage());
    assertThrows(IllegalStateException.class, () -> ApiRequest.builder("op", "GET", "/a/{id}", ResponseType.none()).build());
  }
}
