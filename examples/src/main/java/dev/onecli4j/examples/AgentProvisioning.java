package dev.onecli4j.examples;

import dev.onecli4j.OneCli;
import dev.onecli4j.generated.onecli.model.AgentCreated;
import dev.onecli4j.generated.onecli.model.HttpMethod;
import dev.onecli4j.generated.onecli.model.PolicyRule;
import dev.onecli4j.generated.onecli.model.RateLimitWindow;
import dev.onecli4j.generated.onecli.model.RuleAction;
import dev.onecli4j.generated.onecli.model.SecretCreated;
import dev.onecli4j.generated.onecli.model.SecretMode;
import dev.onecli4j.param.AgentCreateParams;
import dev.onecli4j.param.RuleCreateParams;
import dev.onecli4j.preset.Preset;
import java.io.PrintStream;
import java.util.List;

/**
 * Provisions an agent: creates it, gives it exactly one secret, and limits what it may do
 * with a rate-limit rule.
 */
public final class AgentProvisioning {
  private AgentProvisioning() {}

  /** Runs the example against {@code ONECLI_BASE_URL} or the embedded emulator. */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    try (Connection connection = Connection.open(out)) {
      OneCli client = connection.client();

      AgentCreated agent =
          client.agents().create(AgentCreateParams.builder().name("Research bot").identifier("research-bot").build());
      out.println("Created agent " + agent.name() + " (" + agent.id() + ")");

      SecretCreated key = client.secrets().createFromPreset(Preset.ANTHROPIC, "sk-ant-api03-AgentExample0000").secret();

      // Selective mode: the agent may use only the secrets assigned to it.
      client.agents().updateSecretMode(agent.id(), SecretMode.SELECTIVE);
      client.agents().updateSecrets(agent.id(), List.of(key.id()));
      out.println("Agent secrets: " + client.agents().getSecrets(agent.id()));

      PolicyRule rule =
          client.rules().create(
              RuleCreateParams.builder()
                  .name("Research bot: 60 messages per hour")
                  .hostPattern("api.anthropic.com")
                  .pathPattern("/v1/messages")
                  .method(HttpMethod.POST)
                  .action(RuleAction.RATE_LIMIT)
                  .rateLimit(60)
                  .rateLimitWindow(RateLimitWindow.HOUR)
                  .agentId(agent.id())
                  .enabled(true)
                  .build());
      out.println("Rule " + rule.name() + ": " + rule.action() + " " + rule.rateLimit() + "/" + rule.rateLimitWindow());

      String token = client.agents().regenerateToken(agent.id()).accessToken();
      out.println("New agent token issued (" + token.length() + " characters; never print the token itself)");

      client.rules().delete(rule.id());
      client.agents().delete(agent.id());
      client.secrets().delete(key.id());
      out.println("Cleaned up the agent, its rule and its secret");
    }
  }
}
