package dev.onecli4j.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onecli4j.generated.runtime.ApiRequest;
import dev.onecli4j.http.Json;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Checks a request body against the server's rules before it is sent, by operation, on the JSON
 * that would be sent. Operations whose server rules are not known (those the public server source
 * does not have, such as the partner API) and operations without body rules pass unchecked: the
 * SDK refuses only what the server is known to refuse.
 */
public final class RequestValidation {
  private static final Map<String, SecretRules.Scope> SECRET_CREATES = new HashMap<>();
  private static final Map<String, SecretRules.Scope> SECRET_UPDATES = new HashMap<>();

  static {
    SECRET_CREATES.put("createSecret", SecretRules.Scope.WORKSPACE);
    SECRET_CREATES.put("createOrgSecret", SecretRules.Scope.ORGANIZATION);
    SECRET_UPDATES.put("updateSecret", SecretRules.Scope.WORKSPACE);
    SECRET_UPDATES.put("updateOrgSecret", SecretRules.Scope.ORGANIZATION);
  }

  private RequestValidation() {}

  /**
   * Throws a {@link ValidationException} listing every problem of {@code request}'s body.
   *
   * @throws ValidationException if the body breaks a rule the server enforces
   */
  public static void check(ApiRequest<?> request) {
    String operation = request.operationId();
    SecretRules.Scope create = SECRET_CREATES.get(operation);
    SecretRules.Scope update = SECRET_UPDATES.get(operation);
    if ((create == null && update == null) || request.body() == null) {
      return;
    }
    JsonNode body = Json.mapper().valueToTree(request.body());
    throwIfAny(operation, create != null ? SecretRules.create(body, create, false) : SecretRules.update(body, update, false));
  }

  /** Throws the issues as one {@link ValidationException}, each problem once, if there is any. */
  static void throwIfAny(String subject, Iterable<ServerIssue> issues) {
    Set<Problem> problems = new LinkedHashSet<>();
    for (ServerIssue issue : issues) {
      problems.add(issue.toProblem());
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(subject, new java.util.ArrayList<>(problems));
    }
  }
}
