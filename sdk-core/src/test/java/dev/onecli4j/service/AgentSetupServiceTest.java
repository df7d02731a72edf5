package dev.onecli4j.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onecli4j.OneCli;
import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.error.InvalidResponseException;
import dev.onecli4j.generated.onecli.model.ContainerConfig;
import dev.onecli4j.generated.onecli.model.CredentialStub;
import dev.onecli4j.testing.TestServer;
import dev.onecli4j.validation.Problem;
import dev.onecli4j.validation.ValidationException;
import java.util.List;
import java.util.concurrent.CompletionException;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each operation of {@link AgentSetupService} and its async twin: the exact request and the parsed answer. */
class AgentSetupServiceTest {
  static final String CONFIG =
      "{\"env\":{\"HTTPS_PROXY\":\"http://x:aoc_0123@localhost:10255\",\"NODE_EXTRA_CA_CERTS\":\"/tmp/onecli-ca.pem\"},"
          + "\"caCertificate\":\"-----BEGIN CERTIFICATE-----\\nMIIB\\n-----END CERTIFICATE-----\\n\","
          + "\"caCertificateContainerPath\":\"/tmp/onecli-ca.pem\","
          + "\"credentialStubs\":[{\"containerPath\":\"/root/.codex/auth.json\",\"content\":\"{}\"}],"
          + "\"warnings\":[],\"agentIdentifier\":\"default\"}";
  static final String STUBS = "{\"agents\":[\"codex\"]}";
  static final String STUB =
      "{\"agent\":\"codex\",\"filePath\":\"~/.codex/auth.json\",\"content\":\"{\\\"OPENAI_API_KEY\\\":\\\"placeholder\\\"}\","
          + "\"authMode\":\"device-code\",\"permissions\":\"0600\"}";
  /** The skill text as a JSON string, the only answer shape the transport reads today. */
  static final String SKILL = "\"# OneCLI gateway\\nUse the proxy.\"";

  private final TestServer server = new TestServer();
  private final OneCli client = server.oneCli();

  @AfterEach
  void close() {
    server.close();
  }

  private static void assertRequest(RecordedRequest r, String method, String target, String body) {
    assertEquals(method, r.getMethod());
    assertEquals(target, r.getTarget());
    assertEquals(body, TestServer.body(r));
  }

  @Test
  void getContainerConfig() {
    server.json(200, CONFIG);
    ContainerConfig config = client.agentSetup().getContainerConfig();
    assertRequest(server.take(), "GET", "/v1/container-config", "");
    assertEquals("/tmp/onecli-ca.pem", config.env().get("NODE_EXTRA_CA_CERTS"));
    assertTrue(config.caCertificate().startsWith("-----BEGIN CERTIFICATE-----\n"));
    assertEquals("/root/.codex/auth.json", config.credentialStubs().get(0).containerPath());
    assertEquals(List.of(), config.warnings());
  }

  @Test
  void getContainerConfigOfAnAgent() {
    server.json(200, CONFIG).json(200, CONFIG);
    client.agentSetup().getContainerConfig("claude assistant");
    client.agentSetup().getContainerConfig(null, RequestOptions.none());
    assertRequest(server.take(), "GET", "/v1/container-config?agent=claude%20assistant", "");
    assertRequest(server.take(), "GET", "/v1/container-config", "");
  }

  @Test
  void listCredentialStubs() {
    server.json(200, STUBS);
    assertEquals(List.of("codex"), client.agentSetup().listCredentialStubs().agents());
    assertRequest(server.take(), "GET", "/v1/credential-stubs", "");
  }

  @Test
  void getCredentialStub() {
    server.json(200, STUB);
    CredentialStub stub = client.agentSetup().getCredentialStub("codex");
    assertRequest(server.take(), "GET", "/v1/credential-stubs/codex", "");
    assertEquals("~/.codex/auth.json", stub.filePath());
    assertEquals("0600", stub.permissions());
    assertEquals("device-code", stub.authMode().value());
    assertEquals(false, stub.authMode().isKnown());
  }

  @Test
  void getCredentialStubEncodesTheFramework() {
    server.json(200, STUB);
    client.agentSetup().getCredentialStub("a/b c");
    assertEquals("/v1/credential-stubs/a%2Fb%20c", server.take().getTarget());
  }

  @Test
  void getGatewaySkill() {
    server.json(200, SKILL).json(200, SKILL);
    assertEquals("# OneCLI gateway\nUse the proxy.", client.agentSetup().getGatewaySkill());
    assertEquals("# OneCLI gateway\nUse the proxy.", client.agentSetup().getGatewaySkill("claude"));
    assertRequest(server.take(), "GET", "/v1/skill/gateway", "");
    assertRequest(server.take(), "GET", "/v1/skill/gateway?agent_framework=claude", "");
  }

  /** The real server answers the skill as {@code text/markdown}; it comes back as text. */
  @Test
  void gatewaySkillAsMarkdown() {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .setHeader("Content-Type", "text/markdown; charset=utf-8")
            .body("# OneCLI gateway\n")
            .build());
    assertEquals("# OneCLI gateway\n", client.agentSetup().getGatewaySkill());
    RecordedRequest r = server.take();
    assertRequest(r, "GET", "/v1/skill/gateway", "");
    assertEquals("text/markdown, application/json", r.getHeaders().get("Accept"));
  }

  @Test
  void asyncTwin() {
    server.json(200, CONFIG).json(200, CONFIG).json(200, STUBS).json(200, STUB).json(200, SKILL).json(200, SKILL);
    AgentSetupServiceAsync setup = client.async().agentSetup();
    assertEquals("/tmp/onecli-ca.pem", setup.getContainerConfig().join().caCertificateContainerPath());
    assertEquals(1, setup.getContainerConfig("worker-1").join().credentialStubs().size());
    assertEquals(List.of("codex"), setup.listCredentialStubs().join().agents());
    assertEquals("codex", setup.getCredentialStub("codex").join().agent());
    assertTrue(setup.getGatewaySkill().join().startsWith("# OneCLI"));
    assertTrue(setup.getGatewaySkill("codex").join().startsWith("# OneCLI"));
    String[] expected = {
      "GET /v1/container-config",
      "GET /v1/container-config?agent=worker-1",
      "GET /v1/credential-stubs",
      "GET /v1/credential-stubs/codex",
      "GET /v1/skill/gateway",
      "GET /v1/skill/gateway?agent_framework=codex"
    };
    for (String line : expected) {
      RecordedRequest r = server.take();
      assertEquals(line, r.getMethod() + " " + r.getTarget());
    }
  }

  @Test
  void badInputIsRefusedBeforeSending() {
    for (String bad : new String[] {null, "", "  ", ".", ".."}) {
      ValidationException e =
          assertThrows(ValidationException.class, () -> client.agentSetup().getCredentialStub(bad));
      assertEquals(1, e.problems().size());
      assertEquals("agent", e.problems().get(0).field());
    }
    CompletionException async =
        assertThrows(CompletionException.class, () -> client.async().agentSetup().getCredentialStub(null).join());
    assertEquals(
        List.of(new Problem("agent", "is required")),
        assertInstanceOf(ValidationException.class, async.getCause()).problems());
    assertEquals(0, server.server().getRequestCount());
  }
}
