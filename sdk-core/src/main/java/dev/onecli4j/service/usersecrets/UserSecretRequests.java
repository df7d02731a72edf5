package dev.onecli4j.service.usersecrets;

import dev.onecli4j.generated.usersecrets.model.PresetSecretCreateRequest;
import dev.onecli4j.generated.usersecrets.model.UserSecretRotateRequest;
import dev.onecli4j.validation.Problems;

/** Checks arguments given directly to user-secrets calls and builds their bodies. */
final class UserSecretRequests {
  private UserSecretRequests() {}

  static PresetSecretCreateRequest preset(String provider, String value) {
    Problems.of("createFromPreset")
        .requiredText("provider", provider)
        .check(value != null && !value.isEmpty(), "value", "is required and must not be empty")
        .throwIfAny();
    return PresetSecretCreateRequest.builder().provider(provider).value(value).build();
  }

  static UserSecretRotateRequest rotate(String secretId, String value) {
    Problems.of("rotate")
        .requiredId("secretId", secretId)
        .check(value != null && !value.isEmpty(), "value", "is required and must not be empty")
        .throwIfAny();
    return UserSecretRotateRequest.builder().value(value).build();
  }

  static void id(String operation, String secretId) {
    Problems.of(operation).requiredId("secretId", secretId).throwIfAny();
  }
}
