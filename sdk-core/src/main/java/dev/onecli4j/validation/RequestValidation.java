package dev.onecli4j.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onecli4j.generated.runtime.ApiRequest;
import dev.onecli4j.http.Json;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks a request body against the server's rules before it is sent, by operation, on the JSON
 * that would be sent, and lists every problem. Only operations whose rules are in the public
 * server source (OneCLI 2.0.1) are checked, and partner secrets, which the spec describes as
 * organization secrets; the others pass unchecked: the SDK refuses only what the server is known
 * to refuse.
 */
public final class RequestValidation {
  private static final Map<String, Function<JsonNode, List<ServerIssue>>> RULES = new HashMap<>();

  static {
    RULES.put("createSecret", b -> SecretRules.create(b, SecretRules.Scope.WORKSPACE, false));
    RULES.put("updateSecret", b -> SecretRules.update(b, SecretRules.Scope.WORKSPACE, false));
    RULES.put("createOrgSecret", b -> SecretRules.create(b, SecretRules.Scope.ORGANIZATION, false));
    RULES.put("updateOrgSecret", b -> SecretRules.update(b, SecretRules.Scope.ORGANIZATION, false));
    // The public server source has no partner routes; the project's spec gives partner secrets
    // the organization's body, so they get the organization's rules.
    RULES.put("createPartnerSecret", b -> SecretRules.create(b, SecretRules.Scope.ORGANIZATION, false));
    RULES.put("updatePartnerSecret", b -> SecretRules.update(b, SecretRules.Scope.ORGANIZATION, false));
    RULES.put("createAgent", AgentRules::create);
    RULES.put("renameAgent", AgentRules::update);
    RULES.put("updateUser", AccountRules::userUpdate);
    RULES.put("createProject", b -> AccountRules.workspace(b, false));
    RULES.put("updateProject", b -> AccountRules.workspace(b, true));
    RULES.put("renameConnection", AccountRules::connectionLabel);
    RULES.put("renameOrgConnection", AccountRules::connectionLabel);
    RULES.put("migrateExport", AccountRules::migrationExport);
  }

  private RequestValidation() {}

  /**
   * Throws a {@link ValidationException} listing every problem of {@code request}'s body.
   *
   * @throws ValidationException if the body breaks a rule the server enforces
   */
  public static void check(ApiRequest<?> request) {
    Function<JsonNode, List<ServerIssue>> rules = RULES.get(request.operationId());
    if (rules == null || request.body() == null) {
      return;
    }
    JsonNode body = Json.mapper().valueToTree(request.body());
    throwIfAny(request.operationId(), rules.apply(body));
  }

  /** Throws the issues as one {@link ValidationException}, each problem once, if there is any. */
  static void throwIfAny(String subject, List<ServerIssue> issues) {
    Set<Problem> problems = new LinkedHashSet<>();
    for (ServerIssue issue : issues) {
      problems.add(issue.toProblem());
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(subject, new ArrayList<>(problems));
    }
  }
}
