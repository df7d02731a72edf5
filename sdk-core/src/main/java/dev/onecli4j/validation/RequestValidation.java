package dev.onecli4j.validation;

import dev.onecli4j.generated.onecli.model.OrgSecretCreateRequest;
import dev.onecli4j.generated.onecli.model.OrgSecretUpdateRequest;
import dev.onecli4j.generated.onecli.model.PartnerSecretCreateRequest;
import dev.onecli4j.generated.onecli.model.PartnerSecretUpdateRequest;
import dev.onecli4j.generated.onecli.model.SecretCreateRequest;
import dev.onecli4j.generated.onecli.model.SecretUpdateRequest;
import dev.onecli4j.generated.runtime.ApiRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Checks a request body against the server's rules before it is sent, by operation. Bodies of
 * operations without local rules pass unchecked.
 */
public final class RequestValidation {
  private static final Map<String, Function<Object, SecretFields>> SECRET_BODIES = new HashMap<>();

  static {
    SECRET_BODIES.put("createSecret", b -> SecretFieldsOf.create((SecretCreateRequest) b));
    SECRET_BODIES.put("updateSecret", b -> SecretFieldsOf.update((SecretUpdateRequest) b));
    SECRET_BODIES.put("createOrgSecret", b -> SecretFieldsOf.create((OrgSecretCreateRequest) b));
    SECRET_BODIES.put("updateOrgSecret", b -> SecretFieldsOf.update((OrgSecretUpdateRequest) b));
    SECRET_BODIES.put("createPartnerSecret", b -> SecretFieldsOf.create((PartnerSecretCreateRequest) b));
    SECRET_BODIES.put("updatePartnerSecret", b -> SecretFieldsOf.update((PartnerSecretUpdateRequest) b));
  }

  private RequestValidation() {}

  /**
   * Throws a {@link ValidationException} listing every problem of {@code request}'s body.
   *
   * @param request the built request
   * @throws ValidationException if the body breaks a rule the server enforces
   */
  public static void check(ApiRequest<?> request) {
    Function<Object, SecretFields> fields = SECRET_BODIES.get(request.operationId());
    if (fields == null || request.body() == null) {
      return;
    }
    Problems problems = Problems.of(request.operationId());
    SecretRules.check(problems, fields.apply(request.body()));
    problems.throwIfAny();
  }
}
