package dev.onecli4j.service;

import static dev.onecli4j.service.Futures.attempt;

import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.generated.onecli.api.ProjectsApi;
import dev.onecli4j.generated.onecli.model.Project;
import dev.onecli4j.generated.onecli.model.ProjectCreated;
import dev.onecli4j.internal.http.HttpTransport;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The asynchronous twin of {@link ProjectsService}. */
public final class ProjectsServiceAsync {
  private final HttpTransport transport;

  /** Binds the service to a transport; applications get it from {@code OneCli.async().projects()}. */
  public ProjectsServiceAsync(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  /** Lists the projects of the caller's organization. */
  public CompletableFuture<List<Project>> list() {
    return list(RequestOptions.none());
  }

  /** Lists the projects, with per-call options. */
  public CompletableFuture<List<Project>> list(RequestOptions options) {
    return attempt(() -> transport.executeAsync(ProjectsApi.listProjectsRequest(), options));
  }

  /** Creates a project; the answer holds an API key for it that is shown only once. */
  public CompletableFuture<ProjectCreated> create(String name) {
    return create(name, RequestOptions.none());
  }

  /** Creates a project, with per-call options. */
  public CompletableFuture<ProjectCreated> create(String name, RequestOptions options) {
    return attempt(
        () -> transport.executeAsync(ProjectsApi.createProjectRequest(AccountBodies.projectCreate(name)), options));
  }

  /** Gets a project by its ID. */
  public CompletableFuture<Project> get(String projectId) {
    return get(projectId, RequestOptions.none());
  }

  /** Gets a project, with per-call options. */
  public CompletableFuture<Project> get(String projectId, RequestOptions options) {
    return attempt(
        () -> {
          Args.id("get", "projectId", projectId);
          return transport.executeAsync(ProjectsApi.getProjectRequest(projectId), options);
        });
  }

  /** Renames a project. */
  public CompletableFuture<Project> update(String projectId, String name) {
    return update(projectId, name, RequestOptions.none());
  }

  /** Renames a project, with per-call options. */
  public CompletableFuture<Project> update(String projectId, String name, RequestOptions options) {
    return attempt(
        () ->
            transport.executeAsync(
                ProjectsApi.updateProjectRequest(projectId, AccountBodies.projectUpdate(projectId, name)), options));
  }

  /** Deletes a project with all of its data. */
  public CompletableFuture<Void> delete(String projectId) {
    return delete(projectId, RequestOptions.none());
  }

  /** Deletes a project, with per-call options. */
  public CompletableFuture<Void> delete(String projectId, RequestOptions options) {
    return attempt(
        () -> {
          Args.id("delete", "projectId", projectId);
          return transport.executeAsync(ProjectsApi.deleteProjectRequest(projectId), options);
        });
  }
}
