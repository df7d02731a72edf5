package dev.onecli4j.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onecli4j.generated.onecli.api.OrganizationSecretsApi;
import dev.onecli4j.generated.onecli.api.SecretsApi;
import dev.onecli4j.generated.onecli.model.Injection;
import dev.onecli4j.generated.onecli.model.OrgSecretCreateRequest;
import dev.onecli4j.generated.onecli.model.SecretCreateRequest;
import dev.onecli4j.generated.onecli.model.SecretType;
import dev.onecli4j.generated.onecli.model.SecretUpdateRequest;
import dev.onecli4j.generated.onecli.model.ValueSource;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule of the server, with accepted and refused inputs. The refused inputs are the ones
 * the real server refuses (see the OneCLI server's validation behaviour).
 */
class SecretRulesTest {
  private static SecretCreateRequest.Builder valid() {
    return SecretCreateRequest.builder()
        .name("Stripe")
        .type(SecretType.GENERIC)
        .value("sk_live_1234567890")
        .hostPattern("api.stripe.com")
        .injectionConfig(Injection.header("Authorization", "Bearer {value}"));
  }

  private static Arguments ok(String why, UnaryOperator<SecretCreateRequest.Builder> change) {
    return Arguments.of(why, change, List.of());
  }

  private static Arguments refused(String why, UnaryOperator<SecretCreateRequest.Builder> change, String... fields) {
    return Arguments.of(why, change, List.of(fields));
  }

  static Stream<Arguments> createCases() {
    String long255 = "n".repeat(255);
    return Stream.of(
        ok("a plain generic header secret", b -> b),
        ok("name of 255 characters", b -> b.name(long255)),
        ok("name padded with spaces", b -> b.name("  Stripe  ")),
        refused("name of 256 characters", b -> b.name(long255 + "n"), "name"),
        refused("blank name", b -> b.name("   "), "name"),
        refused("missing name", b -> b.name(null), "name"),
        ok("value of 10000 characters", b -> b.value("v".repeat(10_000))),
        refused("value of 10001 characters", b -> b.value("v".repeat(10_001)), "value"),
        refused("missing value (server: Secret value is required)", b -> b.value(null), "value"),
        refused("blank value", b -> b.value("   "), "value"),
        ok("1Password reference instead of a value",
            b -> b.value(null).valueSource(ValueSource.ONEPASSWORD).opRef("op://vault/item/field")),
        refused("1Password without opRef", b -> b.value(null).valueSource(ValueSource.ONEPASSWORD), "opRef"),
        ok("1Password with a value too (the server ignores the value)", b -> b.valueSource(ValueSource.ONEPASSWORD).opRef("op://v/i/f")),
        refused("opRef with fewer than three segments",
            b -> b.value(null).valueSource(ValueSource.ONEPASSWORD).opRef("op://vault/item"), "opRef"),
        ok("opRef on an inline secret (the server ignores it)", b -> b.opRef("op://v/i/f")),
        ok("wildcard over a registrable domain", b -> b.hostPattern("*.example.com")),
        ok("host with a port", b -> b.hostPattern("localhost:8080")),
        refused("scheme in the host", b -> b.hostPattern("https://api.stripe.com"), "hostPattern"),
        refused("path in the host", b -> b.hostPattern("api.stripe.com/v1"), "hostPattern"),
        refused("space in the host", b -> b.hostPattern("api stripe.com"), "hostPattern"),
        refused("wildcard in the middle", b -> b.hostPattern("api.*.com"), "hostPattern"),
        refused("two wildcards", b -> b.hostPattern("*.*.example.com"), "hostPattern"),
        refused("wildcard over .com", b -> b.hostPattern("*.com"), "hostPattern"),
        refused("wildcard over .co.uk", b -> b.hostPattern("*.co.uk"), "hostPattern"),
        refused("wildcard over s3.amazonaws.com", b -> b.hostPattern("*.s3.amazonaws.com"), "hostPattern"),
        refused("host longer than 1000", b -> b.hostPattern("a".repeat(1001) + ".com"), "hostPattern"),
        refused("missing host", b -> b.hostPattern(null), "hostPattern"),
        ok("path pattern of 1000 characters", b -> b.pathPattern("/" + "p".repeat(999))),
        refused("path pattern of 1001 characters", b -> b.pathPattern("/" + "p".repeat(1000)), "pathPattern"),
        refused("generic secret without injection (server: Header name, parameter name, or URL path template is required)",
            b -> b.injectionConfig(null), "injectionConfig"),
        ok("anthropic secret needs no injection", b -> b.type(SecretType.ANTHROPIC).injectionConfig(null)),
        ok("query parameter injection", b -> b.injectionConfig(Injection.queryParam("key"))),
        refused("blank header name (server: Header name, parameter name, or URL path template is required)",
            b -> b.injectionConfig(Injection.header(" ")), "injectionConfig"),
        refused("empty header name (server: Too small; then the service rule)",
            b -> b.injectionConfig(Injection.header("")), "injectionConfig.headerName", "injectionConfig"),
        refused("mixed header and query keys (server: Invalid input)",
            b -> b.injectionConfig(Injection.builder().headerName("A").paramName("b").build()), "injectionConfig"),
        refused("unknown key in the injection (server: Invalid input)",
            b -> b.injectionConfig(Injection.builder().headerName("A").putAdditionalProperty("x", 1).build()),
            "injectionConfig"),
        ok("path template with one {value}", b -> b.value("tok123").injectionConfig(Injection.pathTemplate("/bot{value}"))),
        refused("path template without leading slash",
            b -> b.value("tok123").injectionConfig(Injection.pathTemplate("bot{value}")), "injectionConfig.pathTemplate"),
        refused("path template with {value} twice",
            b -> b.value("tok123").injectionConfig(Injection.pathTemplate("/{value}/{value}")), "injectionConfig.pathTemplate"),
        ok("path regex with {value} in the replacement",
            b -> b.value("tok123").injectionConfig(Injection.pathRegex("^/bot([^/]+)", "/bot{value}"))),
        refused("path regex that does not compile",
            b -> b.value("tok123").injectionConfig(Injection.pathRegex("^/bot([", "/bot{value}")), "injectionConfig.pathRegex"),
        refused("replacement without {value}",
            b -> b.value("tok123").injectionConfig(Injection.pathRegex("^/bot", "/bot")), "injectionConfig.pathReplacement"),
        refused("a slash in an inline value with a path injection",
            b -> b.value("a/b").injectionConfig(Injection.pathTemplate("/bot{value}")), "value"),
        refused("a space in an inline value with a path injection",
            b -> b.value("a b").injectionConfig(Injection.pathTemplate("/bot{value}")), "value"),
        ok("a slash in an inline value with a header injection", b -> b.value("a/b")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("createCases")
  void createRules(String why, UnaryOperator<SecretCreateRequest.Builder> change, List<String> fields) {
    assertEquals(fields, problemFields(() -> RequestValidation.check(SecretsApi.createSecretRequest(change.apply(valid()).build()))), why);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("updateCases")
  void updateRules(String why, SecretUpdateRequest body, List<String> fields) {
    assertEquals(fields, problemFields(() -> RequestValidation.check(SecretsApi.updateSecretRequest("id1", body))), why);
  }

  static Stream<Arguments> updateCases() {
    return Stream.of(
        Arguments.of("rename only", SecretUpdateRequest.builder().name("New").build(), List.of()),
        Arguments.of("clear the path pattern only", SecretUpdateRequest.builder().pathPattern(null).build(), List.of()),
        Arguments.of("no field (server: At least one field must be provided)", SecretUpdateRequest.builder().build(), List.of("")),
        Arguments.of("blank value", SecretUpdateRequest.builder().value(" ").build(), List.of("value")),
        Arguments.of("bad host", SecretUpdateRequest.builder().hostPattern("*.com").build(), List.of("hostPattern")));
  }

  @org.junit.jupiter.api.Test
  void everyProblemIsReportedAtOnce() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> RequestValidation.check(
                OrganizationSecretsApi.createOrgSecretRequest(
                    OrgSecretCreateRequest.builder().name("").value("").hostPattern("https://x/y").type(SecretType.GENERIC).build())));
    List<String> fields = e.problems().stream().map(Problem::field).collect(Collectors.toList());
    assertTrue(fields.containsAll(List.of("name", "value", "hostPattern", "injectionConfig")), fields.toString());
    assertTrue(e.getMessage().startsWith("Invalid createOrgSecret"), e.getMessage());
  }

  private static List<String> problemFields(Runnable check) {
    try {
      check.run();
      return List.of();
    } catch (ValidationException e) {
      return e.problems().stream().map(Problem::field).distinct().collect(Collectors.toList());
    }
  }
}
