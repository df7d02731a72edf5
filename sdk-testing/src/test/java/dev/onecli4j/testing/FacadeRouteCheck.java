package dev.onecli4j.testing;

import dev.onecli4j.OneCli;
import dev.onecli4j.error.ApiException;
import dev.onecli4j.error.GoneException;
import dev.onecli4j.error.RouteNotFoundException;
import dev.onecli4j.generated.onecli.model.AgentsInclude;
import dev.onecli4j.generated.onecli.model.ApprovalDecision;
import dev.onecli4j.generated.onecli.model.AppConnection;
import dev.onecli4j.generated.onecli.model.Injection;
import dev.onecli4j.generated.onecli.model.MemberRole;
import dev.onecli4j.generated.onecli.model.OrgPolicyAction;
import dev.onecli4j.generated.onecli.model.OrgPolicyRule;
import dev.onecli4j.generated.onecli.model.OrgPolicyStatus;
import dev.onecli4j.generated.onecli.model.OrgPolicyTarget;
import dev.onecli4j.generated.onecli.model.OrgPolicyTargetKind;
import dev.onecli4j.generated.onecli.model.SecretType;
import dev.onecli4j.generated.onecli.model.WorkspaceCreated;
import dev.onecli4j.param.AgentCreateParams;
import dev.onecli4j.param.AgentUpdateParams;
import dev.onecli4j.param.AppAuthorizeParams;
import dev.onecli4j.param.AppConnectParams;
import dev.onecli4j.param.ConnectionGrantParams;
import dev.onecli4j.param.EffectivePermissionsParams;
import dev.onecli4j.param.MigrationExportParams;
import dev.onecli4j.param.OrgAppAuthorizeParams;
import dev.onecli4j.param.OrgPolicyRuleCreateParams;
import dev.onecli4j.param.OrgPolicyRuleUpdateParams;
import dev.onecli4j.param.SecretCreateParams;
import dev.onecli4j.param.SecretUpdateParams;
import dev.onecli4j.param.TeamProvisionParams;
import dev.onecli4j.preset.Preset;
import dev.onecli4j.validation.ValidationException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Calls every facade method that is not deprecated, once or more, with plausible arguments
 * against a server (the emulator, or a real one with a fresh tenant), and records how each
 * answered. A method the server retired (410) or does not serve (404 "Unrecognized request URL")
 * fails the check, as does a call the SDK refused to send. Everything the calls create is
 * deleted again; the key the client uses keeps working (the key rotation runs on a workspace
 * created for it). Error answers that are not about the route (a licence, an unknown id) are
 * reported, not failed.
 */
final class FacadeRouteCheck {
  private final OneCli client;
  private final Function<String, OneCli> withKey;
  private final String tag = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
  private final Map<String, String> outcomes = new TreeMap<>();
  private final List<String> failures = new ArrayList<>();

  /**
   * @param client the client to check, with a workspace key
   * @param withKey a client of the same server with another API key
   */
  FacadeRouteCheck(OneCli client, Function<String, OneCli> withKey) {
    this.client = client;
    this.withKey = withKey;
  }

  /** The facade methods that must be called: every public non-deprecated method of every service. */
  static Set<String> nonDeprecatedMethods() {
    Set<String> out = new TreeSet<>();
    collect(OneCli.class, out);
    return out;
  }

  private static void collect(Class<?> owner, Set<String> out) {
    for (Method accessor : owner.getMethods()) {
      Class<?> type = accessor.getReturnType();
      if (accessor.getParameterCount() != 0
          || Modifier.isStatic(accessor.getModifiers())
          || accessor.isAnnotationPresent(Deprecated.class)
          || type.getPackage() == null
          || !type.getPackage().getName().equals("dev.onecli4j.service")
          || type.getSimpleName().endsWith("Async")) {
        continue;
      }
      if (!type.getSimpleName().endsWith("Service")) {
        collect(type, out);
        continue;
      }
      for (Method m : type.getMethods()) {
        if (m.getDeclaringClass() != Object.class && !Modifier.isStatic(m.getModifiers()) && !m.isAnnotationPresent(Deprecated.class)) {
          out.add(type.getSimpleName() + "." + m.getName());
        }
      }
    }
  }

  /** How each method answered, by {@code Service.method}. */
  Map<String, String> outcomes() {
    return outcomes;
  }

