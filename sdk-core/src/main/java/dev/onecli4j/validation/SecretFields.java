package dev.onecli4j.validation;

import dev.onecli4j.generated.onecli.model.Injection;
import dev.onecli4j.generated.onecli.model.SecretType;
import dev.onecli4j.generated.onecli.model.ValueSource;

/**
 * The fields of a secret body that the local rules look at, whatever the scope (project,
 * organization, partner) and whether it creates or updates.
 */
final class SecretFields {
  boolean create;
  String name;
  SecretType type;
  String value;
  ValueSource valueSource;
  String opRef;
  String hostPattern;
  String pathPattern;
  boolean pathPatternSet;
  Injection injection;
  boolean injectionSet;
  boolean anyOther;
}
