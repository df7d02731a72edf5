package dev.onecli4j.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.onecli4j.OneCli;
import dev.onecli4j.error.BadRequestException;
import dev.onecli4j.generated.onecli.model.SecretType;
import dev.onecli4j.param.SecretCreateParams;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The server's secret validation: the first problem only, its message, and its shape (flat for
 * body validation, the envelope for service rules). Raw JSON, because the SDK's params refuse
 * most of these bodies before sending them.
 */
class SecretValidationTest {
  private static final String VALID_HEADER = "'injectionConfig':{'headerName':'X-Api-Key'}";
  private static OneCliEmulator emulator;

  @BeforeAll
  static void start() {
    emulator = OneCliEmulator.start();
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  @BeforeEach
  void fresh() {
    emulator.reset();
  }

  /** A generic create body with {@code extra} fields (single-quoted JSON) before the defaults. */
  private static String body(String fields) {
    return "{" + fields + "}";
  }

  static Stream<Arguments> createProblems() {
    String base = "'name':'n','type':'generic','value':'v-123','hostPattern':'api.example.com'," + VALID_HEADER;
    return Stream.of(
        Arguments.of("[]", "Invalid input: expected object, received array"),
        Arguments.of("{}", "Invalid input: expected string, received undefined"),
        Arguments.of(body("'name':'   ','type':'bogus'"), "Too small: expected string to have >=1 characters"),
        Arguments.of(body("'name':'" + "x".repeat(256) + "'"), "Too big: expected string to have <=255 characters"),
        Arguments.of(body("'name':7"), "Invalid input: expected string, received number"),
        Arguments.of(body("'name':'n','type':'aws'"), "Invalid option: expected one of \"anthropic\"|\"openai\"|\"generic\""),
        Arguments.of(body("'name':'n','type':'generic','valueSource':'vault'"), "Invalid option: expected one of \"inline\"|\"onepassword\""),
        Arguments.of(body("'name':'n','type':'generic','hostPattern':'a.com'," + VALID_HEADER), "Secret value is required"),
        Arguments.of(body("'name':'n','type':'generic','value':'','hostPattern':'a.com'," + VALID_HEADER), "Secret value is required"),
        Arguments.of(body("'name':'n','type':'generic','value':'" + "v".repeat(10001) + "'"), "Too big: expected string to have <=10000 characters"),
        Arguments.of(body("'name':'n','type':'generic','valueSource':'onepassword','hostPattern':'a.com'," + VALID_HEADER), "Select a 1Password field"),
        Arguments.of(body("'name':'n','type':'generic','opRef':'op://vault/item'"), "Must be a 1Password reference (op://vault/item/field)"),
        Arguments.of(body("'name':'n','type':'generic','opRef':'vault/item/field'"), "Must be a 1Password reference (op://vault/item/field)"),
        Arguments.of(body("'name':'n','type':'generic','opDisplay':'x'"), "Invalid input: expected object, received string"),
        Arguments.of(body("'name':'n','type':'generic','value':'v'"), "Invalid input: expected string, received undefined"),
        Arguments.of(body("'name':'n','type':'generic','value':'v','hostPattern':'  '"), "Host pattern is required"),
        Arguments.of(body("'name':'n','type':'generic','value':'v','hostPattern':'https://api.example.com'"), "Enter a hostname, not a URL (remove http:// or https://)"),
        Arguments.of(body("'name':'n','type':'generic','value':'v','hostPattern':'api.example.com/v1'"), "Enter a hostname only, not a path (use the path pattern field for paths)"),
        Arguments.of(body("'name':'n','type':'generic','value':'v','hostPattern':'api example.com'"), "Host pattern must not contain spaces"),
        Arguments.of(body("'name':'n','type':'generic','value':'v','hostPattern':'api.*.example.com'"), "Wildcards are only allowed as a leading subdomain, e.g. *.example.com"),
        Arguments.of(body("'name':'n','type':'generic','value':'v','hostPattern':'*'"), "Wildcards are only allowed as a leading subdomain, e.g. *.example.com"),
        Arguments.of(body("'name':'n','type':'generic','value':'v','hostPattern':'*.*.example.com'"), "Wildcards are only allowed as a leading subdomain, e.g. *.example.com"),
        Arguments.of(body("'name':'n','type':'generic','value':'v','hostPattern':'*.com'"), "A wildcard can't cover a public suffix like *.com; use a specific domain, e.g. *.example.com"),
        Arguments.of(body("'name':'n','type':'generic','value':'v','hostPattern':' *.co.uk '"), "A wildcard can't cover a public suffix like *.com; use a specific domain, e.g. *.example.com"),
        Arguments.of(body("'name':'n','type':'generic','value':'v','hostPattern':'*.s3.amazonaws.com'"), "A wildcard can't cover a public suffix like *.com; use a specific domain, e.g. *.example.com"),
        Arguments.of(body("'name':'n','type':'generic','value':'v','hostPattern':'a.com','pathPattern':null"), "Invalid input: expected string, received null"),
        Arguments.of(body("'name':'n','type':'generic','value':'v','hostPattern':'a.com','pathPattern':'" + "p".repeat(1001) + "'"), "Too big: expected string to have <=1000 characters"),
        Arguments.of(body(base.replace(VALID_HEADER, "'injectionConfig':{'headerName':'X','foo':1}")), "Invalid input"),
        Arguments.of(body(base.replace(VALID_HEADER, "'injectionConfig':{'headerName':'X','paramName':'key'}")), "Invalid input"),
        Arguments.of(body(base.replace(VALID_HEADER, "'injectionConfig':'X-Api-Key'")), "Invalid input"),
        Arguments.of(body(base.replace(VALID_HEADER, "'injectionConfig':{'headerName':''}")), "Too small: expected string to have >=1 characters"),
        Arguments.of(body(base.replace(VALID_HEADER, "'injectionConfig':{'pathTemplate':'bot{value}'}")), "Path template must start with /"),
        Arguments.of(body(base.replace(VALID_HEADER, "'injectionConfig':{'pathTemplate':'/bot'}")), "Path template must contain {value} exactly once"),
        Arguments.of(body(base.replace(VALID_HEADER, "'injectionConfig':{'pathTemplate':'/{value}/{value}'}")), "Path template must contain {value} exactly once"),
        Arguments.of(body(base.replace(VALID_HEADER, "'injectionConfig':{'pathRegex':'(','pathReplacement':'/{value}'}")), "Invalid regular expression"),
        Arguments.of(body(base.replace(VALID_HEADER, "'injectionConfig':{'pathRegex':'^/v1','pathReplacement':'/x'}")), "Replacement must include {value} (where the secret goes)"));
  }

  @ParameterizedTest
  @MethodSource("createProblems")
  void createReportsTheFirstProblemFlat(String singleQuotedBody, String message) {
    Raw.Answer a = Raw.onecli(emulator, "POST", "/secrets", Raw.json(singleQuotedBody));
    assertEquals(400, a.status(), a.body());
    assertEquals(message, a.json().get("error").asText());
    assertEquals(1, a.json().size(), "the flat shape has only the error text");
    assertEquals(0, Raw.onecli(emulator, "GET", "/secrets", null).json().size(), "nothing was stored");
  }

  @Test
  void unreadableBodyIsANullObject() {
    Raw.Answer a = Raw.onecli(emulator, "POST", "/secrets", "{not json");
    assertEquals("Invalid input: expected object, received null", a.json().get("error").asText());
  }

  @Test
  void acceptedPatterns() {
    for (String host : new String[] {"*.example.com", "*.example.co.uk", "API.Example.com", "localhost"}) {
      String json = body("'name':'n','type':'generic','value':'v','hostPattern':'" + host + "'," + VALID_HEADER);
      assertEquals(201, Raw.onecli(emulator, "POST", "/secrets", Raw.json(json)).status(), host);
    }
  }

  static Stream<Arguments> serviceRules() {
    return Stream.of(
        Arguments.of(
            "'name':'n','type':'generic','value':'v','hostPattern':'a.com'",
            "Header name, parameter name, or URL path template is required for generic secrets"),
        Arguments.of(
            "'name':'n','type':'generic','value':'v','hostPattern':'a.com','injectionConfig':null",
            "Header name, parameter name, or URL path template is required for generic secrets"),
        Arguments.of(
            "'name':'n','type':'generic','value':'v','hostPattern':'a.com','injectionConfig':{'headerName':'   '}",
            "Header name, parameter name, or URL path template is required for generic secrets"),
        Arguments.of(
            "'name':'n','type':'generic','value':'a/b','hostPattern':'a.com','injectionConfig':{'pathTemplate':'/bot{value}'}",
            "Secret value can't contain / ? # % whitespace or control characters when injected into the URL path"),
        Arguments.of(
            "'name':'n','type':'generic','value':'tok en','hostPattern':'a.com','injectionConfig':{'pathRegex':'^/x','pathReplacement':'/{value}'}",
            "Secret value can't contain / ? # % whitespace or control characters when injected into the URL path"),
        Arguments.of("'name':'n','type':'anthropic','value':'   ','hostPattern':'a.com'", "Secret value is required"));
  }

  @ParameterizedTest
  @MethodSource("serviceRules")
  void serviceRulesAnswerTheEnvelope(String fields, String message) {
    Raw.Answer a = Raw.onecli(emulator, "POST", "/secrets", Raw.json(body(fields)));
    assertEquals(400, a.status());
    assertEquals(message, a.json().path("error").path("message").asText());
    assertEquals("invalid_request_error", a.json().path("error").path("type").asText());
  }

  @Test
  void pathValueRuleSkipsOnePassword() {
    String json =
        body(
            "'name':'n','type':'generic','valueSource':'onepassword','opRef':'op://v/i/f','hostPattern':'a.com',"
                + "'injectionConfig':{'pathTemplate':'/bot{value}'}");
    assertEquals(201, Raw.onecli(emulator, "POST", "/secrets", Raw.json(json)).status());
  }

  @Test
  void facadeMapsFlatAndEnvelopeErrorsToBadRequest() {
    // Local validation off: these requests must reach the emulator so that its answers are tested.
    try (OneCli client = emulator.clientBuilder().maxRetries(0).validation(false).build()) {
      BadRequestException flat =
          assertThrows(
              BadRequestException.class,
              () ->
                  client
                      .secrets()
                      .create(
                          SecretCreateParams.builder()
                              .name("n")
                              .type(SecretType.ANTHROPIC)
                              .value("sk-ant-api03-x")
                              .hostPattern("https://api.anthropic.com")
                              .build()));
      assertEquals("Enter a hostname, not a URL (remove http:// or https://)", flat.errorMessage());
      assertNull(flat.errorType());

      BadRequestException envelope =
          assertThrows(
              BadRequestException.class,
              () ->
                  client
                      .secrets()
                      .create(SecretCreateParams.builder().name("n").type(SecretType.GENERIC).value("v").hostPattern("a.com").build()));
      assertEquals(
          "Header name, parameter name, or URL path template is required for generic secrets", envelope.errorMessage());
      assertEquals("invalid_request_error", envelope.errorType());
    }
  }

  static Stream<Arguments> updateProblems() {
    return Stream.of(
        Arguments.of("{}", 400, "At least one field must be provided"),
        Arguments.of("{'unknown':1}", 400, "At least one field must be provided"),
        Arguments.of("{'name':''}", 400, "Too small: expected string to have >=1 characters"),
        Arguments.of("{'valueSource':'inline'}", 400, "Secret value is required"),
        Arguments.of("{'valueSource':'onepassword'}", 400, "Select a 1Password field"),
        Arguments.of("{'hostPattern':'*.com'}", 400, "A wildcard can't cover a public suffix like *.com; use a specific domain, e.g. *.example.com"),
        Arguments.of("{'pathPattern':5}", 400, "Invalid input: expected string, received number"),
        Arguments.of("{'injectionConfig':{'paramName':'k','headerName':'h'}}", 400, "Invalid input"));
  }

  @ParameterizedTest
  @MethodSource("updateProblems")
  void updateReportsTheFirstProblemFlat(String singleQuotedBody, int status, String message) {
    String id = createAnthropic();
    Raw.Answer a = Raw.onecli(emulator, "PATCH", "/secrets/" + id, Raw.json(singleQuotedBody));
    assertEquals(status, a.status());
    assertEquals(message, a.json().get("error").asText());
  }

  @Test
  void updateValidatesBeforeLookingTheSecretUp() {
    Raw.Answer a = Raw.onecli(emulator, "PATCH", "/secrets/no-such-id", "{}");
    assertEquals(400, a.status());
    assertEquals("At least one field must be provided", a.json().get("error").asText());
  }

  @Test
  void updateAcceptsNullPathPatternAndRefusesAnEmptyChange() {
    String id = createAnthropic();
    assertEquals(200, Raw.onecli(emulator, "PATCH", "/secrets/" + id, Raw.json("{'pathPattern':null}")).status());
    Raw.Answer noChange =
        Raw.onecli(emulator, "PATCH", "/secrets/" + id, Raw.json("{'injectionConfig':{'headerName':'X'}}"));
    assertEquals(400, noChange.status());
    assertEquals("No fields to update", noChange.json().path("error").path("message").asText());
    assertEquals("invalid_request_error", noChange.json().path("error").path("type").asText());
  }

  private static String createAnthropic() {
    Raw.Answer a =
        Raw.onecli(
            emulator,
            "POST",
            "/secrets",
            Raw.json("{'name':'c','type':'anthropic','value':'sk-ant-api03-0123456789','hostPattern':'api.anthropic.com'}"));
    assertEquals(201, a.status(), a.body());
    return a.json().get("id").asText();
  }
}
