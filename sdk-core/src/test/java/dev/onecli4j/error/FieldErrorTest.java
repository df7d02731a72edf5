package dev.onecli4j.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldErrorTest {
  @Test
  void fieldSkipsOnlyALeadingBody() {
    assertEquals("name", new FieldError(List.of("body", "name"), "m", null).field());
    assertEquals("items.0.body", new FieldError(List.of("body", "items", 0, "body"), "m", null).field());
    assertEquals("query.body", new FieldError(List.of("query", "body"), "m", null).field());
    assertEquals("", new FieldError(List.of("body"), "m", null).field());
    assertEquals("", new FieldError(List.of(), "m", null).field());
    assertEquals("", new FieldError(null, "m", null).field());
  }

  @Test
  void locIsNormalizedAndImmutable() {
    List<Object> source = new ArrayList<>(Arrays.asList("body", 3L, null, (short) 2, 1.5, BigInteger.TEN, Long.MAX_VALUE));
    FieldError error = new FieldError(source, null, null);
    assertEquals(List.of("body", 3, 2, "1.5", "10", String.valueOf(Long.MAX_VALUE)), error.loc());
    assertEquals(Integer.class, error.loc().get(1).getClass());
    source.clear();
    assertEquals(6, error.loc().size());
    assertThrows(UnsupportedOperationException.class, () -> error.loc().add("x"));
    assertEquals("", error.msg());
    assertNull(error.type());
  }

  @Test
  void valueSemantics() {
    FieldError a = new FieldError(List.of("body", "name"), "field required", "missing");
    FieldError b = new FieldError(List.of("body", "name"), "field required", "missing");
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, new FieldError(List.of("body", "name"), "field required", null));
    assertNotEquals(a, new FieldError(List.of("name"), "field required", "missing"));
    assertNotEquals(a, new FieldError(List.of("body", "name"), "other", "missing"));
    assertNotEquals(a, "name");
    assertEquals("FieldError{loc=[body, name], msg=field required, type=missing}", a.toString());
  }
}
