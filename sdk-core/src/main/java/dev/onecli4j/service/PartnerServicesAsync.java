package dev.onecli4j.service;

import dev.onecli4j.internal.http.HttpTransport;

/** The asynchronous view of {@link PartnerServices}. */
public final class PartnerServicesAsync {
  private final PartnerOrgsServiceAsync orgs;
  private final PartnerProjectsServiceAsync projects;
  private final PartnerSecretsServiceAsync secrets;
  private final PartnerBudgetsServiceAsync budgets;
  private final PartnerMembersServiceAsync members;

  /** Creates the services over one transport; applications get this from the client. */
  public PartnerServicesAsync(HttpTransport transport) {
    this.orgs = new PartnerOrgsServiceAsync(transport);
    this.projects = new PartnerProjectsServiceAsync(transport);
    this.secrets = new PartnerSecretsServiceAsync(transport);
    this.budgets = new PartnerBudgetsServiceAsync(transport);
    this.members = new PartnerMembersServiceAsync(transport);
  }

  /** Managed organizations. */
  public PartnerOrgsServiceAsync orgs() {
    return orgs;
  }

  /** Projects of managed organizations. */
  public PartnerProjectsServiceAsync projects() {
    return projects;
  }

  /** Secrets shared with managed organizations. */
  public PartnerSecretsServiceAsync secrets() {
    return secrets;
  }

  /** Spending budgets of managed organizations. */
  public PartnerBudgetsServiceAsync budgets() {
    return budgets;
  }

  /** Members of the partner account. */
  public PartnerMembersServiceAsync members() {
    return members;
  }
}