  /** The calls that were refused before sending, or answered 410 or "Unrecognized request URL". */
  List<String> failures() {
    return failures;
  }

  /** Every non-deprecated method that was not called. */
  Set<String> notCalled() {
    Set<String> missing = nonDeprecatedMethods();
    missing.removeAll(outcomes.keySet());
    return missing;
  }

  /** Prints the outcomes, the answers that were errors first. */
  void print(PrintStream out) {
    long ok = outcomes.values().stream().filter(v -> v.equals("ok")).count();
    out.printf("Facade route check: %d methods called, %d answered with success, %d with another answer, %d failed%n",
        outcomes.size(), ok, outcomes.size() - ok - failures.size(), failures.size());
    outcomes.forEach((method, outcome) -> {
      if (!outcome.equals("ok")) {
        out.println("  " + method + ": " + outcome);
      }
    });
  }

  /** Calls {@code call} as {@code method} and records how it answered. */
  <T> T call(String method, Supplier<T> call) {
    try {
      T result = call.get();
      outcomes.putIfAbsent(method, "ok");
      return result;
    } catch (GoneException | RouteNotFoundException | ValidationException e) {
      fail(method, e);
    } catch (ApiException e) {
      if (String.valueOf(e.errorMessage()).startsWith("Unrecognized request URL")) {
        fail(method, e);
      } else {
        outcomes.merge(method, e.status() + " " + e.errorType() + ": " + e.errorMessage(), FacadeRouteCheck::keepOk);
      }
    } catch (RuntimeException e) {
      outcomes.merge(method, e.getClass().getSimpleName() + ": " + e.getMessage(), FacadeRouteCheck::keepOk);
    }
    return null;
  }

  private static String keepOk(String old, String now) {
    return old.equals("ok") ? old : now;
  }

  private void run(String method, Runnable call) {
    call(method, () -> {
      call.run();
      return Boolean.TRUE;
    });
  }

  private void fail(String method, RuntimeException e) {
    String outcome = "FAILED " + e.getClass().getSimpleName() + ": " + e.getMessage();
    outcomes.put(method, outcome);
    failures.add(method + " " + outcome);
  }

  /** Runs every call, then deletes what they created. */
  FacadeRouteCheck run() {
    utility();
    call("MigrationService.export", () -> client.migration().export(
        MigrationExportParams.builder().cloudApiKey("oc_route_check").cloudUrl(URI.create("http://127.0.0.1:9")).build()));
    String agent = agents();
    String secret = secrets(agent);
    apps(agent);
    user();
    workspaces();
    org();
    approvals();
    call("TeamService.provision", () -> client.team().provision());
    call("TeamService.provision", () -> client.team().provision(TeamProvisionParams.builder().build()));
    run("SecretsService.delete", () -> client.secrets().delete(secret));
    run("AgentsService.delete", () -> client.agents().delete(agent));
    return this;
  }

  private void utility() {
    call("UtilityService.health", () -> client.utility().health());
    call("UtilityService.counts", () -> client.utility().counts());
    call("UtilityService.listVaults", () -> client.utility().listVaults());
    call("UtilityService.instance", () -> client.utility().instance());
    call("AgentSetupService.getGatewayUrl", () -> client.agentSetup().getGatewayUrl());
    call("AgentSetupService.getGatewayCa", () -> client.agentSetup().getGatewayCa());
    call("AgentSetupService.getGatewaySkill", () -> client.agentSetup().getGatewaySkill());
    call("AgentSetupService.getGatewaySkill", () -> client.agentSetup().getGatewaySkill("claude"));
    call("AgentSetupService.listCredentialStubs", () -> client.agentSetup().listCredentialStubs());
    call("AgentSetupService.getCredentialStub", () -> client.agentSetup().getCredentialStub("codex"));
  }

