package dev.onecli4j.service;

import dev.onecli4j.internal.http.HttpTransport;

/** Partner resources: organizations a partner account manages, and their projects, secrets, budgets and members. */
public final class PartnerServices {
  private final PartnerOrgsService orgs;
  private final PartnerProjectsService projects;
  private final PartnerSecretsService secrets;
  private final PartnerBudgetsService budgets;
  private final PartnerMembersService members;

  /** Creates the services over one transport; applications get this from the client. */
  public PartnerServices(HttpTransport transport) {
    this.orgs = new PartnerOrgsService(transport);
    this.projects = new PartnerProjectsService(transport);
    this.secrets = new PartnerSecretsService(transport);
    this.budgets = new PartnerBudgetsService(transport);
    this.members = new PartnerMembersService(transport);
  }

  /** Managed organizations. */
  public PartnerOrgsService orgs() {
    return orgs;
  }

  /** Projects of managed organizations. */
  public PartnerProjectsService projects() {
    return projects;
  }

  /** Secrets shared with managed organizations. */
  public PartnerSecretsService secrets() {
    return secrets;
  }

  /** Spending budgets of managed organizations. */
  public PartnerBudgetsService budgets() {
    return budgets;
  }

  /** Members of the partner account. */
  public PartnerMembersService members() {
    return members;
  }
}
