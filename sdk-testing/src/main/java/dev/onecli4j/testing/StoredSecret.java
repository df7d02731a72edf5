package dev.onecli4j.testing;

import dev.onecli4j.generated.onecli.model.Injection;
import dev.onecli4j.generated.onecli.model.ResourceScope;
import dev.onecli4j.generated.onecli.model.Secret;
import dev.onecli4j.generated.onecli.model.SecretType;
import dev.onecli4j.generated.onecli.model.ValueSource;
import java.time.OffsetDateTime;
import java.util.Map;

/** One secret in the emulator's memory, value included. Guarded by the emulator's state lock. */
final class StoredSecret {
  final String id;
  final String type;
  final String scope;
  final OffsetDateTime createdAt;
  String name;
  String valueSource;
  String value;
  String opRef;
  String hostPattern;
  String pathPattern;
  Injection injection;
  Map<String, Object> metadata;

  StoredSecret(String id, String type, String scope, OffsetDateTime createdAt) {
    this.id = id;
    this.type = type;
    this.scope = scope;
    this.createdAt = createdAt;
  }

  /** The secret as the list answers it: no value or preview, nullable fields as explicit nulls. */
  Secret toSecret() {
    return Secret.builder()
        .id(id)
        .name(name)
        .type(SecretType.of(type))
        .valueSource(ValueSource.of(valueSource))
        .opRef(opRef)
        .hostPattern(hostPattern)
        .pathPattern(pathPattern)
        .injectionConfig(injection)
        .metadata(metadata)
        .scope(ResourceScope.of(scope))
        .typeLabel(LlmValues.typeLabel(type))
        .createdAt(createdAt)
        .build();
  }
}
