package dev.onecli4j.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.onecli4j.generated.usersecrets.model.UserSecret;
import dev.onecli4j.generated.usersecrets.model.UserSecretRotateRequest;
import org.junit.jupiter.api.Test;

/** Absent, explicit-null and unknown fields in generated models. */
class ExplicitNullTest {
  private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());

  @Test
  void absentNullableFieldIsNotSent() throws Exception {
    UserSecret s = UserSecret.builder().id("1").name("A").build();
    assertEquals("{\"id\":\"1\",\"name\":\"A\"}", mapper.writeValueAsString(s));
  }

  @Test
  void explicitNullIsSentAsJsonNull() throws Exception {
    UserSecret s = UserSecret.builder().id("1").name("A").provider(null).build();
    assertEquals("{\"id\":\"1\",\"name\":\"A\",\"provider\":null}", mapper.writeValueAsString(s));
    assertNotEquals(UserSecret.builder().id("1").name("A").build(), s);
  }

  @Test
  void explicitNullSurvivesARoundTrip() throws Exception {
    UserSecret s = mapper.readValue("{\"id\":\"1\",\"provider\":null}", UserSecret.class);
    assertEquals("{\"id\":\"1\",\"provider\":null}", mapper.writeValueAsString(s));
  }

  @Test
  void unknownFieldsAreKeptAndWrittenBack() throws Exception {
    UserSecret s = mapper.readValue("{\"id\":\"1\",\"brandNew\":{\"x\":[1,2]}}", UserSecret.class);
    assertTrue(s.additionalProperties().containsKey("brandNew"));
    assertEquals("{\"id\":\"1\",\"brandNew\":{\"x\":[1,2]}}", mapper.writeValueAsString(s));
    assertFalse(s.toString().contains("[1, 2]"), s.toString());
  }

  @Test
  void secretValueIsMaskedInToString() {
    String canary = "canary-9f8e7d6c5b4a";
    assertFalse(UserSecretRotateRequest.builder().value(canary).build().toString().contains(canary));
  }
}
