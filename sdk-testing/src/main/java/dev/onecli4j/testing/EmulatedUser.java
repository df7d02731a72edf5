package dev.onecli4j.testing;

import java.time.OffsetDateTime;

/** A person with an account on the emulated server. Guarded by the emulator's state lock. */
final class EmulatedUser {
  final String id;
  final String email;
  final OffsetDateTime createdAt;
  String name;

  EmulatedUser(String id, String email, String name, OffsetDateTime createdAt) {
    this.id = id;
    this.email = email;
    this.name = name;
    this.createdAt = createdAt;
  }
}
