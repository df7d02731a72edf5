package dev.onecli4j.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onecli4j.generated.onecli.model.Secret;
import dev.onecli4j.generated.onecli.model.SecretCreated;
import dev.onecli4j.generated.onecli.model.SuccessResponse;
import dev.onecli4j.generated.runtime.ApiRequest;
import dev.onecli4j.generated.usersecrets.model.UserSecret;
import dev.onecli4j.generated.usersecrets.model.UserSecretList;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The repository's recorded and canned answers read the same through the models' one-pass readers
 * as through the builder path they had before ({@link BuilderPathMapper}), with the SDK's mapper
 * configuration: the emulator's canned answers and the real server's recorded success answers
 * (each read as its operation's response type), the response-body seed corpus of the fuzz tests (as each type those tests call
 * for), and a list shaped like the benchmarks' 1,000 secrets.
 */
class FixtureEquivalenceTest {
  private static final Path REPO = Path.of(System.getProperty("onecli4j.openapi.dir", "../openapi")).getParent();
  private static final ObjectMapper READER = ModelReaderEquivalenceTest.sdkLike();
  private static final ObjectMapper ORACLE = BuilderPathMapper.of(ModelReaderEquivalenceTest.sdkLike());

  @Test
  void everyCannedAnswerReadsAsBefore() throws Exception {
    Map<String, Type> types = responseTypes();
    JsonNode table = READER.readTree(REPO.resolve("sdk-testing/src/main/resources/dev/onecli4j/testing/onecli-canned-responses.json").toFile());
    int compared = 0;
    for (JsonNode entry : table) {
      compared += compare(types.get(entry.path("operationId").asText()), entry.path("body"), entry.path("operationId").asText());
    }
    Path recorded = REPO.resolve("sdk-testing/src/test/resources/dev/onecli4j/testing/server-2.0.1");
    List<Path> fixtures;
    try (Stream<Path> files = Files.list(recorded)) {
      fixtures = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
    for (Path fixture : fixtures) {
      JsonNode response = READER.readTree(fixture.toFile()).path("response");
      String name = fixture.getFileName().toString();
      int status = response.path("status").asInt();
      if (status >= 200 && status < 300) {
        compared += compare(types.get(name.substring(0, name.indexOf('.'))), response.path("body"), name);
      }
    }
    assertTrue(compared > 40, "canned and recorded answers compared: " + compared);
  }

  /** Reads {@code body} both ways and compares; 0 when there is nothing to compare. */
  private static int compare(Type type, JsonNode body, String what) throws Exception {
    if (type == null || type == Void.class || body.isMissingNode() || body.isNull() || body.isTextual()) {
      return 0;
    }
    JavaType javaType = READER.constructType(type);
    String json = body.toString();
    Object expected = ORACLE.readValue(json, javaType);
    Object actual = READER.readValue(json, javaType);
    ModelReaderEquivalenceTest.assertSameObject(ORACLE, expected, actual, what);
    return 1;
  }

  @Test
  void theFuzzSeedCorpusReadsAsBefore() throws Exception {
    List<JavaType> types =
        List.of(
            READER.getTypeFactory().constructType(new TypeReference<List<Secret>>() {}),
            READER.constructType(SecretCreated.class),
            READER.constructType(SuccessResponse.class),
            READER.constructType(UserSecretList.class),
            READER.constructType(UserSecret.class));
    Path corpus = REPO.resolve("sdk-core/src/test/resources/dev/onecli4j/fuzz/ResponseBodyFuzzTestInputs/parse");
    List<Path> inputs;
    try (Stream<Path> files = Files.list(corpus)) {
      inputs = new ArrayList<>(files.sorted().toList());
    }
    assertTrue(inputs.size() > 10, "seed inputs: " + inputs.size());
    for (Path input : inputs) {
      byte[] body = Files.readAllBytes(input);
      for (JavaType type : types) {
        ModelReaderEquivalenceTest.assertSameReading(READER, ORACLE, body, type, input.getFileName() + " as " + type);
      }
    }
  }

  @Test
  void aThousandServerShapedSecretsReadAsBefore() throws Exception {
    StringBuilder json = new StringBuilder("[");
    String[] shapes = {
      "\"type\":\"anthropic\",\"valueSource\":\"inline\",\"opRef\":null,\"hostPattern\":\"api.anthropic.com\",\"pathPattern\":null,"
          + "\"injectionConfig\":null,\"metadata\":{\"authMode\":\"api-key\"},\"scope\":\"workspace\",\"typeLabel\":\"Anthropic\"",
      "\"type\":\"generic\",\"valueSource\":\"inline\",\"opRef\":null,\"hostPattern\":\"api.github.com\",\"pathPattern\":\"/repos/*\","
          + "\"injectionConfig\":{\"headerName\":\"Authorization\",\"valueFormat\":\"Bearer {value}\"},\"metadata\":null,"
          + "\"scope\":\"workspace\",\"typeLabel\":\"Generic\"",
      "\"type\":\"generic\",\"valueSource\":\"onepassword\",\"opRef\":\"op://Engineering/Maps/credential\","
          + "\"hostPattern\":\"*.googleapis.com\",\"pathPattern\":null,\"injectionConfig\":{\"paramName\":\"key\"},"
          + "\"metadata\":null,\"scope\":\"workspace\",\"typeLabel\":\"Generic\"",
      "\"type\":\"openai\",\"valueSource\":\"inline\",\"opRef\":null,\"hostPattern\":\"api.openai.com\",\"pathPattern\":null,"
          + "\"injectionConfig\":null,\"metadata\":null,\"scope\":\"workspace\",\"typeLabel\":\"OpenAI\""
    };
    for (int i = 0; i < 1000; i++) {
      json.append(i == 0 ? "" : ",")
          .append("{\"id\":\"s").append(i).append("\",\"name\":\"n").append(i).append("\",").append(shapes[i % 4])
          .append(String.format(
              ",\"createdAt\":\"2025-%02d-%02dT%02d:%02d:%02d.%03dZ\"}",
              1 + i % 12, 1 + i % 28, i % 24, i % 60, (i * 7) % 60, (i * 37) % 1000));
    }
    JavaType type = READER.getTypeFactory().constructType(new TypeReference<List<Secret>>() {});
    List<Secret> expected = ORACLE.readValue(json.append(']').toString(), type);
    List<Secret> actual = READER.readValue(json.toString(), type);
    assertEquals(1000, actual.size());
    for (int i = 0; i < expected.size(); i++) {
      ModelReaderEquivalenceTest.assertSameObject(ORACLE, expected.get(i), actual.get(i), "item " + i);
    }
  }

  /** Each operation's response type, from its request builder's return type {@code ApiRequest<T>}. */
  private static Map<String, Type> responseTypes() throws Exception {
    Map<String, Type> types = new HashMap<>();
    for (Class<?> api : GeneratedClasses.inPackage("dev.onecli4j.generated.onecli.api")) {
      for (Method m : api.getMethods()) {
        if (Modifier.isStatic(m.getModifiers()) && m.getName().endsWith("Request") && m.getReturnType() == ApiRequest.class) {
          Type t = ((ParameterizedType) m.getGenericReturnType()).getActualTypeArguments()[0];
          types.put(m.getName().substring(0, m.getName().length() - "Request".length()), t);
        }
      }
    }
    assertNotNull(types.get("listSecrets"));
    return types;
  }
}
