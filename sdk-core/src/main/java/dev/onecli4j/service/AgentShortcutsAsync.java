package dev.onecli4j.service;

import static dev.onecli4j.service.Futures.attempt;

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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/** The shortcuts of {@link AgentsServiceAsync}; see {@link AgentShortcuts}. Futures fail instead of throwing. */
abstract class AgentShortcutsAsync {
  AgentShortcutsAsync() {}

  abstract CompletableFuture<List<Agent>> list(RequestOptions options);

  abstract CompletableFuture<AgentCreated> create(AgentCreateParams params, RequestOptions options);

  abstract CompletableFuture<SuccessResponse> update(String agentId, AgentUpdateParams params, RequestOptions options);

  abstract CompletableFuture<AgentGrants> listGrants(String agentId, RequestOptions options);

  abstract CompletableFuture<AgentGrants> grantSecret(String agentId, String secretId, RequestOptions options);

  abstract CompletableFuture<Void> revokeSecret(String agentId, String secretId, RequestOptions options);

  abstract CompletableFuture<EffectiveCredentials> getEffectiveCredentials(String agentId, RequestOptions options);

  /**
   * Renames an agent: {@code update} with only a name.
   *
   * @param agentId the agent
   * @param name the new display name
   * @return a future of the server's acknowledgement
   */
  public CompletableFuture<SuccessResponse> rename(String agentId, String name) {
    return rename(agentId, name, RequestOptions.none());
  }

  /**
   * Renames an agent: {@code update} with only a name.
   *
   * @param agentId the agent
   * @param name the new display name
   * @param options per-call options
   * @return a future of the server's acknowledgement
   */
  public CompletableFuture<SuccessResponse> rename(String agentId, String name, RequestOptions options) {
    return attempt(() -> {
      Problems.of("rename").requiredId("agentId", agentId).requiredText("name", name).required("options", options).throwIfAny();
      return update(agentId, AgentUpdateParams.builder().name(name).build(), options);
    });
  }

  /**
   * Creates the agent unless one with its identifier exists; see {@link AgentShortcuts#ensure}.
   *
   * @param params the agent to create
   * @return a future of the new or the existing agent
   */
  public CompletableFuture<EnsuredAgent> ensure(AgentCreateParams params) {
    return ensure(params, RequestOptions.none());
  }

  /**
   * Creates the agent unless one with its identifier exists; see {@link AgentShortcuts#ensure}.
   *
   * @param params the agent to create
   * @param options per-call options, used for every request
   * @return a future of the new or the existing agent
   */
  public CompletableFuture<EnsuredAgent> ensure(AgentCreateParams params, RequestOptions options) {
    return attempt(() -> {
      Problems.of("ensure").required("params", params).required("options", options).throwIfAny();
      return create(params, options)
          .thenApply(EnsuredAgent::created)
          .handle((created, e) -> {
            if (e == null) {
              return CompletableFuture.completedFuture(created);
            }
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            if (!(cause instanceof ConflictException || cause instanceof PermissionDeniedException)) {
              return CompletableFuture.<EnsuredAgent>failedFuture(cause);
            }
            return list(options).thenCompose(agents -> {
              EnsuredAgent existing = EnsuredAgent.existing(agents, params.identifier());
              return existing != null ? CompletableFuture.completedFuture(existing) : CompletableFuture.<EnsuredAgent>failedFuture(cause);
            });
          })
          .thenCompose(Function.identity());
    });
  }

  /**
   * Gives an agent exactly these secrets; see {@link AgentShortcuts#grantExactly(String, Collection)}.
   *
   * @param agentId the agent
   * @param secretIds the secrets it should hold, possibly none
   * @return a future of what was changed and what the gateway gives now
   */
  public CompletableFuture<ExactSecrets> grantExactly(String agentId, Collection<String> secretIds) {
    return grantExactly(agentId, secretIds, RequestOptions.none());
  }

  /**
   * Gives an agent exactly these secrets; see {@link AgentShortcuts#grantExactly(String, Collection)}.
   *
   * @param agentId the agent
   * @param secretIds the secrets it should hold, possibly none
   * @param options per-call options, used for every request
   * @return a future of what was changed and what the gateway gives now
   */
  public CompletableFuture<ExactSecrets> grantExactly(String agentId, Collection<String> secretIds, RequestOptions options) {
    return attempt(() -> {
      List<String> requested = GrantPlan.requested(agentId, secretIds, options);
      return listGrants(agentId, options).thenCompose(current -> {
        List<String> grant = GrantPlan.toGrant(requested, current);
        List<String> revoke = GrantPlan.toRevoke(requested, current);
        return inTurn(grant, id -> grantSecret(agentId, id, options))
            .thenCompose(v -> inTurn(revoke, id -> revokeSecret(agentId, id, options)))
            .thenCompose(v -> getEffectiveCredentials(agentId, options))
            .thenApply(effective -> new ExactSecrets(agentId, requested, grant, revoke, effective));
      });
    });
  }

  /** Runs {@code call} for each id, one after the other. */
  private static CompletableFuture<Void> inTurn(List<String> ids, Function<String, CompletableFuture<?>> call) {
    CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
    for (String id : ids) {
      chain = chain.thenCompose(v -> call.apply(id).thenApply(r -> null));
    }
    return chain;
  }
}
