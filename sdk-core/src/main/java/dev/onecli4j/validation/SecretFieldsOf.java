package dev.onecli4j.validation;

import dev.onecli4j.generated.onecli.model.OrgSecretCreateRequest;
import dev.onecli4j.generated.onecli.model.OrgSecretUpdateRequest;
import dev.onecli4j.generated.onecli.model.PartnerSecretCreateRequest;
import dev.onecli4j.generated.onecli.model.PartnerSecretUpdateRequest;
import dev.onecli4j.generated.onecli.model.SecretCreateRequest;
import dev.onecli4j.generated.onecli.model.SecretUpdateRequest;

/** Reads the {@link SecretFields} of each scope's create and update bodies. */
final class SecretFieldsOf {
  private SecretFieldsOf() {}

  static SecretFields create(SecretCreateRequest b) {
    SecretFields f = created(b.name(), b.value(), b.hostPattern(), b.pathPattern());
    f.type = b.type();
    f.valueSource = b.valueSource();
    f.opRef = b.opRef();
    f.injection = b.injectionConfig();
    f.injectionSet = b.hasInjectionConfig();
    return f;
  }

  static SecretFields create(OrgSecretCreateRequest b) {
    SecretFields f = created(b.name(), b.value(), b.hostPattern(), b.pathPattern());
    f.type = b.type();
    f.injection = b.injectionConfig();
    f.injectionSet = b.hasInjectionConfig();
    return f;
  }

  static SecretFields create(PartnerSecretCreateRequest b) {
    SecretFields f = created(b.name(), b.value(), b.hostPattern(), b.pathPattern());
    f.type = b.type();
    f.injection = b.injectionConfig();
    f.injectionSet = b.hasInjectionConfig();
    return f;
  }

  static SecretFields update(SecretUpdateRequest b) {
    SecretFields f = updated(b.name(), b.value(), b.hostPattern(), b.pathPattern(), b.hasPathPattern());
    f.valueSource = b.valueSource();
    f.opRef = b.opRef();
    f.anyOther = b.opDisplay() != null || !b.additionalProperties().isEmpty();
    f.injection = b.injectionConfig();
    f.injectionSet = b.hasInjectionConfig();
    return f;
  }

  static SecretFields update(OrgSecretUpdateRequest b) {
    SecretFields f = updated(b.name(), b.value(), b.hostPattern(), b.pathPattern(), b.hasPathPattern());
    f.anyOther = !b.additionalProperties().isEmpty();
    f.injection = b.injectionConfig();
    f.injectionSet = b.hasInjectionConfig();
    return f;
  }

  static SecretFields update(PartnerSecretUpdateRequest b) {
    SecretFields f = updated(b.name(), b.value(), b.hostPattern(), b.pathPattern(), b.hasPathPattern());
    f.anyOther = !b.additionalProperties().isEmpty();
    f.injection = b.injectionConfig();
    f.injectionSet = b.hasInjectionConfig();
    return f;
  }

  private static SecretFields created(String name, String value, String hostPattern, String pathPattern) {
    SecretFields f = new SecretFields();
    f.create = true;
    f.name = name;
    f.value = value;
    f.hostPattern = hostPattern;
    f.pathPattern = pathPattern;
    return f;
  }

  private static SecretFields updated(
      String name, String value, String hostPattern, String pathPattern, boolean pathPatternSet) {
    SecretFields f = new SecretFields();
    f.name = name;
    f.value = value;
    f.hostPattern = hostPattern;
    f.pathPattern = pathPattern;
    f.pathPatternSet = pathPatternSet;
    return f;
  }
}
