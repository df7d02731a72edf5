package dev.onecli4j.testing;

import dev.onecli4j.generated.usersecrets.model.UserSecret;
import java.time.OffsetDateTime;

/** One user secret in memory, value included. Guarded by the emulator's lock. */
final class StoredUserSecret {
  final String id;
  final String name;
  final String provider;
  final OffsetDateTime createdAt;
  String value;
  OffsetDateTime updatedAt;

  StoredUserSecret(String id, String name, String provider, String value, OffsetDateTime now) {
    this.id = id;
    this.name = name;
    this.provider = provider;
    this.value = value;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** The secret as the API shows it: masked, never the value. */
  UserSecret toUserSecret() {
    return UserSecret.builder()
        .id(id)
        .name(name)
        .provider(provider)
        .maskedValue(Previews.maskedValue(value))
        .createdAt(createdAt)
        .updatedAt(updatedAt)
        .build();
  }
}
