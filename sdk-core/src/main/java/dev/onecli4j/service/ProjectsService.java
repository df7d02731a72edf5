package dev.onecli4j.service;

import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.generated.onecli.api.ProjectsApi;
import dev.onecli4j.generated.onecli.model.Project;
import dev.onecli4j.generated.onecli.model.ProjectCreated;
import dev.onecli4j.internal.http.HttpTransport;
import java.util.List;
import java.util.Objects;

/** Projects (workspaces) of the organization. */
public final class ProjectsService {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from {@code OneCli.projects()}. */
  public ProjectsService(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  /** Lists the projects of the caller's organization. */
  public List<Project> list() {
    return list(RequestOptions.none());
  }

  /** Lists the projects, with per-call options. */
  public List<Project> list(RequestOptions options) {
    return transport.execute(ProjectsApi.listProjectsRequest(), options);
  }

  /** Creates a project; the answer holds an API key for it that is shown only once. */
  public ProjectCreated create(String name) {
    return create(name, RequestOptions.none());
  }

  /** Creates a project, with per-call options. */
  public ProjectCreated create(String name, RequestOptions options) {
    return transport.execute(ProjectsApi.createProjectRequest(AccountBodies.projectCreate(name)), options);
  }

  /** Gets a project by its ID. */
  public Project get(String projectId) {
    return get(projectId, RequestOptions.none());
  }

  /** Gets a project, with per-call options. */
  public Project get(String projectId, RequestOptions options) {
    Args.id("get", "projectId", projectId);
    return transport.execute(ProjectsApi.getProjectRequest(projectId), options);
  }

  /** Renames a project. */
  public Project update(String projectId, String name) {
    return update(projectId, name, RequestOptions.none());
  }

  /** Renames a project, with per-call options. */
  public Project update(String projectId, String name, RequestOptions options) {
    return transport.execute(
        ProjectsApi.updateProjectRequest(projectId, AccountBodies.projectUpdate(projectId, name)), options);
  }

  /** Deletes a project with all of its data. */
  public void delete(String projectId) {
    delete(projectId, RequestOptions.none());
  }

  /** Deletes a project, with per-call options. */
  public void delete(String projectId, RequestOptions options) {
    Args.id("delete", "projectId", projectId);
    transport.execute(ProjectsApi.deleteProjectRequest(projectId), options);
  }
}
