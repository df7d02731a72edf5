package dev.onecli4j.contract;

import static dev.onecli4j.contract.ContractAssertions.assertAccepted;
import static dev.onecli4j.contract.ContractAssertions.assertAcceptedAsync;
import static dev.onecli4j.contract.ContractAssertions.assertRejectedByPrism;
import static dev.onecli4j.contract.ContractAssertions.violations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onecli4j.core.ClientOptions;
import dev.onecli4j.RawResponse;
import dev.onecli4j.UserSecrets;
import dev.onecli4j.error.ApiException;
import dev.onecli4j.error.AuthenticationException;
import dev.onecli4j.error.UnprocessableEntityException;
import dev.onecli4j.generated.runtime.ApiRequest;
import dev.onecli4j.generated.usersecrets.api.SecretsApi;
import dev.onecli4j.generated.usersecrets.model.PresetSecretCreateRequest;
import dev.onecli4j.generated.usersecrets.model.ProviderPreset;
import dev.onecli4j.generated.usersecrets.model.UserSecret;
import dev.onecli4j.generated.usersecrets.model.UserSecretCreateRequest;
import dev.onecli4j.generated.usersecrets.model.UserSecretList;
import dev.onecli4j.generated.usersecrets.model.UserSecretRotateRequest;
import dev.onecli4j.internal.http.HttpTransport;
import dev.onecli4j.service.usersecrets.UserSecretCreateParams;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Contract test: every user-secrets operation, called through the {@link UserSecrets} facade,
 * sends a request that Prism finds valid against {@code openapi/user-secrets.yaml}, and the SDK
 * parses Prism's spec-generated answer. Negative controls prove Prism rejects invalid requests,
 * so these tests can fail.
 *
 * <p>Each call goes through {@code withRawResponse} so that even violations Prism only warns
 * about (still answering 2xx) fail the test; see {@link ContractAssertions#assertAccepted}.
 */
class UserSecretsContractIT {
  private static final String SECRET_ID = "3fa85f64-5717-4562-b3fc-2c963f66afa6";

  private static PrismServer prism;
  private static UserSecrets client;

  @BeforeAll
  static void startPrism() {
    prism = PrismServer.start(ContractAssertions.openapiSpec("user-secrets.yaml"));
    // Prism serves the spec's paths at the root, without the servers URL's /api/v1.
    client = UserSecrets.builder().baseUrl(prism.baseUrl()).token("test-token").maxRetries(0).build();
  }

  @AfterAll
  static void stopPrism() {
    if (client != null) {
      client.close();
    }
    if (prism != null) {
      prism.close();
    }
  }

  @Test
  void createFromPreset() {
    RawResponse<UserSecret> r =
        assertAccepted(
            "secrets().createFromPreset",
            () -> client.withRawResponse(c -> c.secrets().createFromPreset("openai", "sk-contract-test-value")));
    assertEquals(200, r.status());
    assertSecret(r.body());
  }

  @Test
  void createWithName() {
    RawResponse<UserSecret> r =
        assertAccepted(
            "secrets().create(name, value)",
            () -> client.withRawResponse(c -> c.secrets().create("MY_SERVICE_TOKEN", "tok-contract-test")));
    assertEquals(200, r.status());
    assertSecret(r.body());
  }

  @Test
  void createWithParamsAndProvider() {
    UserSecretCreateParams params =
        UserSecretCreateParams.builder().name("GITHUB_TOKEN").value("ghp-contract-test").provider("github").build();
    RawResponse<UserSecret> r =
        assertAccepted(
            "secrets().create(params)", () -> client.withRawResponse(c -> c.secrets().create(params)));
    assertSecret(r.body());
  }

  @Test
  void list() {
    RawResponse<UserSecretList> r =
        assertAccepted("secrets().list", () -> client.withRawResponse(c -> c.secrets().list()));
    assertEquals(200, r.status());
    UserSecretList list = r.body();
    assertNotNull(list.secrets());
    assertNotNull(list.total());
    assertTrue(list.total() >= 0);
    assertFalse(list.secrets().isEmpty(), "Prism generates one sample item for the array");
    list.secrets().forEach(UserSecretsContractIT::assertSecret);
  }

  @Test
  void rotate() {
    RawResponse<UserSecret> r =
        assertAccepted(
            "secrets().rotate",
            () -> client.withRawResponse(c -> c.secrets().rotate(SECRET_ID, "sk-rotated-contract-value")));
    assertEquals(200, r.status());
    assertSecret(r.body());
  }

  @Test
  void delete() {
    RawResponse<Object> r =
        assertAccepted(
            "secrets().delete",
            () ->
                client.withRawResponse(
                    c -> {
                      c.secrets().delete(SECRET_ID);
                      return null;
                    }));
    assertEquals(204, r.status());
    assertNull(r.body());
  }

  @Test
  void listPresets() {
    RawResponse<List<ProviderPreset>> r =
        assertAccepted("presets().list", () -> client.withRawResponse(c -> c.presets().list()));
    assertEquals(200, r.status());
    assertFalse(r.body().isEmpty());
    for (ProviderPreset p : r.body()) {
      assertNotNull(p.provider());
      assertNotNull(p.envVarName());
      assertNotNull(p.configured());
    }
  }

  /** The asynchronous twins build the same requests; Prism must accept those too. */
  @Test
  void asyncFacadeCallsAreAccepted() {
    var async = client.async();
    assertSecret(assertAcceptedAsync("async createFromPreset", () -> async.secrets().createFromPreset("anthropic", "sk-a")));
    assertSecret(
        assertAcceptedAsync(
            "async create",
            () -> async.secrets().create(UserSecretCreateParams.builder().name("A_KEY").value("v").build())));
    assertNotNull(assertAcceptedAsync("async list", () -> async.secrets().list()).secrets());
    assertSecret(assertAcceptedAsync("async rotate", () -> async.secrets().rotate(SECRET_ID, "v2")));
    assertAcceptedAsync("async delete", () -> async.secrets().delete(SECRET_ID));
    assertFalse(assertAcceptedAsync("async presets list", () -> async.presets().list()).isEmpty());
  }

  /**
   * Negative controls, one per operation with a body: the generated request builders with a body
   * that breaks the schema, sent through a transport with the client's own options. No local
   * validation runs on this path, so the rejection can only come from Prism: 422 (the spec's
   * answer for invalid input, mapped to {@link UnprocessableEntityException}) with
   * {@code sl-violations} naming the field.
   */
  static Stream<Arguments> invalidRequests() {
    return Stream.of(
        Arguments.of(
            "createUserSecret without value",
            SecretsApi.createUserSecretRequest(UserSecretCreateRequest.builder().name("NEGATIVE_CONTROL").build()),
            "must have required property 'value'"),
        Arguments.of(
            "createUserSecret with empty name",
            SecretsApi.createUserSecretRequest(UserSecretCreateRequest.builder().name("").value("v").build()),
            "property name must NOT have fewer than 1 characters"),
        Arguments.of(
            "createUserSecretFromPreset without provider",
            SecretsApi.createUserSecretFromPresetRequest(PresetSecretCreateRequest.builder().value("v").build()),
            "must have required property 'provider'"),
        Arguments.of(
            "rotateUserSecret with empty value",
            SecretsApi.rotateUserSecretRequest(SECRET_ID, UserSecretRotateRequest.builder().value("").build()),
            "property value must NOT have fewer than 1 characters"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidRequests")
  void negativeControlPrismRejectsInvalidBody(String what, ApiRequest<?> request, String expectedViolation) {
    try (HttpTransport transport = HttpTransport.create(client.options())) {
      ApiException e = assertRejectedByPrism(what, () -> transport.execute(request));
      assertInstanceOf(UnprocessableEntityException.class, e, e::toString);
      assertEquals(422, e.status());
      String violations = violations(e);
      assertTrue(violations.contains(expectedViolation), "sl-violations should say why: " + violations);
    }
  }

  /** Negative control: without the bearer token Prism answers 401, so the auth header is checked. */
  @Test
  void negativeControlPrismRejectsMissingToken() {
    ClientOptions noToken = ClientOptions.builder().baseUrl(prism.baseUrl()).maxRetries(0).build();
    try (HttpTransport transport = HttpTransport.create(noToken)) {
      ApiException e =
          assertRejectedByPrism(
              "listUserSecrets without token",
              // auth=none gets the request past the SDK's own refusal (MissingApiKeyException), to Prism.
              () -> transport.execute(SecretsApi.listUserSecretsRequest().newBuilder().attribute("auth", "none").build()));
      assertInstanceOf(AuthenticationException.class, e, e::toString);
      assertTrue(violations(e).contains("security"), violations(e));
    }
  }

  /** The assertion helper itself fails on a rejected call and shows Prism's violations. */
  @Test
  void assertAcceptedReportsViolations() {
    try (HttpTransport transport = HttpTransport.create(client.options())) {
      UserSecretCreateRequest noValue = UserSecretCreateRequest.builder().name("NEGATIVE_CONTROL").build();
      AssertionError failure =
          assertThrows(
              AssertionError.class,
              () -> assertAccepted("createUserSecret", () -> transport.execute(SecretsApi.createUserSecretRequest(noValue))));
      assertTrue(failure.getMessage().contains("422"), failure.getMessage());
      assertTrue(
          failure.getMessage().contains("request.body: Request body must have required property 'value'"),
          failure.getMessage());
    }
  }

  private static void assertSecret(UserSecret s) {
    assertNotNull(s, "secret");
    assertNotNull(s.id(), "id");
    assertNotNull(s.name(), "name");
  }
}