  private String agents() {
    String identifier = "route-check-" + tag;
    call("AgentsService.list", () -> client.agents().list());
    call("AgentsService.list", () -> client.agents().list(AgentsInclude.GRANTS_SUMMARY));
    var ensured = call("AgentsService.ensure", () -> client.agents().ensure(
        AgentCreateParams.builder().name("Route check").identifier(identifier).build()));
    var again = call("AgentsService.ensure", () -> client.agents().ensure(
        AgentCreateParams.builder().name("Route check").identifier(identifier).build()));
    String agent = ensured != null ? ensured.id() : again == null ? "unknown" : again.id();
    var other = call("AgentsService.create", () -> client.agents().create(
        AgentCreateParams.builder().name("Route check 2").identifier(identifier + "-2").build()));
    call("AgentsService.get", () -> client.agents().get(agent));
    call("AgentsService.update", () -> client.agents().update(agent, AgentUpdateParams.builder().name("Route check (renamed)").build()));
    call("AgentsService.rename", () -> client.agents().rename(agent, "Route check"));
    call("AgentsService.regenerateToken", () -> client.agents().regenerateToken(agent));
    call("AgentSetupService.getContainerConfig", () -> client.agentSetup().getContainerConfig());
    call("AgentSetupService.getContainerConfig", () -> client.agentSetup().getContainerConfig(identifier));
    if (other != null) {
      run("AgentsService.delete", () -> client.agents().delete(other.id()));
    }
    return agent;
  }

  private String secrets(String agent) {
    call("SecretsService.list", () -> client.secrets().list());
    var created = call("SecretsService.create", () -> client.secrets().create(
        SecretCreateParams.builder()
            .name("route check " + tag)
            .type(SecretType.GENERIC)
            .value("route-check-value-" + tag)
            .hostPattern("api.example.com")
            .injection(Injection.header("X-Api-Key", "{value}"))
            .build()));
    String secret = created == null ? "unknown" : created.id();
    var preset = call("SecretsService.createFromPreset", () -> client.secrets().createFromPreset(Preset.GITHUB, "ghp_routecheck" + tag));
    call("SecretsService.update", () -> client.secrets().update(secret, SecretUpdateParams.builder().value("route-check-rotated-" + tag).build()));
    if (preset != null) {
      run("SecretsService.delete", () -> client.secrets().delete(preset.secret().id()));
    }
    call("AgentsService.listGrants", () -> client.agents().listGrants(agent));
    call("AgentsService.grantSecret", () -> client.agents().grantSecret(agent, secret));
    call("AgentsService.grantExactly", () -> client.agents().grantExactly(agent, List.of(secret)));
    call("AgentsService.getEffectiveCredentials", () -> client.agents().getEffectiveCredentials(agent));
    run("AgentsService.revokeSecret", () -> client.agents().revokeSecret(agent, secret));
    return secret;
  }

  private void apps(String agent) {
    call("AppsService.list", () -> client.apps().list());
    call("AppsService.get", () -> client.apps().get("granola"));
    call("AppsService.authorize", () -> client.apps().authorize("github"));
    call("AppsService.authorize", () -> client.apps().authorize("github", AppAuthorizeParams.builder().agentName("route-check").build()));
    call("AppsService.listConfigured", () -> client.apps().listConfigured());
    call("AppsService.listEnvDefaults", () -> client.apps().listEnvDefaults());
    call("AppsService.listPermissionDefinitions", () -> client.apps().listPermissionDefinitions());
    call("AppsService.getPermissionDefinition", () -> client.apps().getPermissionDefinition("granola"));
    call("AppsService.listAvailable", () -> client.apps().listAvailable());
    call("AppsService.getConfig", () -> client.apps().getConfig("github"));
    call("AppsService.upsertConfig", () -> client.apps().upsertConfig("github", Map.of("clientId", "route-check", "clientSecret", "route-check-secret")));
    call("AppsService.toggleConfig", () -> client.apps().toggleConfig("github", false));
    run("AppsService.deleteConfig", () -> client.apps().deleteConfig("github"));
    call("AppsService.getBlocklist", () -> client.apps().getBlocklist("jfrog-artifactory"));
    var entry = call("AppsService.addBlocklistEntry", () -> client.apps().addBlocklistEntry("jfrog-artifactory", "npm"));
    String rule = entry == null ? "unknown" : entry.ruleId();
    call("AppsService.toggleBlocklistRule", () -> client.apps().toggleBlocklistRule("jfrog-artifactory", rule, false));
    run("AppsService.removeBlocklistRule", () -> client.apps().removeBlocklistRule("jfrog-artifactory", rule));

    var connected = call("AppsService.connect", () -> client.apps().connect(
        "granola", AppConnectParams.builder().field("apiKey", "grn_route_check_" + tag).label("route check " + tag).build()));
    String connection = connected == null || connected.connection() == null ? "unknown" : connected.connection().id();
    call("AppsService.getEffectivePermissions", () -> client.apps().getEffectivePermissions(
        EffectivePermissionsParams.builder().provider("granola").agentId(agent).connectionId(connection).build()));
    call("AgentsService.grantConnection", () -> client.agents().grantConnection(
        agent, connection, ConnectionGrantParams.custom(List.of("list_notes"), List.of())));
    run("AgentsService.revokeConnection", () -> client.agents().revokeConnection(agent, connection));
    call("ConnectionsService.list", () -> client.connections().list());
    call("ConnectionsService.list", () -> client.connections().list("granola"));
    call("ConnectionsService.grantAgent", () -> client.connections().grantAgent(connection, agent, ConnectionGrantParams.full()));
    call("ConnectionsService.listGrants", () -> client.connections().listGrants(connection));
    call("ConnectionsService.getEffectiveAgents", () -> client.connections().getEffectiveAgents(connection));
    run("ConnectionsService.revokeAgent", () -> client.connections().revokeAgent(connection, agent));
    call("ConnectionsService.rename", () -> client.connections().rename(connection, "route check " + tag + " (renamed)"));
    run("ConnectionsService.disconnect", () -> client.connections().disconnect(connection));
  }

