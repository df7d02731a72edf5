package dev.onecli4j.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.onecli4j.generated.runtime.ApiRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Checks a request body (and the query values the server checks) against the server's rules
 * before it is sent, by operation, on the JSON that would be sent, and lists every problem. Only
 * operations whose rules are in the public server source (OneCLI 2.0.1) are checked, and partner
 * secrets, which the spec describes as organization secrets; the others pass unchecked: the SDK
 * refuses only what the server is known to refuse.
 */
public final class RequestValidation {
  /**
   * The mapper and the rules, made at the first request that has a body: a client that only reads
   * loads neither (nor java.time support, the rules' classes and their tables).
   */
  private static final class Rules {
    /**
     * Reads a request body (a generated model, whose annotations say all about its JSON) as the
     * JSON that is sent. The validation package has its own mapper: the transport's lies above it.
     */
    private static final ObjectMapper BODIES = new ObjectMapper().registerModule(new JavaTimeModule());
    private static final Map<String, Function<JsonNode, List<Problem>>> RULES = new HashMap<>();

    static {
      RULES.put("createSecret", b -> problems(SecretRules.create(b, SecretRules.Scope.WORKSPACE, false)));
      RULES.put("updateSecret", b -> problems(SecretRules.update(b, SecretRules.Scope.WORKSPACE, false)));
      RULES.put("createOrgSecret", b -> problems(SecretRules.create(b, SecretRules.Scope.ORGANIZATION, false)));
      RULES.put("updateOrgSecret", b -> problems(SecretRules.update(b, SecretRules.Scope.ORGANIZATION, false)));
      // The public server source has no partner routes; the project's spec gives partner secrets
      // the organization's body, so they get the organization's rules.
      RULES.put("createPartnerSecret", b -> problems(SecretRules.create(b, SecretRules.Scope.ORGANIZATION, false)));
      RULES.put("updatePartnerSecret", b -> problems(SecretRules.update(b, SecretRules.Scope.ORGANIZATION, false)));
      RULES.put("createAgent", AgentRules::create);
      RULES.put("renameAgent", AgentRules::update);
      RULES.put("updateUser", AccountRules::userUpdate);
      // /projects is the older name of /workspaces; the server answers both with one route.
      RULES.put("createProject", WorkspaceRules::create);
      RULES.put("updateProject", WorkspaceRules::update);
      RULES.put("createWorkspace", WorkspaceRules::create);
      RULES.put("updateWorkspace", WorkspaceRules::update);
      RULES.put("grantAgentConnection", GrantRules::connectionGrant);
      RULES.put("grantConnectionAgent", GrantRules::connectionGrant);
      RULES.put("createOrgPolicyRule", PolicyRuleRules::create);
      RULES.put("updateOrgPolicyRule", PolicyRuleRules::update);
      RULES.put("reorderOrgPolicyRules", PolicyRuleRules::reorder);
      RULES.put("updateOrgPolicyDefault", PolicyRuleRules::defaultRule);
      RULES.put("createOrgInvitation", InvitationRules::create);
      RULES.put("renameConnection", AccountRules::connectionLabel);
      RULES.put("renameOrgConnection", AccountRules::connectionLabel);
      RULES.put("migrateExport", AccountRules::migrationExport);
    }
  }

  private RequestValidation() {}

  /**
   * Throws a {@link ValidationException} listing every problem of {@code request}'s body.
   *
   * @param request the built request
   * @throws ValidationException if the body breaks a rule the server enforces
   */
  public static void check(ApiRequest<?> request) {
    check(request, null);
  }

  /**
   * Whether the SDK checks the body of {@code operationId} (the server's rules for it are known).
   *
   * @param operationId the operation
   * @return true if {@link #check} looks at its body
   */
  public static boolean checksBody(String operationId) {
    return Rules.RULES.containsKey(operationId);
  }

  /**
   * Throws a {@link ValidationException} listing every problem of {@code request}'s body, read
   * from {@code written} when the caller has already written the body (it is then not written
   * again).
   *
   * @param request the built request
   * @param written the request's body (without additional properties) as written for sending, or
   *     {@code null} to write it here
   * @throws ValidationException if the body breaks a rule the server enforces
   */
  public static void check(ApiRequest<?> request, @Nullable TokenBuffer written) {
    List<Problem> body = List.of();
    if (request.body() != null) {
      Function<JsonNode, List<Problem>> rules = Rules.RULES.get(request.operationId());
      if (rules != null) {
        body = rules.apply(written != null ? tree(written) : Rules.BODIES.valueToTree(request.body()));
      }
    }
    // Most requests have no query: nothing is allocated for them.
    List<Problem> query = request.query().isEmpty() ? List.of() : QueryRules.problems(request);
    if (!body.isEmpty() || !query.isEmpty()) {
      Set<Problem> problems = new LinkedHashSet<>(body);
      problems.addAll(query);
      throw new ValidationException(request.operationId(), new ArrayList<>(problems));
    }
  }

  private static JsonNode tree(TokenBuffer written) {
    try (com.fasterxml.jackson.core.JsonParser tokens = written.asParser()) {
      return JsonTree.read(tokens);
    } catch (java.io.IOException e) {
      // Not reached: the tokens are the SDK's own; Jackson's message would quote them.
      throw new IllegalStateException("the request body's tokens are not one JSON value", null);
    }
  }

  private static List<Problem> problems(List<ServerIssue> issues) {
    List<Problem> problems = new ArrayList<>();
    for (ServerIssue issue : issues) {
      problems.add(issue.toProblem());
    }
    return problems;
  }
}
