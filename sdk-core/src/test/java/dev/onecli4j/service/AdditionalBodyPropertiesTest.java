package dev.onecli4j.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onecli4j.OneCli;
import dev.onecli4j.UserSecrets;
import dev.onecli4j.error.BadRequestException;
import dev.onecli4j.param.AgentCreateParams;
import dev.onecli4j.param.SecretCreateParams;
import dev.onecli4j.service.usersecrets.UserSecretCreateParams;
import dev.onecli4j.testing.TestServer;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code putAdditionalBodyProperty}: fields the SDK does not model, merged into the JSON body of
 * generated and hand-written params, in every scope, masked as credentials when they are strings.
 */
class AdditionalBodyPropertiesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String EXTRA_SECRET = "sk_extra_property_secret_5e7d";

  private final TestServer server = new TestServer();
  private final OneCli client = server.oneCli();

  @AfterEach
  void close() {
    client.close();
    server.close();
  }

  private JsonNode sentBody() throws Exception {
    return JSON.readTree(TestServer.body(server.take()));
  }

  @Test
  void aGeneratedParamsClassMergesItsPropertiesIntoTheBody() throws Exception {
    server.json(201, AgentsServiceTest.CREATED);
    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put("tier", "gold");
    nested.put("limits", List.of(1, 2));
    client.agents().create(
        AgentCreateParams.builder()
            .name("Orchestrated")
            .identifier("worker-1")
            .putAdditionalBodyProperty("color", "teal")
            .putAdditionalBodyProperty("meta", nested)
            .putAdditionalBodyProperty("ratio", new BigDecimal("1.10"))
            .putAdditionalBodyProperty("cleared", null)
            .build());
    assertEquals(
        JSON.readTree(
            "{\"name\":\"Orchestrated\",\"identifier\":\"worker-1\",\"color\":\"teal\","
                + "\"meta\":{\"tier\":\"gold\",\"limits\":[1,2]},\"ratio\":1.10,\"cleared\":null}"),
        sentBody());
  }

  @Test
  void withoutPropertiesTheBodyIsUnchanged() throws Exception {
    server.json(201, AgentsServiceTest.CREATED);
    client.agents().create(AgentCreateParams.builder().name("Orchestrated").identifier("worker-1").build());
    assertEquals(JSON.readTree("{\"name\":\"Orchestrated\",\"identifier\":\"worker-1\"}"), sentBody());
  }

  @Test
  void aPropertyReplacesAKnownFieldOfTheSameName() throws Exception {
    server.json(201, AgentsServiceTest.CREATED);
    client.agents().create(
        AgentCreateParams.builder().name("Orchestrated").identifier("worker-1").putAdditionalBodyProperty("identifier", 7).build());
    assertEquals(7, sentBody().get("identifier").asInt());
  }

  @Test
  void handWrittenParamsMergeInEveryScope() throws Exception {
    SecretCreateParams params =
        SecretsServiceTest.stripe().newBuilder().putAdditionalBodyProperty("rotationDays", 30).build();
    server.json(201, SecretsServiceTest.CREATED).json(201, OrgSecretsServiceTest.CREATED);
    client.secrets().create(params);
    JsonNode project = sentBody();
    client.org().secrets().create(params);
    JsonNode org = sentBody();
    assertEquals(30, project.get("rotationDays").asInt());
    assertEquals("Stripe", project.get("name").asText());
    assertEquals(30, org.get("rotationDays").asInt());
  }

  @Test
  void userSecretsParamsMergeToo() throws Exception {
    server.json(400, "{\"error\":{\"message\":\"no\",\"type\":\"invalid_request_error\"}}");
    try (UserSecrets userSecrets = server.userSecrets()) {
      assertThrows(
          BadRequestException.class,
          () -> userSecrets.secrets().create(
              UserSecretCreateParams.builder().name("OPENAI_API_KEY").value("sk-proj-abc123456").putAdditionalBodyProperty("note", "n").build()));
    }
    assertEquals("n", sentBody().get("note").asText());
  }

  @Test
  void stringValuesAreMaskedAsCredentialsWhereTheAnswerEchoesThem() {
    server.json(400, "{\"error\":\"vendorToken " + EXTRA_SECRET + " is not accepted\"}");
    BadRequestException e =
        assertThrows(
            BadRequestException.class,
            () -> client.agents().create(
                AgentCreateParams.builder()
                    .name("Orchestrated")
                    .identifier("worker-1")
                    .putAdditionalBodyProperty("vendor", Map.of("vendorToken", EXTRA_SECRET))
                    .build()));
    assertFalse(e.getMessage().contains(EXTRA_SECRET), e.getMessage());
    assertFalse(String.valueOf(e.errorMessage()).contains(EXTRA_SECRET), e.errorMessage());
    assertTrue(e.getMessage().contains("is not accepted"), e.getMessage());
  }

  @Test
  void theBuilderCopiesReplacesAndRemovesProperties() {
    AgentCreateParams params =
        AgentCreateParams.builder().name("a").identifier("b").putAdditionalBodyProperty("x", 1).putAdditionalBodyProperty("y", 2).build();
    assertEquals(Map.of("x", 1, "y", 2), params.additionalBodyProperties());
    assertEquals(Map.of("x", 1, "y", 2), params.newBuilder().build().additionalBodyProperties());
    assertEquals(Map.of("y", 2), params.newBuilder().removeAdditionalBodyProperty("x").build().additionalBodyProperties());
    assertEquals(Map.of("z", 3), params.newBuilder().additionalBodyProperties(Map.of("z", 3)).build().additionalBodyProperties());
    assertThrows(UnsupportedOperationException.class, () -> params.additionalBodyProperties().put("w", 4));
    assertEquals(Map.of("x", 1, "y", 2), params.additionalBodyProperties(), "the params stay as built");
  }
}
