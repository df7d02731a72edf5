package dev.onecli4j.service;

import static dev.onecli4j.service.Futures.attempt;

import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.generated.onecli.api.PartnerProjectsApi;
import dev.onecli4j.generated.onecli.model.PartnerProjectCreateRequest;
import dev.onecli4j.generated.onecli.model.Project;
import dev.onecli4j.internal.http.HttpTransport;
import dev.onecli4j.validation.Problems;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The asynchronous twin of {@link PartnerProjectsService}. */
public final class PartnerProjectsServiceAsync {
  private final HttpTransport transport;

  /**
   * Binds the service to a transport; applications get it from {@code client.async().partner().projects()}.
   */
  public PartnerProjectsServiceAsync(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  /** Lists the projects of a customer organization. */
  public CompletableFuture<List<Project>> list(String orgId) {
    return list(orgId, RequestOptions.none());
  }

  /** Lists the projects of a customer organization, with per-call options. */
  public CompletableFuture<List<Project>> list(String orgId, RequestOptions options) {
    return attempt(
        () -> {
          Args.id("list", "orgId", orgId);
          return transport.executeAsync(PartnerProjectsApi.listPartnerProjectsRequest(orgId), options);
        });
  }

  /** Adds a project to a customer organization that is still unclaimed. */
  public CompletableFuture<Project> create(String orgId, String name) {
    return create(orgId, name, RequestOptions.none());
  }

  /** Adds a project to an unclaimed customer organization, with per-call options. */
  public CompletableFuture<Project> create(String orgId, String name, RequestOptions options) {
    return attempt(
        () -> {
          Problems.of("create").requiredId("orgId", orgId).requiredText("name", name).throwIfAny();
          return transport.executeAsync(
              PartnerProjectsApi.createPartnerProjectRequest(
                  orgId, PartnerProjectCreateRequest.builder().name(name).build()),
              options);
        });
  }

  /** Deletes a project of an unclaimed customer organization; one project must remain. */
  public CompletableFuture<Void> delete(String orgId, String projectId) {
    return delete(orgId, projectId, RequestOptions.none());
  }

  /** Deletes a project of an unclaimed customer organization, with per-call options. */
  public CompletableFuture<Void> delete(String orgId, String projectId, RequestOptions options) {
    return attempt(
        () -> {
          Args.ids("delete", "orgId", orgId, "projectId", projectId);
          return transport.executeAsync(
              PartnerProjectsApi.deletePartnerProjectRequest(orgId, projectId), options);
        });
  }
}
