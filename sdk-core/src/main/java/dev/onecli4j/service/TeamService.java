package dev.onecli4j.service;

import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.generated.onecli.api.TeamApi;
import dev.onecli4j.generated.onecli.model.ProvisionResult;
import dev.onecli4j.internal.http.HttpTransport;
import dev.onecli4j.param.TeamProvisionParams;
import java.util.Objects;

/** Provisioning of team members. */
public final class TeamService {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from {@code OneCli.team()}. */
  public TeamService(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  /** Provisions a team member with the server's defaults: a user, a project, an API key and a claim link. */
  public ProvisionResult provision() {
    return provision(RequestOptions.none());
  }

  /** Provisions a team member with the server's defaults, with per-call options. */
  public ProvisionResult provision(RequestOptions options) {
    return transport.execute(TeamApi.provisionUserRequest(AccountBodies.provisionDefaults()), options);
  }

  /** Provisions a team member: a user, a project, an API key and a claim link. */
  public ProvisionResult provision(TeamProvisionParams params) {
    return provision(params, RequestOptions.none());
  }

  /** Provisions a team member, with per-call options. */
  public ProvisionResult provision(TeamProvisionParams params, RequestOptions options) {
    return transport.execute(TeamApi.provisionUserRequest(AccountBodies.provision(params)), options);
  }
}
