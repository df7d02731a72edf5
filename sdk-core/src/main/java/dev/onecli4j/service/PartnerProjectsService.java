package dev.onecli4j.service;

import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.generated.onecli.api.PartnerProjectsApi;
import dev.onecli4j.generated.onecli.model.PartnerProjectCreateRequest;
import dev.onecli4j.generated.onecli.model.Project;
import dev.onecli4j.internal.http.HttpTransport;
import dev.onecli4j.validation.Problems;
import java.util.List;
import java.util.Objects;

/** Projects of the customer organizations the partner account manages. */
public final class PartnerProjectsService {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from {@code client.partner().projects()}. */
  public PartnerProjectsService(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  /** Lists the projects of a customer organization. */
  public List<Project> list(String orgId) {
    return list(orgId, RequestOptions.none());
  }

  /** Lists the projects of a customer organization, with per-call options. */
  public List<Project> list(String orgId, RequestOptions options) {
    Args.id("list", "orgId", orgId);
    return transport.execute(PartnerProjectsApi.listPartnerProjectsRequest(orgId), options);
  }

  /** Adds a project to a customer organization that is still unclaimed. */
  public Project create(String orgId, String name) {
    return create(orgId, name, RequestOptions.none());
  }

  /** Adds a project to an unclaimed customer organization, with per-call options. */
  public Project create(String orgId, String name, RequestOptions options) {
    Problems.of("create").requiredId("orgId", orgId).requiredText("name", name).throwIfAny();
    return transport.execute(
        PartnerProjectsApi.createPartnerProjectRequest(
            orgId, PartnerProjectCreateRequest.builder().name(name).build()),
        options);
  }

  /** Deletes a project of an unclaimed customer organization; one project must remain. */
  public void delete(String orgId, String projectId) {
    delete(orgId, projectId, RequestOptions.none());
  }

  /** Deletes a project of an unclaimed customer organization, with per-call options. */
  public void delete(String orgId, String projectId, RequestOptions options) {
    Args.ids("delete", "orgId", orgId, "projectId", projectId);
    transport.execute(PartnerProjectsApi.deletePartnerProjectRequest(orgId, projectId), options);
  }
}
