package dev.onecli4j.service;

import dev.onecli4j.generated.onecli.model.MigrateExportRequest;
import dev.onecli4j.generated.onecli.model.ProjectCreateRequest;
import dev.onecli4j.generated.onecli.model.ProjectUpdateRequest;
import dev.onecli4j.generated.onecli.model.TeamProvisionRequest;
import dev.onecli4j.generated.onecli.model.UserUpdateRequest;
import dev.onecli4j.param.MigrationExportParams;
import dev.onecli4j.param.TeamProvisionParams;
import dev.onecli4j.validation.Problems;

/**
 * Checks the arguments of project, user, team and migration calls, reporting every problem at
 * once, and builds their bodies.
 */
final class AccountBodies {
  private AccountBodies() {}

  static ProjectCreateRequest projectCreate(String name) {
    Problems.of("create").required("name", name).throwIfAny();
    return ProjectCreateRequest.builder().name(name).build();
  }

  static ProjectUpdateRequest projectUpdate(String projectId, String name) {
    Problems.of("update").requiredId("projectId", projectId).required("name", name).throwIfAny();
    return ProjectUpdateRequest.builder().name(name).build();
  }

  static UserUpdateRequest userUpdate(String name) {
    Problems.of("update").requiredText("name", name).throwIfAny();
    return UserUpdateRequest.builder().name(name).build();
  }

  static TeamProvisionRequest provision(TeamProvisionParams p) {
    Args.required("provision", "params", p);
    return TeamProvisionRequest.builder().role(p.role()).skipOnboarding(p.skipOnboarding()).build();
  }

  static TeamProvisionRequest provisionDefaults() {
    return TeamProvisionRequest.builder().build();
  }

  static MigrateExportRequest export(MigrationExportParams p) {
    Args.required("export", "params", p);
    return MigrateExportRequest.builder().cloudApiKey(p.cloudApiKey().reveal()).cloudUrl(p.cloudUrl()).build();
  }
}
