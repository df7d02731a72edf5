package dev.onecli4j.service;

import dev.onecli4j.generated.onecli.model.MigrateExportRequest;
import dev.onecli4j.generated.onecli.model.TeamProvisionRequest;
import dev.onecli4j.param.MigrationExportParams;
import dev.onecli4j.param.TeamProvisionParams;

/** Builds the bodies of team provisioning and migration from their params. */
final class AccountBodies {
  private AccountBodies() {}

  static TeamProvisionRequest provision(TeamProvisionParams p) {
    return TeamProvisionRequest.builder().role(p.role()).skipOnboarding(p.skipOnboarding()).build();
  }

  static MigrateExportRequest export(MigrationExportParams p) {
    return MigrateExportRequest.builder().cloudApiKey(p.cloudApiKey().reveal()).cloudUrl(p.cloudUrl()).build();
  }
}
