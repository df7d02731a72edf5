package dev.onecli4j.examples;

import dev.onecli4j.OneCli;
import dev.onecli4j.error.NotFoundException;
import dev.onecli4j.error.OneCliException;
import dev.onecli4j.generated.onecli.model.EffectiveCredential;
import dev.onecli4j.generated.onecli.model.EffectiveCredentials;
import dev.onecli4j.generated.onecli.model.Injection;
import dev.onecli4j.generated.onecli.model.SecretCreated;
import dev.onecli4j.generated.onecli.model.SecretType;
import dev.onecli4j.param.AgentCreateParams;
import dev.onecli4j.param.SecretCreateParams;
import dev.onecli4j.param.SecretUpdateParams;
import dev.onecli4j.preset.Preset;
import dev.onecli4j.service.EnsuredAgent;
import dev.onecli4j.service.ExactSecrets;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole job of an agent framework on a OneCLI server 2.0.1: create a secret, create an agent
 * (or find it), give the agent exactly that secret (the LLM keys the server grants a new agent
 * automatically are taken away), confirm what the gateway gives it, rotate the secret, confirm,
 * revoke, confirm. Whatever it created is deleted at the end, also when a step fails.
 */
public final class AgentProvisioning {
  private AgentProvisioning() {}

  /** Runs the example against {@code ONECLI_BASE_URL} or the embedded emulator. */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    run(out, Connection.open(out));
  }

  static void run(PrintStream out, Connection opened) {
    try (Connection connection = opened) {
      OneCli client = connection.client();
      List<String> secrets = new ArrayList<>();
      EnsuredAgent agent = null;
      try {
        // The workspace's model key; the server grants LLM keys to new agents by itself.
        SecretCreated llmKey =
            client.secrets().createFromPreset(Preset.ANTHROPIC, "sk-ant-api03-ProvisioningExample0001").secret();
        secrets.add(llmKey.id());

        // 1. The secret the agent should have, and nothing else.
        SecretCreated apiKey =
            client.secrets().create(
                SecretCreateParams.builder()
                    .name("Example API")
                    .type(SecretType.GENERIC)
                    .value("example-api-key-0001")
                    .hostPattern("api.example.com")
                    .injection(Injection.header("X-Api-Key", "{value}"))
                    .build());
        secrets.add(apiKey.id());
        out.println("Created secret " + apiKey.name());

        // 2. The agent: created, or found if an earlier run left it.
        agent = client.agents().ensure(AgentCreateParams.builder().name("Provisioning example").identifier("provisioning-example").build());
        out.println("Agent " + agent.identifier() + (agent.created() ? " created" : " found")
            + "; the server granted it " + agent.llmKeys().size() + " LLM key(s) automatically");

        // 3. Exactly that secret, confirmed through what the gateway will give the agent.
        ExactSecrets exact = client.agents().grantExactly(agent.id(), List.of(apiKey.id()));
        out.println("Exactly " + apiKey.name() + ": granted " + exact.granted().size() + ", revoked " + exact.revoked().size()
            + ", exact: " + exact.isExact());
        if (!exact.imposedByOrganization().isEmpty()) {
          out.println("  " + exact.imposedByOrganization().size() + " more secret(s) come from organization policy; the workspace cannot remove them");
        }
        out.println("Effective: " + describe(exact.effective()));

        // 4. Rotation changes the value only; the grant stays.
        client.secrets().update(apiKey.id(), SecretUpdateParams.builder().value("example-api-key-0002").build());
        out.println("Rotated " + apiKey.name() + "; effective: " + describe(client.agents().getEffectiveCredentials(agent.id())));

        // 5. Revoke, and confirm the gateway no longer gives it.
        client.agents().revokeSecret(agent.id(), apiKey.id());
        out.println("Revoked " + apiKey.name() + "; effective: " + describe(client.agents().getEffectiveCredentials(agent.id())));
      } catch (OneCliException e) {
        out.println("Failed: " + e.getMessage());
        throw e;
      } finally {
        out.println("Cleaned up: " + cleanUp(client, agent, secrets));
      }
    }
  }

  /** The secrets the gateway gives the agent, with their state. */
  private static String describe(EffectiveCredentials effective) {
    List<String> parts = new ArrayList<>();
    for (EffectiveCredential c : effective.secrets()) {
      parts.add(c.name() + " " + c.status());
    }
    return parts.isEmpty() ? "no secrets" : String.join(", ", parts);
  }

  /** Deletes the agent if this run created it, and the secrets; each on its own, so one failure stops nothing. */
  private static String cleanUp(OneCli client, EnsuredAgent agent, List<String> secrets) {
    int deleted = 0;
    if (agent != null && agent.created()) {
      deleted += delete(() -> client.agents().delete(agent.id()));
    }
    for (String id : secrets) {
      deleted += delete(() -> client.secrets().delete(id));
    }
    return deleted + " item(s) deleted";
  }

  private static int delete(Runnable delete) {
    try {
      delete.run();
      return 1;
    } catch (NotFoundException e) {
      return 0;
    } catch (OneCliException e) {
      System.err.println("Cleanup step failed: " + e.getMessage());
      return 0;
    }
  }
}
