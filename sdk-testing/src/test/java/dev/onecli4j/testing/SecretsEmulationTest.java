package dev.onecli4j.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onecli4j.OneCli;
import dev.onecli4j.error.NotFoundException;
import dev.onecli4j.generated.onecli.model.Injection;
import dev.onecli4j.generated.onecli.model.ResourceScope;
import dev.onecli4j.generated.onecli.model.Secret;
import dev.onecli4j.generated.onecli.model.SecretCreated;
import dev.onecli4j.generated.onecli.model.SecretType;
import dev.onecli4j.generated.onecli.model.ValueSource;
import dev.onecli4j.param.SecretCreateParams;
import dev.onecli4j.param.SecretUpdateParams;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Secrets through the SDK facade ({@code client.secrets()}), against the emulator's state. */
class SecretsEmulationTest {
  private static OneCliEmulator emulator;
  private OneCli client;

  @BeforeAll
  static void start() {
    emulator = OneCliEmulator.start();
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  @BeforeEach
  void fresh() {
    emulator.reset();
    client = emulator.clientBuilder().maxRetries(0).build();
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  private static SecretCreateParams.Builder generic(String name, String value) {
    return SecretCreateParams.builder()
        .name(name)
        .type(SecretType.GENERIC)
        .value(value)
        .hostPattern("api.stripe.com")
        .injection(Injection.header("Authorization", "Bearer {value}"));
  }

  @Test
  void createListUpdateListDeleteThenNotFound() {
    SecretCreated created =
        client.secrets().create(generic("  Stripe  ", "sk_live_1234567890abcd").hostPattern(" api.stripe.com ").build());
    assertEquals(created.id(), UUID.fromString(created.id()).toString());
    assertEquals("Stripe", created.name());
    assertEquals("generic", created.type());
    assertEquals(ValueSource.INLINE, created.valueSource());
    assertNull(created.opRef());
    assertEquals("api.stripe.com", created.hostPattern());
    assertNull(created.pathPattern());
    assertEquals("sk_l\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022abcd", created.preview());
    assertEquals(List.of(), created.attachedAgents());
    assertNotNull(created.createdAt());

    List<Secret> listed = client.secrets().list();
    assertEquals(1, listed.size());
    Secret s = listed.get(0);
    assertEquals(created.id(), s.id());
    assertEquals(Injection.header("Authorization", "Bearer {value}"), s.injectionConfig());
    assertEquals(ResourceScope.WORKSPACE, s.scope());
    assertEquals("Generic Secret", s.typeLabel());
    assertNull(s.metadata());
    assertEquals(created.createdAt(), s.createdAt());

    assertTrue(
        client
            .secrets()
            .update(created.id(), SecretUpdateParams.builder().name("Stripe live").value("rotated-value-123").pathPattern("/v1/*").build())
            .success());
    Secret updated = client.secrets().list().get(0);
    assertEquals("Stripe live", updated.name());
    assertEquals("/v1/*", updated.pathPattern());
    assertEquals("rotated-value-123", emulator.secretValue(created.id()).orElseThrow());

    client.secrets().update(created.id(), SecretUpdateParams.builder().clearPathPattern().build());
    assertNull(client.secrets().list().get(0).pathPattern());

    client.secrets().delete(created.id());
    assertEquals(List.of(), client.secrets().list());
    NotFoundException gone = assertThrows(NotFoundException.class, () -> client.secrets().delete(created.id()));
    assertEquals("Secret not found", gone.errorMessage());
    assertEquals("not_found_error", gone.errorType());
    assertThrows(
        NotFoundException.class,
        () -> client.secrets().update(created.id(), SecretUpdateParams.builder().name("x").build()));
  }

  @ParameterizedTest
  @CsvSource({
    "abcdefghijkl, abcd\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022ijkl",
    "123456789, 1234\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u20226789",
    "12345678, \u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022",
    "abc, \u2022\u2022\u2022",
    "'  padded-secret-value  ', padd\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022alue"
  })
  void previewIsBuiltLikeTheServer(String value, String preview) {
    assertEquals(preview, client.secrets().create(generic("p", value).build()).preview());
  }

  @Test
  void listsNewestFirst() {
    client.secrets().create(generic("first", "value-one-123").build());
    client.secrets().create(generic("second", "value-two-123").build());
    assertEquals(List.of("second", "first"), client.secrets().list().stream().map(Secret::name).toList());
  }

  /**
   * As the real server 2.0.1 answered (recorded with a workspace key): {@code GET /secrets} lists
   * the organization's secrets among the workspace's, newest first, with {@code scope
   * organization}; {@code PATCH /secrets/{id}} of one is 404 "Secret not found".
   */
  @Test
  void aWorkspaceListsTheOrganizationsSecretsButChangesOnlyItsOwn() {
    client.secrets().create(generic("mine", "value-one-123").build());
    SecretCreated shared = client.org().secrets().create(generic("shared", "value-two-123").build());
    List<Secret> listed = client.secrets().list();
    assertEquals(List.of("shared", "mine"), listed.stream().map(Secret::name).toList());
    assertEquals(ResourceScope.ORGANIZATION, listed.get(0).scope());
    assertEquals(ResourceScope.WORKSPACE, listed.get(1).scope());
    assertEquals(List.of("shared"), client.org().secrets().list().stream().map(Secret::name).toList());
    Raw.Answer patch = Raw.onecli(emulator, "PATCH", "/secrets/" + shared.id(), Raw.json("{'name':'x'}"));
    assertEquals(404, patch.status());
    assertEquals("Secret not found", patch.json().path("error").path("message").asText());
    client.org().secrets().delete(shared.id());
    assertEquals(List.of("mine"), client.secrets().list().stream().map(Secret::name).toList());
  }

  @Test
  void llmKeyIsGrantedToAgentsWithoutOne() {
    String agent = Raw.onecli(emulator, "POST", "/agents", Raw.json("{'name':'Coder','identifier':'coder'}")).json().path("id").asText();
    Raw.Answer first =
        Raw.onecli(emulator, "POST", "/secrets", Raw.json("{'name':'Claude','type':'anthropic','value':'sk-ant-api03-aaaaaaaaaaaaaaaaaaaa','hostPattern':'api.anthropic.com'}"));
    assertEquals(201, first.status());
    assertEquals("[\"" + agent + "\"]", first.json().path("attachedAgents").toString(), "2.0.1 lists the ids of the agents");
    String firstId = first.json().path("id").asText();
    assertEquals(firstId, Raw.onecli(emulator, "GET", "/agents/" + agent + "/grants", null).json().path("secrets").path(0).path("secretId").asText());

    SecretCreated second = client.secrets().create(anthropic("Claude 2", "sk-ant-api03-bbbbbbbbbbbbbbbbbbbb").build());
    assertEquals(List.of(), second.attachedAgents(), "the agent already holds an LLM key");
    assertEquals(List.of(), client.secrets().create(generic("g", "generic-value-1").build()).attachedAgents());

    assertEquals(204, Raw.onecli(emulator, "DELETE", "/agents/" + agent + "/grants/secrets/" + firstId, null).status());
    Raw.Answer third =
        Raw.onecli(emulator, "POST", "/secrets", Raw.json("{'name':'OpenAI','type':'openai','value':'sk-proj-cccccccccccccccccccc','hostPattern':'api.openai.com'}"));
    assertEquals("[\"" + agent + "\"]", third.json().path("attachedAgents").toString(), "the agent holds no LLM key any more");
  }

  private static SecretCreateParams.Builder anthropic(String name, String value) {
    return SecretCreateParams.builder().name(name).type(SecretType.ANTHROPIC).value(value).hostPattern("api.anthropic.com");
  }

  @Test
  void openAiHostFollowsTheKindOfValue() {
    SecretCreated apiKey =
        client
            .secrets()
            .create(
                SecretCreateParams.builder()
                    .name("OpenAI")
                    .type(SecretType.OPENAI)
                    .value("sk-proj-0123456789abcdefghij")
                    .hostPattern("example.com")
                    .build());
    assertEquals("api.openai.com", apiKey.hostPattern());

    String oauth = "{\"tokens\":{\"access_token\":\"a\",\"refresh_token\":\"r\",\"account_id\":\"acct-1\"}}";
    SecretCreated chatgpt =
        client
            .secrets()
            .create(
                SecretCreateParams.builder().name("ChatGPT").type(SecretType.OPENAI).value(oauth).hostPattern("x.com").build());
    assertEquals("chatgpt.com", chatgpt.hostPattern());
    Secret listed = client.secrets().list().get(0);
    assertEquals("oauth", listed.metadata().get("authMode"));
    assertEquals("acct-1", listed.metadata().get("accountId"));
    assertEquals("OpenAI", listed.typeLabel());
  }

  @Test
  void onePasswordSecretHasNoPreviewAndAFixedLlmHost() {
    SecretCreated created =
        client
            .secrets()
            .create(
                SecretCreateParams.builder()
                    .name("From 1Password")
                    .type(SecretType.ANTHROPIC)
                    .onePassword("op://Private/Anthropic/credential")
                    .hostPattern("example.com")
                    .build());
    assertEquals(ValueSource.ONEPASSWORD, created.valueSource());
    assertEquals("op://Private/Anthropic/credential", created.opRef());
    assertEquals("api.anthropic.com", created.hostPattern());
    assertNull(created.preview());
    assertFalse(emulator.secretValue(created.id()).isPresent());
    assertEquals("api-key", client.secrets().list().get(0).metadata().get("authMode"));
  }

  @Test
  void answersHaveTheRealServersShapes() {
    Raw.Answer create =
        Raw.onecli(
            emulator,
            "POST",
            "/secrets",
            Raw.json("{'name':'Claude','type':'anthropic','value':'sk-ant-api03-xyz0123456789','hostPattern':'api.anthropic.com','extra':1}"));
    assertEquals(201, create.status());
    JsonNode c = create.json();
    assertEquals(
        List.of("id", "name", "type", "valueSource", "opRef", "hostPattern", "pathPattern", "createdAt", "preview", "attachedAgents"),
        fieldNames(c));
    assertTrue(c.get("opRef").isNull());
    assertTrue(c.get("pathPattern").isNull());

    JsonNode listed = Raw.onecli(emulator, "GET", "/secrets", null).json().get(0);
    assertFalse(listed.has("preview"));
    assertFalse(listed.has("extra"), "unknown top-level fields are dropped");
    assertTrue(listed.get("injectionConfig").isNull());
    assertTrue(listed.get("opRef").isNull());
    assertTrue(listed.get("pathPattern").isNull());
    assertEquals("workspace", listed.get("scope").asText());
    assertEquals("Anthropic API Key", listed.get("typeLabel").asText());
    assertEquals("api-key", listed.get("metadata").get("authMode").asText());
    assertTrue(listed.get("createdAt").asText().endsWith("Z"));
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void updateAnswersSuccessAndDeleteAnswersEmptyTextPlain() {
    String id = client.secrets().create(generic("s", "value-123456").build()).id();
    Raw.Answer update = Raw.onecli(emulator, "PATCH", "/secrets/" + id, Raw.json("{'name':'renamed'}"));
    assertEquals(200, update.status());
    assertEquals("{\"success\":true}", update.body());
    Raw.Answer delete = Raw.onecli(emulator, "DELETE", "/secrets/" + id, null);
    assertEquals(204, delete.status());
    assertEquals("", delete.body());
    assertTrue(delete.header("Content-Type").startsWith("text/plain"));
  }

  @Test
  void unknownAndNonUuidIdsAreNotFound() {
    for (String id : List.of(UUID.randomUUID().toString(), "not-a-uuid")) {
      Raw.Answer a = Raw.onecli(emulator, "PATCH", "/secrets/" + id, Raw.json("{'name':'x'}"));
      assertEquals(404, a.status());
      assertEquals("{\"error\":{\"message\":\"Secret not found\",\"type\":\"not_found_error\"}}", a.body());
    }
  }

  @Test
  void duplicateNamesAreAllowed() {
    client.secrets().create(generic("same", "value-one-123").build());
    client.secrets().create(generic("same", "value-two-123").build());
    assertEquals(2, client.secrets().list().size());
  }

  @Test
  void concurrentCreatesAreAllKept() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        int n = i;
        futures.add(pool.submit(() -> client.secrets().create(generic("s" + n, "value-" + n + "-abcdef").build())));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(40, client.secrets().list().size());
    assertEquals(40 + 1, emulator.requestCount());
  }
}
