package dev.onecli4j.service;

import dev.onecli4j.internal.http.HttpTransport;

/** The asynchronous view of {@link OrgServices}. */
public final class OrgServicesAsync {
  private final OrgSettingsServiceAsync settings;
  private final OrgSecretsServiceAsync secrets;
  private final OrgRulesServiceAsync rules;
  private final OrgConnectionsServiceAsync connections;
  private final OrgAppsServiceAsync apps;
  private final OrgApprovalsServiceAsync approvals;
  private final OrgPartnerServiceAsync partner;

  /** Creates the services over one transport; applications get this from the client. */
  public OrgServicesAsync(HttpTransport transport) {
    this.settings = new OrgSettingsServiceAsync(transport);
    this.secrets = new OrgSecretsServiceAsync(transport);
    this.rules = new OrgRulesServiceAsync(transport);
    this.connections = new OrgConnectionsServiceAsync(transport);
    this.apps = new OrgAppsServiceAsync(transport);
    this.approvals = new OrgApprovalsServiceAsync(transport);
    this.partner = new OrgPartnerServiceAsync(transport);
  }

  /** Organization settings. */
  public OrgSettingsServiceAsync settings() {
    return settings;
  }

  /** Organization secrets, inherited by every workspace. */
  public OrgSecretsServiceAsync secrets() {
    return secrets;
  }

  /** Organization policy rules and app permissions. */
  public OrgRulesServiceAsync rules() {
    return rules;
  }

  /** Organization app connections. */
  public OrgConnectionsServiceAsync connections() {
    return connections;
  }

  /** Organization app configuration and blocklists. */
  public OrgAppsServiceAsync apps() {
    return apps;
  }

  /** Held requests across the organization. */
  public OrgApprovalsServiceAsync approvals() {
    return approvals;
  }

  /** The link to a partner account. */
  public OrgPartnerServiceAsync partner() {
    return partner;
  }
}
