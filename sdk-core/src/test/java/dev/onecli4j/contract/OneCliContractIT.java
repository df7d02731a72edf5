package dev.onecli4j.contract;

import static dev.onecli4j.contract.ContractAssertions.assertAccepted;
import static dev.onecli4j.contract.ContractAssertions.assertAcceptedAsync;
import static dev.onecli4j.contract.ContractAssertions.assertRejectedByPrism;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onecli4j.core.ClientOptions;
import dev.onecli4j.OneCli;
import dev.onecli4j.OneCliAsync;
import dev.onecli4j.RawResponse;
import dev.onecli4j.core.RequestOptions;
import dev.onecli4j.error.ApiException;
import dev.onecli4j.generated.onecli.model.AgentConnectionAssignmentInput;
import dev.onecli4j.generated.onecli.model.AgentEffort;
import dev.onecli4j.generated.onecli.model.AgentKind;
import dev.onecli4j.generated.onecli.model.AgentsInclude;
import dev.onecli4j.generated.onecli.model.OrgPolicyAction;
import dev.onecli4j.generated.onecli.model.OrgPolicyIdentity;
import dev.onecli4j.generated.onecli.model.OrgPolicyIdentityType;
import dev.onecli4j.generated.onecli.model.OrgPolicyStatus;
import dev.onecli4j.generated.onecli.model.OrgPolicyTarget;
import dev.onecli4j.generated.onecli.model.OrgPolicyTargetKind;
import dev.onecli4j.generated.onecli.model.ResourceSelection;
import dev.onecli4j.generated.onecli.model.ApprovalDecision;
import dev.onecli4j.generated.onecli.model.BudgetPeriod;
import dev.onecli4j.generated.onecli.model.HttpMethod;
import dev.onecli4j.generated.onecli.model.Injection;
import dev.onecli4j.generated.onecli.model.MemberRole;
import dev.onecli4j.generated.onecli.model.OnePasswordDisplay;
import dev.onecli4j.generated.onecli.model.Permission;
import dev.onecli4j.generated.onecli.model.PolicyMode;
import dev.onecli4j.generated.onecli.model.RateLimitWindow;
import dev.onecli4j.generated.onecli.model.RuleAction;
import dev.onecli4j.generated.onecli.model.RuleCondition;
import dev.onecli4j.generated.onecli.model.SecretMode;
import dev.onecli4j.generated.onecli.model.SecretType;
import dev.onecli4j.generated.runtime.ApiRequest;
import dev.onecli4j.generated.runtime.ResponseType;
import dev.onecli4j.internal.http.HttpTransport;
import dev.onecli4j.param.AgentCreateParams;
import dev.onecli4j.param.AgentUpdateParams;
import dev.onecli4j.param.ConnectionGrantParams;
import dev.onecli4j.param.EffectivePermissionsParams;
import dev.onecli4j.param.OrgPolicyRuleCreateParams;
import dev.onecli4j.param.OrgPolicyRuleUpdateParams;
import dev.onecli4j.param.PolicyConditions;
import dev.onecli4j.param.AppAuthorizeParams;
import dev.onecli4j.param.AppConnectParams;
import dev.onecli4j.param.BudgetSetParams;
import dev.onecli4j.param.MemberAddParams;
import dev.onecli4j.param.MigrationExportParams;
import dev.onecli4j.param.OrgAppAuthorizeParams;
import dev.onecli4j.param.RuleCreateParams;
import dev.onecli4j.param.RulePermissionsSetParams;
import dev.onecli4j.param.RuleUpdateParams;
import dev.onecli4j.param.SecretCreateParams;
import dev.onecli4j.param.SecretUpdateParams;
import dev.onecli4j.param.TeamProvisionParams;
import dev.onecli4j.preset.Preset;
import dev.onecli4j.preset.PresetOptions;
import dev.onecli4j.service.AgentSetupService;
import dev.onecli4j.service.AgentsService;
import dev.onecli4j.service.ApprovalsService;
import dev.onecli4j.service.AppsService;
import dev.onecli4j.service.ConnectionsService;
import dev.onecli4j.service.MigrationService;
import dev.onecli4j.service.OrgApprovalsService;
import dev.onecli4j.service.OrgAppsService;
import dev.onecli4j.service.OrgConnectionsService;
import dev.onecli4j.service.OrgInvitationsService;
import dev.onecli4j.service.OrgPolicyService;
import dev.onecli4j.service.OrgPartnerService;
import dev.onecli4j.service.OrgRulesService;
import dev.onecli4j.service.OrgSecretsService;
import dev.onecli4j.service.OrgSettingsService;
import dev.onecli4j.service.PartnerBudgetsService;
import dev.onecli4j.service.PartnerMembersService;
import dev.onecli4j.service.PartnerOrgsService;
import dev.onecli4j.service.PartnerProjectsService;
import dev.onecli4j.service.PartnerSecretsService;
import dev.onecli4j.service.ProjectsService;
import dev.onecli4j.service.RulesService;
import dev.onecli4j.service.SecretsService;
import dev.onecli4j.service.TeamService;
import dev.onecli4j.service.UserService;
import dev.onecli4j.service.UtilityService;
import dev.onecli4j.service.WorkspacesService;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Contract test of the OneCLI facade against Prism serving the OneCLI spec
 * ({@code -Donecli.spec=...}, else {@code openapi/onecli.yaml}).
 *
 * <p>One test per service class calls every public operation method of that service through
 * {@link OneCli} with plausible arguments (valid per the spec), each through
 * {@code withRawResponse} and {@link ContractAssertions#assertAccepted}: a request Prism rejects,
 * and even one it only warns about ({@code sl-violations} on a 2xx), fails with Prism's
 * violations. Local validation stays on, as for any user.
 *
 * <p>Two tests run last, after every per-service test ({@code @Order}): the coverage check
 * (every method name of every service reachable from {@link OneCli}, found by reflection, was
 * called and accepted, and every {@code operationId} of the spec was answered below 400), and a
 * check that Prism really validates each request body the facade sent. The negative controls
 * prove that Prism rejects bad requests, that {@link #call} then fails, and that the coverage
 * check reports what is missing, so this test can fail.
 *
 * <p>Prism serves the paths at its root, so the client's base URL has no {@code /v1}. Its
 * answers are generated from the spec: the authorize operations answer 302 with a
 * {@code Location} of {@code string}, the gateway skill answers {@code text/markdown}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OneCliContractIT {
  private static final String AGENT_ID = "agt_1";
  private static final String SECRET_ID = "sec_1";
  private static final String RULE_ID = "rule_1";
  private static final String PROJECT_ID = "prj_1";
  private static final String CONNECTION_ID = "conn_1";
  private static final String BLOCKLIST_RULE_ID = "blk_1";
  private static final String APPROVAL_ID = "apr_1";
  private static final String ORG_ID = "org_1";
  private static final String USER_ID = "usr_1";
  private static final String WORKSPACE_ID = "qwhzkxpldmvrtyba";

  /** {@code ServiceClass.method} names the per-service tests called and Prism accepted. */
  private static final Set<String> CALLED = ConcurrentHashMap.newKeySet();

  private static PrismServer prism;
  private static OneCliContract.OperationRecorder recorder;
  private static OneCli client;

  @BeforeAll
  static void startPrism() {
    prism = OneCliContract.startPrism();
    recorder = new OneCliContract.OperationRecorder();
    // Prism serves the spec's paths at its root, without the servers URL's /v1.
    client = OneCliContract.client(prism, recorder);
  }

  @AfterAll
  static void stopPrism() {
    if (client != null) {
      OneCliContract.close(client);
    }
    if (prism != null) {
      prism.close();
    }
  }

  // ---------------------------------------------------------------------------------------
  // One test per service: every public operation method, through the facade.
  // ---------------------------------------------------------------------------------------

  @Test
  void agents() {
    Class<?> s = AgentsService.class;
    assertNotNull(call(s, "list", c -> c.agents().list()).body());
    call(s, "create", c -> c.agents().create(
        AgentCreateParams.builder().name("Claude Assistant").identifier("claude-assistant").build()));
    call(s, "create", c -> c.agents().create(
        AgentCreateParams.builder().name("Sub agent").identifier("sub-agent-1").parentIdentifier("orchestrator").build()));
    call(s, "get", c -> c.agents().get(AGENT_ID));
    call(s, "getDefault", c -> c.agents().getDefault());
    call(s, "list", c -> c.agents().list(AgentsInclude.GRANTS_SUMMARY));
    call(s, "create", c -> c.agents().create(AgentCreateParams.builder()
        .name("Hosted helper").identifier("hosted-helper").kind(AgentKind.HOSTED).harness("jcode").instructions("Be brief.").build()));
    call(s, "grantExactly", c -> c.agents().grantExactly(AGENT_ID, List.of(SECRET_ID)));
    call(s, "ensure", c -> c.agents().ensure(
        AgentCreateParams.builder().name("Claude Assistant").identifier("claude-assistant").build()));
    call(s, "rename", c -> c.agents().rename(AGENT_ID, "Renamed Assistant"));
    call(s, "update", c -> c.agents().update(AGENT_ID, AgentUpdateParams.builder().name("Renamed").build()));
    call(s, "update", c -> c.agents().update(AGENT_ID, AgentUpdateParams.builder()
        .instructions("Be brief.").model("claude-sonnet-4-5").effort(AgentEffort.HIGH).build()));
    call(s, "update", c -> c.agents().update(AGENT_ID, AgentUpdateParams.builder().clearInstructions().clearModel().clearEffort().build()));
    call(s, "listGrants", c -> c.agents().listGrants(AGENT_ID));
    call(s, "grantSecret", c -> c.agents().grantSecret(AGENT_ID, SECRET_ID));
    run(s, "revokeSecret", c -> c.agents().revokeSecret(AGENT_ID, SECRET_ID));
    call(s, "grantConnection", c -> c.agents().grantConnection(AGENT_ID, CONNECTION_ID, ConnectionGrantParams.full()));
    call(s, "grantConnection", c -> c.agents().grantConnection(AGENT_ID, CONNECTION_ID,
        ConnectionGrantParams.custom(List.of("list_notes"), List.of()).withResources(
            ResourceSelection.builder().repositories(List.of("acme/api")).build())));
    call(s, "grantConnection", c -> c.agents().grantConnection(AGENT_ID, CONNECTION_ID,
        ConnectionGrantParams.custom(List.of(), List.of("get_note")).withoutResources()));
    run(s, "revokeConnection", c -> c.agents().revokeConnection(AGENT_ID, CONNECTION_ID));
    call(s, "getEffectiveCredentials", c -> c.agents().getEffectiveCredentials(AGENT_ID));
    run(s, "delete", c -> c.agents().delete(AGENT_ID));
    call(s, "setDefault", c -> c.agents().setDefault(AGENT_ID));
    call(s, "regenerateToken", c -> c.agents().regenerateToken(AGENT_ID));
    call(s, "updateSecretMode", c -> c.agents().updateSecretMode(AGENT_ID, SecretMode.SELECTIVE));
    call(s, "getSecrets", c -> c.agents().getSecrets(AGENT_ID));
    call(s, "updateSecrets", c -> c.agents().updateSecrets(AGENT_ID, List.of(SECRET_ID, "sec_2")));
    call(s, "updateSecrets", c -> c.agents().updateSecrets(AGENT_ID, List.of()));
    call(s, "listGranularAccess", c -> c.agents().listGranularAccess());
    call(s, "getConnections", c -> c.agents().getConnections(AGENT_ID));
    call(s, "updateConnections", c -> c.agents().updateConnections(
        AGENT_ID,
        List.of(
            AgentConnectionAssignmentInput.builder()
                .appConnectionId(CONNECTION_ID)
                .sessionPolicy(Map.of("repositories", List.of("acme/api")))
                .build(),
            AgentConnectionAssignmentInput.builder().appConnectionId("conn_2").build())));
  }

  @Test
  void secrets() {
    Class<?> s = SecretsService.class;
    call(s, "list", c -> c.secrets().list());
    call(s, "create", c -> c.secrets().create(anthropicSecret()));
    call(s, "create", c -> c.secrets().create(
        SecretCreateParams.builder()
            .name("Stripe")
            .type(SecretType.GENERIC)
            .value("sk_live_contract")
            .hostPattern("api.stripe.com")
            .pathPattern("/v1/*")
            .injection(Injection.header("Authorization", "Bearer {value}"))
            .build()));
    call(s, "create", c -> c.secrets().create(
        SecretCreateParams.builder()
            .name("Telegram bot")
            .type(SecretType.GENERIC)
            .onePassword("op://Engineering/Telegram/token")
            .opDisplay(OnePasswordDisplay.builder().vault("Engineering").item("Telegram").field("token").build())
            .hostPattern("*.telegram.org")
            .injection(Injection.pathRegex("^/bot([^/]+)", "/bot{value}"))
            .build()));
    call(s, "createFromPreset", c -> c.secrets().createFromPreset(Preset.OPENAI, "sk-contract-test"));
    call(s, "createFromPreset", c -> c.secrets().createFromPreset(
        Preset.GITHUB, "ghp_contract", PresetOptions.builder().name("GitHub bot").pathPattern("/repos/*").build()));
    call(s, "update", c -> c.secrets().update(SECRET_ID, SecretUpdateParams.builder().name("Renamed").build()));
    call(s, "update", c -> c.secrets().update(
        SECRET_ID,
        SecretUpdateParams.builder()
            .value("rotated-value")
            .hostPattern("api.example.com")
            .injection(Injection.pathTemplate("/bot{value}"))
            .clearPathPattern()
            .build()));
    call(s, "update", c -> c.secrets().update(
        SECRET_ID, SecretUpdateParams.builder().onePassword("op://vault/item/field").build()));
    run(s, "delete", c -> c.secrets().delete(SECRET_ID));
  }

  @Test
  void rules() {
    Class<?> s = RulesService.class;
    call(s, "list", c -> c.rules().list());
    call(s, "create", c -> c.rules().create(blockRule()));
    call(s, "create", c -> c.rules().create(
        RuleCreateParams.builder()
            .name("Throttle completions")
            .hostPattern("api.openai.com")
            .method(HttpMethod.POST)
            .action(RuleAction.RATE_LIMIT)
            .enabled(true)
            .agentId(AGENT_ID)
            .rateLimit(100)
            .rateLimitWindow(RateLimitWindow.HOUR)
            .addCondition(condition())
            .build()));
    call(s, "get", c -> c.rules().get(RULE_ID));
    call(s, "update", c -> c.rules().update(RULE_ID, ruleUpdate()));
    call(s, "update", c -> c.rules().update(
        RULE_ID,
        RuleUpdateParams.builder()
            .clearPathPattern()
            .clearMethod()
            .clearAgentId()
            .clearRateLimit()
            .clearRateLimitWindow()
            .clearConditions()
            .build()));
    run(s, "delete", c -> c.rules().delete(RULE_ID));
    call(s, "getPermissions", c -> c.rules().getPermissions("gmail"));
    call(s, "setPermissions", c -> c.rules().setPermissions(
        "gmail",
        RulePermissionsSetParams.builder()
            .change("send_email", Permission.MANUAL_APPROVAL)
            .conditions(List.of(condition()))
            .build()));
    call(s, "setPermissions", c -> c.rules().setPermissions(
        "gmail", RulePermissionsSetParams.builder().inherit("send_email").agentId(AGENT_ID).build()));
    call(s, "getOverlap", c -> c.rules().getOverlap("gmail"));
  }

  @Test
  void approvals() {
    Class<?> s = ApprovalsService.class;
    call(s, "listPending", c -> c.approvals().listPending());
    call(s, "listPending", c -> c.approvals().listPending(List.of(APPROVAL_ID, "apr_2")));
    call(s, "decide", c -> c.approvals().decide(APPROVAL_ID, ApprovalDecision.APPROVE));
    call(s, "decide", c -> c.approvals().decide(APPROVAL_ID, ApprovalDecision.DENY));
  }

  @Test
  void user() {
    Class<?> s = UserService.class;
    call(s, "get", c -> c.user().get());
    call(s, "update", c -> c.user().update("Ada Lovelace"));
    call(s, "getApiKey", c -> c.user().getApiKey());
    call(s, "regenerateApiKey", c -> c.user().regenerateApiKey());
  }

  @Test
  void projects() {
    Class<?> s = ProjectsService.class;
    call(s, "list", c -> c.projects().list());
    call(s, "create", c -> c.projects().create("Production"));
    call(s, "get", c -> c.projects().get(PROJECT_ID));
    call(s, "update", c -> c.projects().update(PROJECT_ID, "Staging"));
    run(s, "delete", c -> c.projects().delete(PROJECT_ID));
  }

  @Test
  void team() {
    Class<?> s = TeamService.class;
    call(s, "provision", c -> c.team().provision());
    call(s, "provision", c -> c.team().provision(
        TeamProvisionParams.builder().role(MemberRole.MEMBER).skipOnboarding(false).build()));
  }

  @Test
  void apps() {
    Class<?> s = AppsService.class;
    call(s, "list", c -> c.apps().list());
    call(s, "get", c -> c.apps().get("github"));
    assertRedirect(call(s, "authorize", c -> c.apps().authorize("github")));
    assertRedirect(call(s, "authorize", c -> c.apps().authorize(
        "github", AppAuthorizeParams.builder().connectionId(CONNECTION_ID).agentName("claude-assistant").build())));
    call(s, "connect", c -> c.apps().connect(
        "resend", AppConnectParams.builder().field("apiKey", "re_contract").label("Mail").build()));
    call(s, "getConfig", c -> c.apps().getConfig("google"));
    call(s, "upsertConfig", c -> c.apps().upsertConfig(
        "google", Map.of("clientId", "client-id", "clientSecret", "client-secret")));
    run(s, "deleteConfig", c -> c.apps().deleteConfig("google"));
    call(s, "toggleConfig", c -> c.apps().toggleConfig("google", true));
    call(s, "listConfigured", c -> c.apps().listConfigured());
    call(s, "listEnvDefaults", c -> c.apps().listEnvDefaults());
    call(s, "listPermissionDefinitions", c -> c.apps().listPermissionDefinitions());
    call(s, "getPermissionDefinition", c -> c.apps().getPermissionDefinition("gmail"));
    call(s, "getBlocklist", c -> c.apps().getBlocklist("github"));
    call(s, "addBlocklistEntry", c -> c.apps().addBlocklistEntry("github", "uploads"));
    call(s, "listAvailable", c -> c.apps().listAvailable());
    call(s, "getEffectivePermissions", c -> c.apps().getEffectivePermissions(
        EffectivePermissionsParams.builder().provider("granola").build()));
    call(s, "getEffectivePermissions", c -> c.apps().getEffectivePermissions(
        EffectivePermissionsParams.builder().provider("granola").agentId(AGENT_ID).connectionId(CONNECTION_ID).build()));
    call(s, "toggleBlocklistRule", c -> c.apps().toggleBlocklistRule("github", BLOCKLIST_RULE_ID, false));
    run(s, "removeBlocklistRule", c -> c.apps().removeBlocklistRule("github", BLOCKLIST_RULE_ID));
  }

  @Test
  void connections() {
    Class<?> s = ConnectionsService.class;
    call(s, "list", c -> c.connections().list());
    call(s, "list", c -> c.connections().list("github"));
    call(s, "rename", c -> c.connections().rename(CONNECTION_ID, "Work GitHub"));
    call(s, "listGrants", c -> c.connections().listGrants(CONNECTION_ID));
    call(s, "grantAgent", c -> c.connections().grantAgent(CONNECTION_ID, AGENT_ID, ConnectionGrantParams.full()));
    run(s, "revokeAgent", c -> c.connections().revokeAgent(CONNECTION_ID, AGENT_ID));
    call(s, "getEffectiveAgents", c -> c.connections().getEffectiveAgents(CONNECTION_ID));
    run(s, "disconnect", c -> c.connections().disconnect(CONNECTION_ID));
  }

  @Test
  void utility() {
    Class<?> s = UtilityService.class;
    assertNotNull(call(s, "health", c -> c.utility().health()).body());
    call(s, "counts", c -> c.utility().counts());
    call(s, "listVaults", c -> c.utility().listVaults());
    call(s, "instance", c -> c.utility().instance());
  }

  @Test
  void agentSetup() {
    Class<?> s = AgentSetupService.class;
    call(s, "getContainerConfig", c -> c.agentSetup().getContainerConfig());
    call(s, "getContainerConfig", c -> c.agentSetup().getContainerConfig("claude-assistant"));
    call(s, "listCredentialStubs", c -> c.agentSetup().listCredentialStubs());
    call(s, "getCredentialStub", c -> c.agentSetup().getCredentialStub("codex"));
    // A text/markdown answer, read as a String.
    RawResponse<String> skill = call(s, "getGatewaySkill", c -> c.agentSetup().getGatewaySkill());
    assertNotNull(skill.body(), "the text/markdown answer is the body");
    call(s, "getGatewaySkill", c -> c.agentSetup().getGatewaySkill("claude"));
    call(s, "getGatewayUrl", c -> c.agentSetup().getGatewayUrl());
    assertNotNull(call(s, "getGatewayCa", c -> c.agentSetup().getGatewayCa()).body(), "the PEM text is the body");
  }

  @Test
  void migration() {
    call(MigrationService.class, "export", c -> c.migration().export(
        MigrationExportParams.builder()
            .cloudApiKey("oc_cloud_contract")
            .cloudUrl(URI.create("https://api.onecli.sh"))
            .build()));
  }

  @Test
  void orgSettings() {
    Class<?> s = OrgSettingsService.class;
    call(s, "get", c -> c.org().settings().get());
    call(s, "update", c -> c.org().settings().update(PolicyMode.DENY));
  }

  @Test
  void orgSecrets() {
    Class<?> s = OrgSecretsService.class;
    call(s, "list", c -> c.org().secrets().list());
    call(s, "create", c -> c.org().secrets().create(anthropicSecret()));
    call(s, "create", c -> c.org().secrets().create(
        SecretCreateParams.builder()
            .name("Maps key")
            .type(SecretType.GENERIC)
            .value("AIza-contract")
            .hostPattern("maps.googleapis.com")
            .injection(Injection.queryParam("key"))
            .build()));
    call(s, "update", c -> c.org().secrets().update(SECRET_ID, SecretUpdateParams.builder().value("rotated").build()));
    call(s, "update", c -> c.org().secrets().update(
        SECRET_ID, SecretUpdateParams.builder().name("Shared key").clearPathPattern().build()));
    run(s, "delete", c -> c.org().secrets().delete(SECRET_ID));
  }

  @Test
  void orgRules() {
    Class<?> s = OrgRulesService.class;
    call(s, "list", c -> c.org().rules().list());
    call(s, "create", c -> c.org().rules().create(blockRule()));
    call(s, "get", c -> c.org().rules().get(RULE_ID));
    call(s, "update", c -> c.org().rules().update(RULE_ID, ruleUpdate()));
    run(s, "delete", c -> c.org().rules().delete(RULE_ID));
    call(s, "getPermissions", c -> c.org().rules().getPermissions("gmail"));
    call(s, "setPermissions", c -> c.org().rules().setPermissions(
        "gmail", RulePermissionsSetParams.builder().change("delete_email", Permission.BLOCK).build()));
    call(s, "getOverlap", c -> c.org().rules().getOverlap("gmail"));
  }

  @Test
  void orgConnections() {
    Class<?> s = OrgConnectionsService.class;
    call(s, "list", c -> c.org().connections().list());
    call(s, "list", c -> c.org().connections().list("github"));
    call(s, "rename", c -> c.org().connections().rename(CONNECTION_ID, "Shared GitHub"));
    run(s, "delete", c -> c.org().connections().delete(CONNECTION_ID));
  }

  @Test
  void orgApps() {
    Class<?> s = OrgAppsService.class;
    assertRedirect(call(s, "authorize", c -> c.org().apps().authorize("github")));
    assertRedirect(call(s, "authorize", c -> c.org().apps().authorize(
        "github", OrgAppAuthorizeParams.builder().connectionId(CONNECTION_ID).org(ORG_ID).build())));
    call(s, "connect", c -> c.org().apps().connect(
        "resend", AppConnectParams.builder().field("apiKey", "re_contract").build()));
    call(s, "listConfigured", c -> c.org().apps().listConfigured());
    call(s, "getConfig", c -> c.org().apps().getConfig("google"));
    call(s, "upsertConfig", c -> c.org().apps().upsertConfig("google", Map.of("clientId", "client-id")));
    run(s, "deleteConfig", c -> c.org().apps().deleteConfig("google"));
    call(s, "toggleConfig", c -> c.org().apps().toggleConfig("google", false));
    call(s, "getBlocklist", c -> c.org().apps().getBlocklist("github"));
    call(s, "addBlocklistEntry", c -> c.org().apps().addBlocklistEntry("github", "uploads"));
    call(s, "toggleBlocklistRule", c -> c.org().apps().toggleBlocklistRule("github", BLOCKLIST_RULE_ID, true));
    run(s, "removeBlocklistRule", c -> c.org().apps().removeBlocklistRule("github", BLOCKLIST_RULE_ID));
  }

  @Test
  void workspaces() {
    Class<?> s = WorkspacesService.class;
    call(s, "list", c -> c.workspaces().list());
    call(s, "create", c -> c.workspaces().create("Staging"));
    call(s, "get", c -> c.workspaces().get(WORKSPACE_ID));
    call(s, "rename", c -> c.workspaces().rename(WORKSPACE_ID, "Production"));
    run(s, "delete", c -> c.workspaces().delete(WORKSPACE_ID));
  }

  @Test
  void orgPolicy() {
    Class<?> s = OrgPolicyService.class;
    OrgPolicyTarget network = OrgPolicyTarget.builder().kind(OrgPolicyTargetKind.NETWORK).hostPattern("api.example.com").build();
    call(s, "listRules", c -> c.org().policy().listRules());
    call(s, "listRules", c -> c.org().policy().listRules(OrgPolicyStatus.PUBLISHED));
    call(s, "createRule", c -> c.org().policy().createRule(OrgPolicyRuleCreateParams.builder()
        .name("Block example").action(OrgPolicyAction.BLOCK).targets(List.of(network)).build()));
    call(s, "createRule", c -> c.org().policy().createRule(OrgPolicyRuleCreateParams.builder()
        .name("Limit granola")
        .description("at most 100 an hour")
        .action(OrgPolicyAction.ALLOW)
        .rateLimit(100)
        .rateLimitWindow(RateLimitWindow.HOUR)
        .requireApproval(true)
        .conditions(PolicyConditions.of(List.of(condition())))
        .identities(List.of(OrgPolicyIdentity.builder().type(OrgPolicyIdentityType.USER).id(USER_ID).build()))
        .targets(List.of(OrgPolicyTarget.builder().kind(OrgPolicyTargetKind.APP).provider("granola").tools(List.of("list_notes")).build()))
        .build()));
    call(s, "reorderRules", c -> c.org().policy().reorderRules(List.of(RULE_ID, "rule_2")));
    call(s, "getRule", c -> c.org().policy().getRule(RULE_ID));
    call(s, "updateRule", c -> c.org().policy().updateRule(RULE_ID, OrgPolicyRuleUpdateParams.builder()
        .name("Renamed").enabled(false).description(null).build()));
    call(s, "updateRule", c -> c.org().policy().updateRule(RULE_ID, OrgPolicyRuleUpdateParams.builder()
        .action(OrgPolicyAction.ALLOW).rateLimit(5, RateLimitWindow.MINUTE).requireApproval(false)
        .targets(List.of(network)).identities(List.of()).resources(ResourceSelection.builder().folders(List.of("/shared")).build())
        .build()));
    call(s, "updateRule", c -> c.org().policy().updateRule(RULE_ID, OrgPolicyRuleUpdateParams.builder()
        .clearRateLimit().clearConditions().build()));
    run(s, "deleteRule", c -> c.org().policy().deleteRule(RULE_ID));
    call(s, "getDefault", c -> c.org().policy().getDefault());
    call(s, "getDefault", c -> c.org().policy().getDefault(OrgPolicyStatus.DRAFT));
    call(s, "setDefault", c -> c.org().policy().setDefault(OrgPolicyAction.BLOCK));
    call(s, "publish", c -> c.org().policy().publish());
    call(s, "getLastPublish", c -> c.org().policy().getLastPublish());
    call(s, "getEffectiveAppPermissions", c -> c.org().policy().getEffectiveAppPermissions("granola"));
  }

  @Test
  void orgInvitations() {
    Class<?> s = OrgInvitationsService.class;
    call(s, "list", c -> c.org().invitations().list());
    call(s, "create", c -> c.org().invitations().create("ada@example.com", MemberRole.MEMBER));
    run(s, "delete", c -> c.org().invitations().delete("inv_1"));
  }

  @Test
  void orgApprovals() {
    Class<?> s = OrgApprovalsService.class;
    call(s, "listPending", c -> c.org().approvals().listPending());
    call(s, "listPending", c -> c.org().approvals().listPending(List.of(APPROVAL_ID)));
  }

  @Test
  void orgPartner() {
    Class<?> s = OrgPartnerService.class;
    call(s, "listInheritedSecrets", c -> c.org().partner().listInheritedSecrets());
    call(s, "getStatus", c -> c.org().partner().getStatus());
    call(s, "detach", c -> c.org().partner().detach());
  }

  @Test
  void partnerOrgs() {
    Class<?> s = PartnerOrgsService.class;
    call(s, "list", c -> c.partner().orgs().list());
    call(s, "create", c -> c.partner().orgs().create("Acme Corp"));
    call(s, "get", c -> c.partner().orgs().get(ORG_ID));
    run(s, "delete", c -> c.partner().orgs().delete(ORG_ID));
    call(s, "reissueClaimLink", c -> c.partner().orgs().reissueClaimLink(ORG_ID));
    call(s, "rotateTokens", c -> c.partner().orgs().rotateTokens(ORG_ID));
  }

  @Test
  void partnerProjects() {
    Class<?> s = PartnerProjectsService.class;
    call(s, "list", c -> c.partner().projects().list(ORG_ID));
    call(s, "create", c -> c.partner().projects().create(ORG_ID, "Staging"));
    run(s, "delete", c -> c.partner().projects().delete(ORG_ID, PROJECT_ID));
  }

  @Test
  void partnerSecrets() {
    Class<?> s = PartnerSecretsService.class;
    call(s, "list", c -> c.partner().secrets().list());
    call(s, "create", c -> c.partner().secrets().create(anthropicSecret()));
    call(s, "update", c -> c.partner().secrets().update(
        SECRET_ID, SecretUpdateParams.builder().hostPattern("api.anthropic.com").pathPattern("/v1/*").build()));
    run(s, "delete", c -> c.partner().secrets().delete(SECRET_ID));
  }

  @Test
  void partnerBudgets() {
    Class<?> s = PartnerBudgetsService.class;
    call(s, "list", c -> c.partner().budgets().list(ORG_ID));
    call(s, "set", c -> c.partner().budgets().set(
        ORG_ID, SECRET_ID, BudgetSetParams.builder().limitCents(500).period(BudgetPeriod.MONTHLY).build()));
    run(s, "clear", c -> c.partner().budgets().clear(ORG_ID, SECRET_ID));
  }

  @Test
  void partnerMembers() {
    Class<?> s = PartnerMembersService.class;
    call(s, "list", c -> c.partner().members().list());
    call(s, "add", c -> c.partner().members().add(
        MemberAddParams.builder().email("teammate@acme.com").role(MemberRole.MEMBER).build()));
    call(s, "changeRole", c -> c.partner().members().changeRole(USER_ID, MemberRole.ADMIN));
    run(s, "remove", c -> c.partner().members().remove(USER_ID));
  }

  /** Per-call options reach Prism as well: an extra header and a per-call timeout. */
  @Test
  void requestOptionsOverloads() {
    RequestOptions options = RequestOptions.builder().header("X-Request-Tag", "contract").build();
    call(AgentsService.class, "list", c -> c.agents().list(options));
    call(SecretsService.class, "create", c -> c.secrets().create(anthropicSecret(), options));
    run(PartnerOrgsService.class, "delete", c -> c.partner().orgs().delete(ORG_ID, options));
  }

  // ---------------------------------------------------------------------------------------
  // The asynchronous twins build the same requests.
  // ---------------------------------------------------------------------------------------

  @Test
  void asyncFacadeCallsAreAccepted() {
    OneCliAsync async = client.async();
    assertNotNull(assertAcceptedAsync("async agents().list", () -> async.withRawResponse(c -> c.agents().list())));
    assertAcceptedAsync("async secrets().create", () -> async.withRawResponse(c -> c.secrets().create(anthropicSecret())));
    assertAcceptedAsync("async secrets().update", () -> async.withRawResponse(
        c -> c.secrets().update(SECRET_ID, SecretUpdateParams.builder().injection(Injection.header("X-Api-Key")).build())));
    assertAcceptedAsync("async org().rules().create", () -> async.withRawResponse(c -> c.org().rules().create(blockRule())));
    assertAcceptedAsync("async org().secrets().delete", () -> async.withRawResponse(c -> c.org().secrets().delete(SECRET_ID)));
    assertAcceptedAsync("async partner().budgets().set", () -> async.withRawResponse(c -> c.partner().budgets().set(
        ORG_ID, SECRET_ID, BudgetSetParams.builder().limitCents(100_000_000).period(BudgetPeriod.TOTAL).build())));
    assertAcceptedAsync("async partner().members().add", () -> async.withRawResponse(c -> c.partner().members().add(
        MemberAddParams.builder().email("admin@acme.com").role(MemberRole.ADMIN).build())));
    RawResponse<String> skill =
        assertAcceptedAsync("async agentSetup().getGatewaySkill", () -> async.withRawResponse(c -> c.agentSetup().getGatewaySkill("codex")));
    assertNotNull(skill.body());
    RawResponse<URI> redirect =
        assertAcceptedAsync("async apps().authorize", () -> async.withRawResponse(c -> c.apps().authorize("github")));
    assertRedirect(redirect);
    assertAcceptedAsync("async approvals().decide", () -> async.withRawResponse(c -> c.approvals().decide(APPROVAL_ID, ApprovalDecision.APPROVE)));
    assertAcceptedAsync("async migration().export", () -> async.withRawResponse(
        c -> c.migration().export(MigrationExportParams.builder().cloudApiKey("oc_cloud").build())));
  }

  // ---------------------------------------------------------------------------------------
  // Coverage: last, after every per-service test.
  // ---------------------------------------------------------------------------------------

  /**
   * Every method name of every facade service was called and accepted, every service class of
   * the package is reachable from {@link OneCli}, and every operation of the spec was answered
   * below 400 through the facade.
   */
  @Test
  @Order(Integer.MAX_VALUE)
  void coverageEveryFacadeMethodAndEveryOperationWasCalled() {
    Map<String, SortedSet<String>> facade = FacadeCoverage.facadeMethods();
    Set<String> reachable = new HashSet<>();
    facade.values().forEach(names -> names.forEach(n -> reachable.add(n.substring(0, n.indexOf('.')))));
    assertEquals(
        FacadeCoverage.serviceClassesOnClasspath(),
        new TreeSet<>(reachable),
        "every *Service class of " + FacadeCoverage.SERVICE_PACKAGE + " must be reachable from OneCli");

    List<String> missing = FacadeCoverage.missing(facade, CALLED);
    int total = facade.values().stream().mapToInt(Set::size).sum();
    System.out.printf(
        "Facade coverage: %d services, %d method names, %d called and accepted by Prism%n",
        facade.size(), total, total - missing.size());
    assertTrue(missing.isEmpty(), () -> "facade methods no contract test called (or Prism did not accept): " + missing);

    SortedSet<String> operations = FacadeCoverage.specOperationIds(OneCliContract.spec());
    SortedSet<String> unanswered = FacadeCoverage.minus(operations, recorder.accepted());
    System.out.printf(
        "Operation coverage: %d operations in %s, %d answered below 400 through the facade%n",
        operations.size(), OneCliContract.spec().getFileName(), operations.size() - unanswered.size());
    assertTrue(unanswered.isEmpty(), () -> "spec operations no facade call reached: " + unanswered);
  }

  /** Negative control: the coverage check names a facade method that was not called. */
  @Test
  void negativeControlCoverageReportsMissingMethod() {
    Map<String, SortedSet<String>> facade = FacadeCoverage.facadeMethods();
    assertTrue(facade.containsKey("org().rules()"), facade::toString);
    assertTrue(facade.containsKey("partner().orgs()"), facade::toString);
    assertTrue(facade.get("agents()").contains("AgentsService.updateConnections"), facade::toString);
    assertFalse(
        facade.values().stream().flatMap(Set::stream).anyMatch(n -> n.contains("Async") || n.contains("UserSecret")),
        "no async twins, no user-secrets services: " + facade);

    Set<String> all = new HashSet<>();
    facade.values().forEach(all::addAll);
    assertEquals(List.of(), FacadeCoverage.missing(facade, all));
    Set<String> oneShort = new HashSet<>(all);
    oneShort.remove("PartnerBudgetsService.clear");
    assertEquals(List.of("PartnerBudgetsService.clear"), FacadeCoverage.missing(facade, oneShort));

    SortedSet<String> operations = FacadeCoverage.specOperationIds(OneCliContract.spec());
    assertTrue(operations.size() > 100, () -> "operationIds read from the spec: " + operations);
    Set<String> withoutOne = new HashSet<>(operations);
    withoutOne.remove("createSecret");
    assertEquals(Set.of("createSecret"), FacadeCoverage.minus(operations, withoutOne));
  }

  // ---------------------------------------------------------------------------------------
  // Negative controls: Prism rejects requests that break the spec, so these tests can fail.
  // ---------------------------------------------------------------------------------------

  /**
   * Negative control through the facade: an agent identifier that the spec's pattern refuses,
   * sent with local validation off (which refuses it, as the server does), fails {@link #call}
   * with Prism's violations.
   */
  @Test
  void negativeControlFacadeCallPrismRejectsFailsTheTest() {
    AgentCreateParams bad = AgentCreateParams.builder().name("Bad").identifier("Not Valid!").build();
    OneCli unchecked = client.withOptions(b -> b.validation(false));
    ApiException e = assertRejectedByPrism("agents().create with a bad identifier", () -> unchecked.agents().create(bad));
    assertTrue(ContractAssertions.violations(e).contains("identifier"), e::toString);
    AssertionError failure =
        assertThrows(AssertionError.class, () -> call(AgentsService.class, "create", c -> unchecked.agents().create(bad)));
    assertTrue(failure.getMessage().contains("request.body.identifier"), failure.getMessage());
  }

  /**
   * Negative control: a body of {@code 42} where the spec wants an object is rejected by Prism
   * with 400 or 422 and {@code sl-violations}.
   */
  @Test
  void negativeControlPrismRejectsNonObjectBodies() {
    ClientOptions unchecked = OneCliContract.options(prism).newBuilder().validation(false).build();
    try (HttpTransport transport = HttpTransport.create(unchecked)) {
      ApiRequest<JsonNode> createAgent =
          ApiRequest.builder("createAgent", "POST", "/agents", ResponseType.of(JsonNode.class)).body(42).build();
      ApiException e = assertRejectedByPrism("createAgent with body 42", () -> transport.execute(createAgent));
      assertTrue(e.status() == 400 || e.status() == 422, e::toString);
      String violations = ContractAssertions.violations(e);
      assertTrue(violations != null && violations.contains("\"body\""), () -> "sl-violations: " + violations);
    }
  }

  /** Negative control: without the API key Prism answers 401. */
  @Test
  void negativeControlPrismRejectsMissingApiKey() {
    ClientOptions noKey = ClientOptions.builder().baseUrl(prism.baseUrl()).maxRetries(0).build();
    try (HttpTransport anonymous = HttpTransport.create(noKey)) {
      // auth=none gets the request past the SDK's own refusal (MissingApiKeyException), to Prism.
      ApiRequest<JsonNode> list =
          ApiRequest.builder("listSecrets", "GET", "/secrets", ResponseType.of(JsonNode.class)).attribute("auth", "none").build();
      ApiException e = assertRejectedByPrism("listSecrets without key", () -> anonymous.execute(list));
      assertEquals(401, e.status(), e::toString);
      // The one operation the spec leaves open, as a key-less client sends it, is accepted.
      try (OneCli keyless = OneCli.builder().baseUrl(prism.baseUrl()).maxRetries(0).build()) {
        assertNotNull(keyless.utility().health());
      }
    }
  }

  /**
   * Negative control for every body the facade sent: the same method and path with the body
   * {@code 42} must be rejected by Prism, with {@code sl-violations} about the body. This proves
   * Prism really checks each of those bodies: a request schema Prism cannot compile (e.g. one
   * with {@code enum: [null]}) makes it let every body of that operation through, which would
   * make the per-service test above pass vacuously.
   */
  @Test
  @Order(Integer.MAX_VALUE)
  void negativeControlPrismValidatesEveryBodyTheFacadeSent() {
    Set<String> sent = new TreeSet<>(recorder.sentWithBody());
    assertTrue(sent.size() > 30, () -> "too few bodies recorded: " + sent);
    List<String> unchecked = new ArrayList<>();
    try (HttpTransport transport = HttpTransport.create(OneCliContract.options(prism))) {
      for (String methodAndPath : sent) {
        String method = methodAndPath.substring(0, methodAndPath.indexOf(' '));
        String path = methodAndPath.substring(methodAndPath.indexOf(' ') + 1);
        ApiRequest<JsonNode> probe =
            ApiRequest.builder("bodyProbe", method, path, ResponseType.of(JsonNode.class)).body(42).build();
        try {
          transport.execute(probe);
          unchecked.add(methodAndPath + " -> accepted");
        } catch (ApiException e) {
          String violations = ContractAssertions.violations(e);
          if (!ContractAssertions.isPrismVerdict(e) || violations == null || !violations.contains("body")) {
            unchecked.add(methodAndPath + " -> " + e.status() + " " + violations);
          }
        }
      }
    }
    System.out.printf(
        "Prism rejected the body 42 on %d of %d method+path pairs the facade sent a body to%n",
        sent.size() - unchecked.size(), sent.size());
    assertTrue(unchecked.isEmpty(), () -> "Prism does not validate these request bodies: " + unchecked);
  }

  /**
   * Known spec limitation, pinned: {@code InjectionConfig} is {@code type: object, nullable: true}
   * with a {@code oneOf} of four objects, and Prism applies the {@code oneOf} to a JSON
   * {@code null} as well, so the explicit {@code "injectionConfig": null} that
   * {@link SecretUpdateParams.Builder#clearInjection()} sends (and the server accepts) is refused.
   * The per-service test therefore does not call {@code clearInjection()}. When the spec learns
   * to say "one of four objects, or null" in a way Prism understands, this test fails: then call
   * {@code clearInjection()} in {@link #secrets()} instead.
   */
  @Test
  void knownSpecQuirkPrismRefusesClearInjection() {
    SecretUpdateParams clear = SecretUpdateParams.builder().clearInjection().build();
    ApiException e = assertRejectedByPrism("secrets().update clearInjection", () -> client.secrets().update(SECRET_ID, clear));
    assertTrue(ContractAssertions.violations(e).contains("injectionConfig"), e::toString);
  }

  // ---------------------------------------------------------------------------------------
  // Helpers
  // ---------------------------------------------------------------------------------------

  /**
   * Calls {@code method} of {@code service} through the facade, fails unless Prism accepted it
   * (see {@link ContractAssertions#assertAccepted}), and records {@code Service.method} for the
   * coverage check.
   */
  private static <T> RawResponse<T> call(Class<?> service, String method, Function<OneCli, T> call) {
    String name = service.getSimpleName() + "." + method;
    assertTrue(FacadeCoverage.operationMethods(service).contains(name), () -> "no public method " + name);
    RawResponse<T> raw = assertAccepted(name, () -> client.withRawResponse(call));
    assertTrue(raw.status() >= 200 && raw.status() < 400, () -> name + ": status " + raw.status());
    CALLED.add(name);
    return raw;
  }

  /** {@link #call} for a method without a result. */
  private static RawResponse<Object> run(Class<?> service, String method, Consumer<OneCli> call) {
    return call(service, method, c -> {
      call.accept(c);
      return null;
    });
  }

  /**
   * An authorize call answered 302 and the SDK turned its {@code Location} into an absolute URI.
   * Prism does send a {@code Location}: the spec gives the header only {@code type: string}, so
   * Prism fills in the literal {@code string}, which the SDK resolves against the request URL
   * like any relative redirect. (Were it missing, the SDK would throw
   * {@code InvalidResponseException} after Prism accepted the request.)
   */
  private static void assertRedirect(RawResponse<URI> raw) {
    assertEquals(302, raw.status(), raw::toString);
    assertNotNull(raw.body(), "the redirect target");
    assertTrue(raw.body().isAbsolute(), raw.body()::toString);
    assertTrue(raw.body().toString().startsWith(prism.baseUrl() + "/"), raw.body()::toString);
  }

  private static SecretCreateParams anthropicSecret() {
    return SecretCreateParams.builder()
        .name("Anthropic Production")
        .type(SecretType.ANTHROPIC)
        .value("sk-ant-api03-contract")
        .hostPattern("api.anthropic.com")
        .build();
  }

  private static RuleCreateParams blockRule() {
    return RuleCreateParams.builder()
        .name("Block repository deletion")
        .hostPattern("api.github.com")
        .pathPattern("/repos/*")
        .method(HttpMethod.DELETE)
        .action(RuleAction.BLOCK)
        .enabled(true)
        .build();
  }

  private static RuleUpdateParams ruleUpdate() {
    return RuleUpdateParams.builder()
        .name("Approve repository deletion")
        .action(RuleAction.MANUAL_APPROVAL)
        .enabled(false)
        .pathPattern("/repos/*/*")
        .method(HttpMethod.DELETE)
        .build();
  }

  private static RuleCondition condition() {
    return RuleCondition.builder()
        .target(RuleCondition.TargetEnum.BODY)
        .operator(RuleCondition.OperatorEnum.CONTAINS)
        .value("DROP TABLE")
        .key("query")
        .build();
  }
}
