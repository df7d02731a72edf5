package dev.onecli4j.examples;

import dev.onecli4j.OneCli;
import dev.onecli4j.error.GoneException;
import dev.onecli4j.generated.onecli.model.AgentCreated;
import dev.onecli4j.generated.onecli.model.SecretCreated;
import dev.onecli4j.param.AgentCreateParams;
import dev.onecli4j.preset.Preset;
import java.io.PrintStream;

/**
 * Provisions an agent on a OneCLI server 2.0.1: creates it, adds an LLM key (which the server
 * grants to every agent that has none), shows that the retired secret-assignment routes say
 * what replaced them, and rotates the agent's token.
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
      boolean granted = key.attachedAgents().stream().anyMatch(a -> a.id().equals(agent.id()));
      out.println("The new LLM key was granted to the agent automatically: " + granted);

      try {
        client.agents().getSecrets(agent.id());
      } catch (GoneException e) {
        out.println("Secret assignment is retired (" + e.status() + "): " + e.errorMessage());
      }

      String token = client.agents().regenerateToken(agent.id()).accessToken();
      out.println("New agent token issued (" + token.length() + " characters; never print the token itself)");

      client.agents().delete(agent.id());
      client.secrets().delete(key.id());
      out.println("Cleaned up the agent and its secret");
    }
  }
}
