package dev.onecli4j.service;

import dev.onecli4j.generated.onecli.model.OrgSecretCreateRequest;
import dev.onecli4j.generated.onecli.model.OrgSecretUpdateRequest;
import dev.onecli4j.generated.onecli.model.PartnerSecretCreateRequest;
import dev.onecli4j.generated.onecli.model.PartnerSecretUpdateRequest;
import dev.onecli4j.generated.onecli.model.SecretCreateRequest;
import dev.onecli4j.generated.onecli.model.SecretUpdateRequest;
import dev.onecli4j.generated.onecli.model.ValueSource;
import dev.onecli4j.param.SecretCreateParams;
import dev.onecli4j.param.SecretUpdateParams;
import dev.onecli4j.param.SecretValue;
import dev.onecli4j.validation.JsText;
import dev.onecli4j.validation.Problems;

/**
 * Turns secret params into the request body of each scope. Organization and partner secrets
 * hold inline values only, so 1Password fields are refused for them; their bodies are the
 * workspace body without those fields.
 *
 * <p>{@code name} and {@code hostPattern} are sent trimmed as JavaScript trims them (Unicode
 * white space, not the control characters Java's {@code trim()} removes). The server trims both
 * the same way before it checks and stores them, so this changes nothing there; but the spec's
 * length limits apply to the string as sent, and the local rules (like the server) measure it
 * trimmed: a 255-character name with a space around it passed the local check and then broke
 * {@code maxLength: 255}.
 */
final class SecretBodies {
  private SecretBodies() {}

  static SecretCreateRequest project(SecretCreateParams p) {
    SecretCreateRequest.Builder b =
        SecretCreateRequest.builder()
            .name(trim(p.name()))
            .type(p.type())
            .valueSource(p.valueSource())
            .value(reveal(p.value()))
            .opRef(p.opRef())
            .opDisplay(p.opDisplay())
            .hostPattern(trim(p.hostPattern()))
            .pathPattern(p.pathPattern());
    if (p.injection() != null) {
      b.injectionConfig(p.injection());
    }
    return b.build();
  }

  static OrgSecretCreateRequest org(SecretCreateParams p) {
    return inlineOnly("organization", p.valueSource(), project(p), OrgSecretCreateRequest.class);
  }

  static PartnerSecretCreateRequest partner(SecretCreateParams p) {
    return inlineOnly("partner", p.valueSource(), project(p), PartnerSecretCreateRequest.class);
  }

  static SecretUpdateRequest project(SecretUpdateParams p) {
    SecretUpdateRequest.Builder b =
        SecretUpdateRequest.builder()
            .name(trim(p.name()))
            .valueSource(p.valueSource())
            .value(reveal(p.value()))
            .opRef(p.opRef())
            .opDisplay(p.opDisplay())
            .hostPattern(trim(p.hostPattern()));
    Bodies.setIf(p.pathPatternSet(), p.pathPattern(), b::pathPattern);
    Bodies.setIf(p.injectionSet(), p.injection(), b::injectionConfig);
    return b.build();
  }

  static OrgSecretUpdateRequest org(SecretUpdateParams p) {
    return inlineOnly("organization", p.valueSource(), project(p), OrgSecretUpdateRequest.class);
  }

  static PartnerSecretUpdateRequest partner(SecretUpdateParams p) {
    return inlineOnly("partner", p.valueSource(), project(p), PartnerSecretUpdateRequest.class);
  }

  /**
   * The workspace body as the body of {@code scope}, which holds inline values only: a 1Password
   * source is refused, as the server does, and the 1Password fields are left out. An {@code opRef}
   * without {@code valueSource onepassword} is ignored by the server, so it is dropped, not
   * refused.
   */
  private static <T> T inlineOnly(String scope, ValueSource source, Object body, Class<T> type) {
    Problems.of(scope + " secret")
        .check(source == null || ValueSource.INLINE.equals(source), "valueSource", "must be inline for " + scope + " secrets")
        .throwIfAny();
    return Bodies.as(type, body, "valueSource", "opRef", "opDisplay");
  }

  private static String trim(String s) {
    return s == null ? null : JsText.trim(s);
  }

  private static String reveal(SecretValue value) {
    return value == null ? null : value.reveal();
  }
}
