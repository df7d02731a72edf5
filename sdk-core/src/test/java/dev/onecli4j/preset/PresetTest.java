package dev.onecli4j.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onecli4j.generated.onecli.model.Injection;
import dev.onecli4j.generated.onecli.model.SecretType;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The built-in presets and user-defined ones. */
class PresetTest {
  @Test
  void builtInsNameTheirVariables() {
    assertEquals(
        List.of("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "GITHUB_TOKEN", "TINKER_API_KEY"),
        Preset.builtIns().stream().map(Preset::envVarName).collect(Collectors.toList()));
    assertEquals(SecretType.OPENAI, Preset.OPENAI.secretType());
    assertNull(Preset.OPENAI.injection());
    assertEquals(Injection.header("Authorization", "Bearer {value}"), Preset.GITHUB.injection());
    assertEquals(Preset.ANTHROPIC, Preset.forProvider("Anthropic"));
    assertNull(Preset.forProvider("nope"));
  }

  @Test
  void keyFormatIsAHintOnly() {
    assertTrue(Preset.ANTHROPIC.looksLikeKey("sk-ant-api03-xyz"));
    assertFalse(Preset.ANTHROPIC.looksLikeKey("sk-proj-xyz"));
    assertTrue(Preset.GITHUB.looksLikeKey("github_pat_11AB"));
    assertTrue(Preset.builder("x").envVarName("X").hostPattern("x.dev").injection(Injection.header("X")).build().looksLikeKey("anything"));
  }

  @Test
  void userDefinedPresets() {
    Preset stripe =
        Preset.builder("stripe")
            .displayName("Stripe")
            .envVarName("STRIPE_API_KEY")
            .hostPattern("api.stripe.com")
            .injection(Injection.header("Authorization", "Bearer {value}"))
            .keyPrefixes("sk_live_", "sk_test_")
            .build();
    assertEquals(SecretType.GENERIC, stripe.secretType());
    assertEquals("api.eu.stripe.com", stripe.newBuilder().hostPattern("api.eu.stripe.com").build().hostPattern());
    assertThrows(IllegalStateException.class, () -> Preset.builder("x").envVarName("X").hostPattern("x.dev").build());
    assertThrows(IllegalStateException.class, () -> Preset.builder("x").hostPattern("x.dev").injection(Injection.header("X")).build());
  }
}