  private void user() {
    var me = call("UserService.get", () -> client.user().get());
    if (me != null && me.name() != null) {
      call("UserService.update", () -> client.user().update(me.name()));
    }
    call("UserService.getApiKey", () -> client.user().getApiKey());
  }

  private void workspaces() {
    var all = call("WorkspacesService.list", () -> client.workspaces().list());
    if (all != null && !all.isEmpty()) {
      call("WorkspacesService.get", () -> client.workspaces().get(all.get(0).id()));
    }
    WorkspaceCreated created = call("WorkspacesService.create", () -> client.workspaces().create("Route check " + tag));
    if (created == null || created.apiKey() == null) {
      return;
    }
    // Its own key renames it, rotates that key and deletes it; the client's key is not touched.
    try (OneCli own = withKey.apply(created.apiKey())) {
      call("WorkspacesService.rename", () -> own.workspaces().rename(created.id(), "Route check " + tag + " b"));
      var rotated = call("UserService.regenerateApiKey", () -> own.user().regenerateApiKey());
      String key = rotated == null || rotated.apiKey() == null ? created.apiKey() : rotated.apiKey();
      try (OneCli latest = withKey.apply(key)) {
        run("WorkspacesService.delete", () -> latest.workspaces().delete(created.id()));
      }
    }
  }

