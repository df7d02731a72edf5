package dev.onecli4j.service.usersecrets;

import dev.onecli4j.generated.usersecrets.model.UserSecretCreateRequest;

/** Builds the body of a user secret from its params. */
final class UserSecretRequests {
  private UserSecretRequests() {}

  static UserSecretCreateRequest create(UserSecretCreateParams params) {
    return params.toRequest();
  }
}
