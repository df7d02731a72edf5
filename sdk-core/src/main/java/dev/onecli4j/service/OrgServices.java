package dev.onecli4j.service;

import dev.onecli4j.internal.http.HttpTransport;

/** Organization-wide resources; calls need an organization API key. */
public final class OrgServices {
  private final OrgSettingsService settings;
  private final OrgSecretsService secrets;
  private final OrgRulesService rules;
  private final OrgConnectionsService connections;
  private final OrgAppsService apps;
  private final OrgApprovalsService approvals;
  private final OrgPartnerService partner;

  /** Creates the services over one transport; applications get this from the client. */
  public OrgServices(HttpTransport transport) {
    this.settings = new OrgSettingsService(transport);
    this.secrets = new OrgSecretsService(transport);
    this.rules = new OrgRulesService(transport);
    this.connections = new OrgConnectionsService(transport);
    this.apps = new OrgAppsService(transport);
    this.approvals = new OrgApprovalsService(transport);
    this.partner = new OrgPartnerService(transport);
  }

  /** Organization settings. */
  public OrgSettingsService settings() {
    return settings;
  }

  /** Organization secrets, inherited by every workspace. */
  public OrgSecretsService secrets() {
    return secrets;
  }

  /** Organization policy rules and app permissions. */
  public OrgRulesService rules() {
    return rules;
  }

  /** Organization app connections. */
  public OrgConnectionsService connections() {
    return connections;
  }

  /** Organization app configuration and blocklists. */
  public OrgAppsService apps() {
    return apps;
  }

  /** Held requests across the organization. */
  public OrgApprovalsService approvals() {
    return approvals;
  }

  /** The link to a partner account. */
  public OrgPartnerService partner() {
    return partner;
  }
}