  private void org() {
    call("OrgSecretsService.list", () -> client.org().secrets().list());
    var shared = call("OrgSecretsService.create", () -> client.org().secrets().create(
        SecretCreateParams.builder()
            .name("route check org " + tag)
            .type(SecretType.GENERIC)
            .value("route-check-org-" + tag)
            .hostPattern("api.example.com")
            .injection(Injection.header("X-Api-Key", "{value}"))
            .build()));
    String sharedId = shared == null ? "unknown" : shared.id();
    call("OrgSecretsService.update", () -> client.org().secrets().update(sharedId, SecretUpdateParams.builder().value("rotated-" + tag).build()));
    run("OrgSecretsService.delete", () -> client.org().secrets().delete(sharedId));

    call("OrgAppsService.authorize", () -> client.org().apps().authorize("github"));
    call("OrgAppsService.authorize", () -> client.org().apps().authorize("github", OrgAppAuthorizeParams.builder().connectionId("none").build()));
    call("OrgAppsService.listConfigured", () -> client.org().apps().listConfigured());
    call("OrgAppsService.getConfig", () -> client.org().apps().getConfig("github"));
    call("OrgAppsService.upsertConfig", () -> client.org().apps().upsertConfig("github", Map.of("clientId", "route-check", "clientSecret", "route-check-secret")));
    call("OrgAppsService.toggleConfig", () -> client.org().apps().toggleConfig("github", false));
    run("OrgAppsService.deleteConfig", () -> client.org().apps().deleteConfig("github"));
    call("OrgAppsService.getBlocklist", () -> client.org().apps().getBlocklist("jfrog-artifactory"));
    var entry = call("OrgAppsService.addBlocklistEntry", () -> client.org().apps().addBlocklistEntry("jfrog-artifactory", "npm"));
    String rule = entry == null ? "unknown" : entry.ruleId();
    call("OrgAppsService.toggleBlocklistRule", () -> client.org().apps().toggleBlocklistRule("jfrog-artifactory", rule, false));
    run("OrgAppsService.removeBlocklistRule", () -> client.org().apps().removeBlocklistRule("jfrog-artifactory", rule));
    String label = "route check org " + tag;
    call("OrgAppsService.connect", () -> client.org().apps().connect(
        "granola", AppConnectParams.builder().field("apiKey", "grn_route_check_org_" + tag).label(label).build()));
    call("OrgConnectionsService.list", () -> client.org().connections().list());
    List<AppConnection> granola = call("OrgConnectionsService.list", () -> client.org().connections().list("granola"));
    for (AppConnection c : granola == null ? List.<AppConnection>of() : granola) {
      if (label.equals(c.label())) {
        call("OrgConnectionsService.rename", () -> client.org().connections().rename(c.id(), label + " (renamed)"));
        run("OrgConnectionsService.delete", () -> client.org().connections().delete(c.id()));
      }
    }

    policy();
    call("OrgInvitationsService.list", () -> client.org().invitations().list());
    var invitation = call("OrgInvitationsService.create", () -> client.org().invitations().create("route-check-" + tag + "@example.com", MemberRole.MEMBER));
    run("OrgInvitationsService.delete", () -> client.org().invitations().delete(invitation == null ? "unknown" : invitation.id()));
  }

  private void policy() {
    call("OrgPolicyService.listRules", () -> client.org().policy().listRules(OrgPolicyStatus.PUBLISHED));
    call("OrgPolicyService.getDefault", () -> client.org().policy().getDefault());
    call("OrgPolicyService.getDefault", () -> client.org().policy().getDefault(OrgPolicyStatus.DRAFT));
    call("OrgPolicyService.getLastPublish", () -> client.org().policy().getLastPublish());
    call("OrgPolicyService.getEffectiveAppPermissions", () -> client.org().policy().getEffectiveAppPermissions("granola"));
    OrgPolicyRule rule = call("OrgPolicyService.createRule", () -> client.org().policy().createRule(
        OrgPolicyRuleCreateParams.builder()
            .name("route check " + tag)
            .action(OrgPolicyAction.BLOCK)
            .enabled(false)
            .targets(List.of(OrgPolicyTarget.builder().kind(OrgPolicyTargetKind.NETWORK).hostPattern("route-check.example.com").build()))
            .build()));
    String ruleId = rule == null ? UUID.randomUUID().toString() : rule.id();
    call("OrgPolicyService.getRule", () -> client.org().policy().getRule(ruleId));
    call("OrgPolicyService.updateRule", () -> client.org().policy().updateRule(ruleId, OrgPolicyRuleUpdateParams.builder().description("checked").build()));
    List<OrgPolicyRule> drafts = call("OrgPolicyService.listRules", () -> client.org().policy().listRules());
    if (drafts != null) {
      List<String> order = new ArrayList<>();
      drafts.forEach(r -> order.add(r.id()));
      call("OrgPolicyService.reorderRules", () -> client.org().policy().reorderRules(order));
    }
    run("OrgPolicyService.deleteRule", () -> client.org().policy().deleteRule(ruleId));
    call("OrgPolicyService.setDefault", () -> client.org().policy().setDefault(OrgPolicyAction.ALLOW));
    call("OrgPolicyService.publish", () -> client.org().policy().publish());
  }

  private void approvals() {
    call("ApprovalsService.listPending", () -> client.approvals().listPending());
    call("ApprovalsService.listPending", () -> client.approvals().listPending(List.of(UUID.randomUUID().toString())));
    call("ApprovalsService.decide", () -> client.approvals().decide(UUID.randomUUID().toString(), ApprovalDecision.DENY));
    call("OrgApprovalsService.listPending", () -> client.org().approvals().listPending());
    call("OrgApprovalsService.listPending", () -> client.org().approvals().listPending(List.of(UUID.randomUUID().toString())));
  }
}
