package dev.onecli4j.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import dev.onecli4j.generated.onecli.model.Injection;
import dev.onecli4j.generated.onecli.model.SecretCreateRequest;
import dev.onecli4j.generated.onecli.model.SecretType;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The tree the rules read from a body's tokens is the one Jackson's {@code readTree} and {@code valueToTree} give. */
class JsonTreeTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{}",
        "[]",
        "{\"name\":\"k\",\"type\":\"generic\",\"value\":\"sk-1\",\"injectionConfig\":{\"headerName\":\"Authorization\",\"valueFormat\":\"Bearer {value}\"}}",
        "{\"a\":1,\"b\":-2147483649,\"c\":123456789012345678901234567890,\"d\":1.5,\"e\":1e300,\"f\":-0.0}",
        "{\"t\":true,\"f\":false,\"n\":null,\"s\":\"\\u00e9\\ud83d\\ude00 \\n\"}",
        "{\"nested\":{\"list\":[1,[2,[3,{\"deep\":[]}]],\"x\"],\"o\":{}},\"k\":\"v\"}",
        "{\"dup\":1,\"dup\":\"last wins\"}",
        "{\"f1\":1,\"f2\":2,\"f3\":3,\"f4\":4,\"f5\":5,\"f6\":6,\"f7\":7,\"f8\":8,\"f9\":9,\"f10\":10}",
        "\"just a string\"",
        "42"
      })
  void readsTheTreeJacksonReads(String json) throws IOException {
    JsonNode jackson = MAPPER.readTree(json);
    assertSame(jackson, read(written(jackson)));
  }


  @Test
  void readsTheTreeOfATypedBodyAsValueToTreeDoes() throws IOException {
    SecretCreateRequest body =
        SecretCreateRequest.builder()
            .name("k")
            .type(SecretType.GENERIC)
            .value("sk-canary-0123456789")
            .hostPattern("api.example.com")
            .injectionConfig(Injection.builder().headerName("Authorization").valueFormat("Bearer {value}").build())
            .build();
    assertSame(MAPPER.valueToTree(body), read(written(body)));
  }

  @Test
  void keepsNumberKindsOfWrittenValues() throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("int", 7);
    body.put("long", 1L << 40);
    body.put("float", 1.5f);
    body.put("double", 2.25d);
    body.put("decimal", new BigDecimal("3.14159265358979323846"));
    body.put("list", List.of(1, "two", Map.of()));
    assertSame(MAPPER.valueToTree(body), read(written(body)));
  }

  @Test
  void theComparisonCanFail() throws IOException {
    // Negative control: a tree with another number kind or value is told apart.
    JsonNode ints = read(written(Map.of("n", 1)));
    assertNotEquals(kinds(MAPPER.readTree("{\"n\":1.0}")), kinds(ints));
    assertNotEquals(MAPPER.readTree("{\"n\":2}"), ints);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"a\":1} {}", "{\"a\":", "[1,2"})
  void refusesWhatIsNotOneJsonValue(String json) {
    assertThrows(IOException.class, () -> JsonTree.read(MAPPER.createParser(json)));
  }

  private static TokenBuffer written(Object body) throws IOException {
    TokenBuffer tokens = new TokenBuffer(MAPPER, false);
    MAPPER.writeValue(tokens, body);
    return tokens;
  }

  private static JsonNode read(TokenBuffer tokens) throws IOException {
    try (JsonParser parser = tokens.asParser()) {
      return JsonTree.read(parser);
    }
  }

  private static void assertSame(JsonNode expected, JsonNode actual) throws IOException {
    assertEquals(expected, actual);
    assertEquals(MAPPER.writeValueAsString(expected), MAPPER.writeValueAsString(actual));
    assertEquals(kinds(expected), kinds(actual));
  }

  /** The node classes, depth first: IntNode vs LongNode vs DoubleNode matter to the rules' number checks. */
  private static String kinds(JsonNode node) {
    StringBuilder sb = new StringBuilder(node.getClass().getSimpleName());
    if (node.isContainerNode()) {
      sb.append('(');
      node.forEach(child -> sb.append(kinds(child)).append(','));
      sb.append(')');
    }
    return sb.toString();
  }
}
