package dev.onecli4j.service;

import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.error.ConflictException;
import dev.onecli4j.error.PermissionDeniedException;
import dev.onecli4j.generated.onecli.model.Agent;
import dev.onecli4j.generated.onecli.model.AgentCreated;
import dev.onecli4j.generated.onecli.model.AgentGrants;
import dev.onecli4j.generated.onecli.model.EffectiveCredentials;
import dev.onecli4j.generated.onecli.model.SuccessResponse;
import dev.onecli4j.param.AgentCreateParams;
import dev.onecli4j.param.AgentUpdateParams;
import dev.onecli4j.validation.Problems;
import java.util.Collection;
import java.util.List;

/**
 * What {@link AgentsService} adds to the generated calls: renaming, creating an agent unless it
 * exists, and giving an agent exactly a set of secrets. The spec names this class in {@code
 * listAgents}' {@code x-onecli4j.extends}.
 */
abstract class AgentShortcuts {
  AgentShortcuts() {}

  abstract List<Agent> list(RequestOptions options);

  abstract AgentCreated create(AgentCreateParams params, RequestOptions options);

  abstract SuccessResponse update(String agentId, AgentUpdateParams params, RequestOptions options);

  abstract AgentGrants listGrants(String agentId, RequestOptions options);

  abstract AgentGrants grantSecret(String agentId, String secretId, RequestOptions options);

  abstract void revokeSecret(String agentId, String secretId, RequestOptions options);

  abstract EffectiveCredentials getEffectiveCredentials(String agentId, RequestOptions options);

  /**
   * Renames an agent: {@code update} with only a name.
   *
   * @param agentId the agent
   * @param name the new display name
   * @return the server's acknowledgement
   * @throws dev.onecli4j.validation.ValidationException if an argument is missing; nothing is sent then
   * @throws dev.onecli4j.error.OneCliException if the call fails
   */
  public SuccessResponse rename(String agentId, String name) {
    return rename(agentId, name, RequestOptions.none());
  }

  /**
   * Renames an agent: {@code update} with only a name.
   *
   * @param agentId the agent
   * @param name the new display name
   * @param options per-call options
   * @return the server's acknowledgement
   * @throws dev.onecli4j.validation.ValidationException if an argument is missing; nothing is sent then
   * @throws dev.onecli4j.error.OneCliException if the call fails
   */
  public SuccessResponse rename(String agentId, String name, RequestOptions options) {
    Problems.of("rename").requiredId("agentId", agentId).requiredText("name", name).required("options", options).throwIfAny();
    return update(agentId, AgentUpdateParams.builder().name(name).build(), options);
  }

  /**
   * Creates the agent unless one with its identifier exists: the server answers 409 for a taken
   * identifier (and 403 at a plan's agent limit), and then the agent is looked up by its
   * identifier instead. Safe to call at every start of an agent framework.
   *
   * @param params the agent to create
   * @return the new or the existing agent
   * @throws dev.onecli4j.validation.ValidationException if an argument is missing or breaks a
   *     rule the server enforces; nothing is sent then
   * @throws dev.onecli4j.error.OneCliException if the call fails, or a 409/403 came although no
   *     agent has the identifier (the server's error is thrown then)
   */
  public EnsuredAgent ensure(AgentCreateParams params) {
    return ensure(params, RequestOptions.none());
  }

  /**
   * Creates the agent unless one with its identifier exists; see {@link #ensure(AgentCreateParams)}.
   *
   * @param params the agent to create
   * @param options per-call options, used for every request
   * @return the new or the existing agent
   * @throws dev.onecli4j.validation.ValidationException if an argument is missing or breaks a
   *     rule the server enforces; nothing is sent then
   * @throws dev.onecli4j.error.OneCliException if a call fails
   */
  public EnsuredAgent ensure(AgentCreateParams params, RequestOptions options) {
    Problems.of("ensure").required("params", params).required("options", options).throwIfAny();
    try {
      return EnsuredAgent.created(create(params, options));
    } catch (ConflictException | PermissionDeniedException e) {
      EnsuredAgent existing = EnsuredAgent.existing(list(options), params.identifier());
      if (existing == null) {
        throw e;
      }
      return existing;
    }
  }

  /**
   * Gives an agent exactly these secrets: grants the ones it does not hold, revokes every other
   * secret grant it holds (the LLM keys the server granted automatically included), then reads
   * its effective credentials to confirm. {@link ExactSecrets#isExact()} tells whether the
   * gateway now gives exactly these; if not, the result says what is missing and what the
   * workspace cannot remove (organization policy). A later LLM key is granted automatically to
   * an agent left without one; see {@link ExactSecrets}.
   *
   * @param agentId the agent
   * @param secretIds the secrets (workspace or organization) it should hold, possibly none
   * @return what was changed and what the gateway gives now
   * @throws dev.onecli4j.validation.ValidationException if an argument is missing; nothing is sent then
   * @throws dev.onecli4j.error.OneCliException if a call fails; the grants made before it stay
   */
  public ExactSecrets grantExactly(String agentId, Collection<String> secretIds) {
    return grantExactly(agentId, secretIds, RequestOptions.none());
  }

  /**
   * Gives an agent exactly these secrets; see {@link #grantExactly(String, Collection)}.
   *
   * @param agentId the agent
   * @param secretIds the secrets it should hold, possibly none
   * @param options per-call options, used for every request
   * @return what was changed and what the gateway gives now
   * @throws dev.onecli4j.validation.ValidationException if an argument is missing; nothing is sent then
   * @throws dev.onecli4j.error.OneCliException if a call fails; the grants made before it stay
   */
  public ExactSecrets grantExactly(String agentId, Collection<String> secretIds, RequestOptions options) {
    List<String> requested = GrantPlan.requested(agentId, secretIds, options);
    AgentGrants current = listGrants(agentId, options);
    List<String> grant = GrantPlan.toGrant(requested, current);
    List<String> revoke = GrantPlan.toRevoke(requested, current);
    for (String id : grant) {
      grantSecret(agentId, id, options);
    }
    for (String id : revoke) {
      revokeSecret(agentId, id, options);
    }
    return new ExactSecrets(agentId, requested, grant, revoke, getEffectiveCredentials(agentId, options));
  }
}
