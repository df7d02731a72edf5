package dev.onecli4j.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.onecli4j.error.OneCliException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationExceptionTest {
  @Test
  void messageListsEveryProblem() {
    ValidationException e =
        new ValidationException(
            "SecretCreateParams",
            List.of(
                new Problem("name", "must not be blank"),
                new Problem("value", "is required unless valueSource is onepassword"),
                new Problem("hostPattern", "must not contain '/'")));
    assertEquals(
        "Invalid SecretCreateParams: name: must not be blank; value: is required unless valueSource is onepassword;"
            + " hostPattern: must not contain '/'",
        e.getMessage());
    assertEquals(3, e.problems().size());
    assertEquals("SecretCreateParams", e.subject());
    assertInstanceOf(OneCliException.class, e);
  }

  @Test
  void problemsAreACopyAndUnmodifiable() {
    List<Problem> source = new ArrayList<>(List.of(new Problem("name", "must not be blank")));
    ValidationException e = new ValidationException("P", source);
    source.add(new Problem("value", "x"));
    assertEquals(List.of(new Problem("name", "must not be blank")), e.problems());
    assertThrows(UnsupportedOperationException.class, () -> e.problems().add(new Problem("a", "b")));
  }

  @Test
  void buildingNeverThrows() {
    assertEquals("Invalid parameters", new ValidationException(null, null).getMessage());
    assertEquals("Invalid P", new ValidationException("P", List.of()).getMessage());
    assertEquals("Invalid P: a: b", new ValidationException("P", Arrays.asList(null, new Problem("a", "b"))).getMessage());
  }

  @Test
  void problemValue() {
    Problem problem = new Problem("name", "must not be blank");
    assertEquals("name: must not be blank", problem.toString());
    assertEquals(new Problem("name", "must not be blank"), problem);
    assertEquals(problem.hashCode(), new Problem("name", "must not be blank").hashCode());
    assertNotEquals(new Problem("name", "other"), problem);
    assertEquals("whole object is wrong", new Problem(null, "whole object is wrong").toString());
  }

  @Test
  void problemsCollectorThrowsThemTogether() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> Problems.of("UserSecretCreateParams").requiredText("name", " ").required("value", null).throwIfAny());
    assertEquals("Invalid UserSecretCreateParams: name: must not be blank; value: is required", e.getMessage());
  }
}
