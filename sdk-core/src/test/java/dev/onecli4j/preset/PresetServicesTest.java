package dev.onecli4j.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onecli4j.OneCli;
import dev.onecli4j.error.NotFoundException;
import dev.onecli4j.generated.usersecrets.model.ProviderPreset;
import dev.onecli4j.generated.usersecrets.model.UserSecret;
import dev.onecli4j.internal.http.Json;
import dev.onecli4j.testing.TestServer;
import dev.onecli4j.validation.ValidationException;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A preset secret is one call on either API, with the right body. */
class PresetServicesTest {
  private static final String CREATED =
      "{\"id\":\"9f\",\"name\":\"OpenAI\",\"type\":\"openai\",\"valueSource\":\"inline\",\"opRef\":null,"
          + "\"hostPattern\":\"api.openai.com\",\"pathPattern\":null,\"createdAt\":\"2026-01-01T00:00:00Z\","
          + "\"preview\":\"sk-p••••••••wxyz\",\"attachedAgents\":[]}";

  private final TestServer server = new TestServer();

  @AfterEach
  void close() {
    server.close();
  }

  private JsonNode body(RecordedRequest r) throws Exception {
    return Json.mapper().readTree(TestServer.body(r));
  }

  @Test
  void oneCliOpenAiPreset() throws Exception {
    server.json(201, CREATED);
    PresetSecret result = server.oneCli().secrets().createFromPreset(Preset.OPENAI, "sk-proj-abcdwxyz");
    JsonNode body = body(server.take());
    assertEquals("OpenAI", body.get("name").asText());
    assertEquals("openai", body.get("type").asText());
    assertEquals("sk-proj-abcdwxyz", body.get("value").asText());
    assertEquals("api.openai.com", body.get("hostPattern").asText());
    assertEquals(4, body.size(), body.toString());
    assertEquals("OPENAI_API_KEY", result.envVarName());
    assertEquals("sk-p••••••••wxyz", result.preview());
    assertEquals("9f", result.secret().id());
  }

  @Test
  void oneCliGithubPresetWithOptions() throws Exception {
    server.json(201, CREATED.replace(",\"preview\":\"sk-p••••••••wxyz\"", ""));
    OneCli client = server.oneCli();
    PresetSecret result =
        client.secrets().createFromPreset(
            Preset.GITHUB,
            "ghp_0123456789abcdef",
            PresetOptions.builder().name("CI token").pathPattern("/repos/*").workspaceId("ws_1").build());
    RecordedRequest r = server.take();
    JsonNode body = body(r);
    assertEquals("CI token", body.get("name").asText());
    assertEquals("generic", body.get("type").asText());
    assertEquals("api.github.com", body.get("hostPattern").asText());
    assertEquals("/repos/*", body.get("pathPattern").asText());
    assertEquals("Authorization", body.get("injectionConfig").get("headerName").asText());
    assertEquals("Bearer {value}", body.get("injectionConfig").get("valueFormat").asText());
    assertEquals("ws_1", r.getHeaders().get("X-Workspace-Id"));
    assertEquals("ghp_••••••••cdef", result.preview(), "computed like the server when the answer has none");
  }

  @Test
  void oneCliAsyncPreset() {
    server.json(201, CREATED);
    assertEquals("OPENAI_API_KEY", server.oneCli().async().secrets().createFromPreset(Preset.OPENAI, "sk-1234567890").join().envVarName());
  }

  @Test
  void blankValueIsRefusedLocally() {
    assertThrows(ValidationException.class, () -> server.oneCli().secrets().createFromPreset(Preset.OPENAI, " "));
    assertEquals(0, server.server().getRequestCount());
  }

  @Test
  void localRulesCanBeSwitchedOffForServersWithOtherRules() {
    dev.onecli4j.param.SecretCreateParams wildcardOverCom =
        dev.onecli4j.param.SecretCreateParams.builder()
            .name("x").type(dev.onecli4j.generated.onecli.model.SecretType.OPENAI).value("sk-1").hostPattern("*.com").build();
    assertThrows(ValidationException.class, () -> server.oneCli().secrets().create(wildcardOverCom));
    assertEquals(0, server.server().getRequestCount());
    server.json(201, CREATED);
    server.oneCli().withOptions(b -> b.validation(false)).secrets().create(wildcardOverCom);
    assertEquals(1, server.server().getRequestCount());
  }

  @Test
  void userSecretsPreset() throws Exception {
    server.json(201, "{\"id\":\"u1\",\"name\":\"ANTHROPIC_API_KEY\",\"provider\":\"anthropic\",\"masked_value\":\"sk-a••••1234\","
        + "\"created_at\":\"2026-01-01T00:00:00Z\",\"updated_at\":\"2026-01-01T00:00:00Z\"}");
    UserSecret s = server.userSecrets().secrets().createFromPreset(Preset.ANTHROPIC, "sk-ant-api03-1234");
    RecordedRequest r = server.take();
    assertEquals("/api/v1/user/secrets/preset", r.getUrl().encodedPath());
    JsonNode body = body(r);
    assertEquals("anthropic", body.get("provider").asText());
    assertEquals("sk-ant-api03-1234", body.get("value").asText());
    assertEquals(2, body.size());
    assertEquals("ANTHROPIC_API_KEY", s.name());
  }

  @Test
  void presetUnknownToTheServerMapsToItsError() {
    server.json(404, "{\"code\":404,\"detail\":\"Unknown provider: tinker\",\"type\":\"not_found_error\"}");
    NotFoundException e =
        assertThrows(NotFoundException.class, () -> server.userSecrets().secrets().createFromPreset(Preset.TINKER, "tml-abc"));
    assertEquals("Unknown provider: tinker", e.errorMessage());
  }

  @Test
  void presetsListShowsVariablesAndConfiguredFlags() {
    server.json(200, "{\"presets\":[{\"provider\":\"openai\",\"env_var_name\":\"OPENAI_API_KEY\",\"configured\":true},"
        + "{\"provider\":\"github\",\"env_var_name\":\"GITHUB_TOKEN\",\"configured\":false}]}");
    List<ProviderPreset> presets = server.userSecrets().presets().list();
    assertEquals("GITHUB_TOKEN", presets.get(1).envVarName());
    assertEquals(true, presets.get(0).configured());
  }
}
