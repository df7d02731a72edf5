package dev.onecli4j.contract;

import static dev.onecli4j.contract.ContractAssertions.assertRejectedByPrism;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onecli4j.OneCli;
import dev.onecli4j.RawResponse;
import dev.onecli4j.error.ApiException;
import dev.onecli4j.generated.onecli.model.Injection;
import dev.onecli4j.generated.onecli.model.OnePasswordDisplay;
import dev.onecli4j.generated.onecli.model.SecretType;
import dev.onecli4j.generated.onecli.model.ValueSource;
import dev.onecli4j.http.RequestListener;
import dev.onecli4j.param.SecretCreateParams;
import dev.onecli4j.param.SecretUpdateParams;
import dev.onecli4j.validation.ValidationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Property test of the local secret validation against the OneCLI spec: for many random secret
 * create and update inputs in all three scopes (project, organization, partner), drawn with a
 * fixed seed from a grammar of valid-ish and invalid-ish values, every input the SDK accepts
 * locally is accepted by Prism too.
 *
 * <p>Inputs go through the facade of a client with local validation on (the default). A
 * {@link ValidationException} from the params builder, from the scope check of organization and
 * partner secrets, or from {@code RequestValidation} in the transport means the SDK refused the
 * input locally, before any request (the test checks that nothing was sent for those). Every
 * other input reaches Prism and must be accepted there, without {@code sl-violations}.
 *
 * <p>The property is one-way on purpose: local-accept implies Prism-accept. The reverse does not
 * hold and is not asserted, because the server has rules that a JSON schema cannot state (and
 * that the SDK mirrors locally): whitespace-only names, a wildcard over a public suffix, a
 * single leading {@code *.} label, a valid {@code op://} reference, a path template that holds
 * {@code {value}} once, a regex that compiles, path-safe values with a path injection,
 * {@code injectionConfig} required for generic secrets. The report counts how many locally
 * refused inputs Prism would have let through, i.e. how much the local rules add.
 *
 * <p>Enum fields ({@code type}, {@code valueSource}) take known values only. The SDK's enums are
 * open by design, so a caller may send a value newer than the SDK (say a new secret type of a
 * newer server); Prism, reading this spec, refuses such a value, and the local rules let it
 * through on purpose. That is forward compatibility, not a gap in the local rules.
 *
 * <p>{@link SecretUpdateParams.Builder#clearInjection()} is not generated: Prism refuses the
 * explicit {@code "injectionConfig": null} it sends, because the spec's {@code InjectionConfig}
 * ({@code type: object}, {@code nullable: true}, {@code oneOf} four objects) is read by Prism as
 * "one of four objects" even for {@code null} (see
 * {@code OneCliContractIT#knownSpecQuirkPrismRefusesClearInjection}).
 *
 * <p>System properties {@value #SEED_PROPERTY} and {@value #INPUTS_PROPERTY} pick another seed
 * or number of inputs, to explore further.
 */
class LocalValidationContractIT {
  static final String SEED_PROPERTY = "onecli4j.property.seed";
  static final String INPUTS_PROPERTY = "onecli4j.property.inputs";
  private static final long DEFAULT_SEED = 20_240_501L;
  private static final int DEFAULT_INPUTS = 300;
  private static final String SECRET_ID = "sec_1";

  private static PrismServer prism;
  private static OneCliContract.OperationRecorder recorder;
  private static OneCli client;
  private static OneCli unvalidated;

  @BeforeAll
  static void startPrism() {
    prism = OneCliContract.startPrism();
    recorder = new OneCliContract.OperationRecorder();
    client = OneCliContract.client(prism, recorder);
    unvalidated = client.withOptions(o -> o.validation(false).listener(RequestListener.NONE));
  }

  @AfterAll
  static void stopPrism() {
    if (client != null) {
      OneCliContract.close(client);
    }
    if (prism != null) {
      prism.close();
    }
  }

  @Test
  void everyInputTheSdkAcceptsLocallyPrismAcceptsToo() throws IOException {
    long seed = Long.getLong(SEED_PROPERTY, DEFAULT_SEED);
    int count = Integer.getInteger(INPUTS_PROPERTY, DEFAULT_INPUTS);
    List<Input> inputs = new Grammar(new Random(seed)).inputs(count);

    Map<String, Integer> refusedBy = new TreeMap<>();
    Map<String, Integer> acceptedPerKind = new TreeMap<>();
    List<Input> refusedByRequestValidation = new ArrayList<>();
    List<String> prismRejected = new ArrayList<>();
    int acceptedLocally = 0;
    int acceptedByPrism = 0;
    for (Input in : inputs) {
      if (in.buildError != null) {
        refusedBy.merge("params builder (" + in.buildError.subject() + ")", 1, Integer::sum);
        continue;
      }
      int sentBefore = recorder.started();
      RawResponse<Object> raw;
      try {
        raw = client.withRawResponse(in.call);
      } catch (ValidationException e) {
        assertEquals(sentBefore, recorder.started(), () -> "a locally refused input was sent: " + in);
        refusedBy.merge(stage(e), 1, Integer::sum);
        if (isRequestValidation(e)) {
          refusedByRequestValidation.add(in);
        }
        continue;
      } catch (ApiException e) {
        acceptedLocally++;
        prismRejected.add(in + "\n      -> " + e.status() + ": " + ContractAssertions.describe(ContractAssertions.violations(e)));
        continue;
      }
      acceptedLocally++;
      String violations = raw.header(PrismServer.VIOLATIONS_HEADER);
      if (violations != null) {
        prismRejected.add(in + "\n      -> " + raw.status() + " with warnings: " + ContractAssertions.describe(violations));
      } else {
        acceptedByPrism++;
        acceptedPerKind.merge(in.kind(), 1, Integer::sum);
      }
    }

    // What the local rules add: locally refused bodies, sent anyway (validation off).
    Map<String, Integer> prismWouldAccept = new TreeMap<>();
    int prismAlsoRejects = 0;
    for (Input in : refusedByRequestValidation) {
      try {
        unvalidated.withRawResponse(in.call);
        prismWouldAccept.merge(in.firstProblem, 1, Integer::sum);
      } catch (ApiException e) {
        prismAlsoRejects++;
      }
    }

    StringBuilder report = new StringBuilder();
    report.append(String.format(Locale.ROOT,
        "Local validation property (seed %d): %d inputs generated, %d accepted locally, %d of those accepted by Prism, %d rejected by Prism%n",
        seed, inputs.size(), acceptedLocally, acceptedByPrism, prismRejected.size()));
    report.append("  refused locally, by stage: ").append(refusedBy).append('\n');
    report.append("  accepted by Prism, by scope and operation: ").append(acceptedPerKind).append('\n');
    report.append(String.format(Locale.ROOT,
        "  of %d bodies RequestValidation refused, sent with validation off: Prism rejects %d, would accept %d (rules the spec cannot express), by first problem: %s%n",
        refusedByRequestValidation.size(), prismAlsoRejects, refusedByRequestValidation.size() - prismAlsoRejects, prismWouldAccept));
    prismRejected.forEach(r -> report.append("  PRISM REJECTED ").append(r).append('\n'));
    System.out.print(report);
    Path out = prism.log().resolveSibling("local-validation-property.txt");
    Files.write(out, report.toString().getBytes(StandardCharsets.UTF_8));

    assertTrue(prismRejected.isEmpty(), () -> "inputs the SDK accepts locally but Prism rejects:\n" + String.join("\n", prismRejected));
    assertEquals(acceptedLocally, recorder.started(), "exactly the locally accepted inputs were sent");
    // The grammar must exercise both sides of the local rules, in every scope and operation.
    assertTrue(acceptedLocally >= count / 5, () -> "too few inputs accepted locally: " + report);
    assertTrue(inputs.size() - acceptedLocally >= count / 5, () -> "too few inputs refused locally: " + report);
    assertEquals(6, acceptedPerKind.size(), () -> "some scope/operation never reached Prism: " + report);
    assertTrue(prismAlsoRejects > 0, () -> "Prism rejected none of the locally refused bodies: " + report);
  }

  /**
   * Negative control: with local validation off, a body that breaks the spec (a 256-character
   * name) reaches Prism and is rejected there, so an input that slipped through the local rules
   * would fail the property.
   */
  @Test
  void negativeControlPrismRejectsWhatTheLocalValidatorWouldRefuse() {
    SecretCreateParams longName =
        SecretCreateParams.builder()
            .name("n".repeat(256))
            .type(SecretType.OPENAI)
            .value("sk-x")
            .hostPattern("api.openai.com")
            .build();
    ValidationException local =
        assertThrows(ValidationException.class, () -> client.secrets().create(longName));
    assertEquals("createSecret", local.subject(), local::getMessage);
    for (Function<OneCli, Object> call :
        List.<Function<OneCli, Object>>of(
            c -> c.secrets().create(longName),
            c -> c.org().secrets().create(longName),
            c -> c.partner().secrets().create(longName))) {
      ApiException e = assertRejectedByPrism("create with a 256-character name", () -> call.apply(unvalidated));
      String violations = ContractAssertions.violations(e);
      assertNotNull(violations, e::toString);
      assertTrue(violations.contains("name"), violations);
    }
  }

  private static boolean isRequestValidation(ValidationException e) {
    return e.subject().endsWith("Secret");
  }

  private static String stage(ValidationException e) {
    return isRequestValidation(e) ? "RequestValidation" : "scope check (" + e.subject() + ")";
  }

  // ---------------------------------------------------------------------------------------
  // The input grammar
  // ---------------------------------------------------------------------------------------

  /** One generated input: a description, and the facade call, or why its params did not build. */
  static final class Input {
    final int number;
    final String scope;
    final boolean create;
    final String description;
    final Function<OneCli, Object> call;
    final ValidationException buildError;
    String firstProblem;

    Input(int number, String scope, boolean create, String description, Object params, ValidationException buildError) {
      this.number = number;
      this.scope = scope;
      this.create = create;
      this.description = description;
      this.buildError = buildError;
      this.call = params == null ? null : c -> {
        try {
          return send(c, scope, params);
        } catch (ValidationException e) {
          firstProblem = e.problems().isEmpty() ? "?" : e.problems().get(0).field();
          throw e;
        }
      };
    }

    String kind() {
      return scope + (create ? " create" : " update");
    }

    @Override
    public String toString() {
      return "#" + number + " " + kind() + " " + description;
    }

    private static Object send(OneCli c, String scope, Object params) {
      if (params instanceof SecretCreateParams) {
        SecretCreateParams p = (SecretCreateParams) params;
        switch (scope) {
          case "project":
            return c.secrets().create(p);
          case "org":
            return c.org().secrets().create(p);
          default:
            return c.partner().secrets().create(p);
        }
      }
      SecretUpdateParams p = (SecretUpdateParams) params;
      switch (scope) {
        case "project":
          return c.secrets().update(SECRET_ID, p);
        case "org":
          return c.org().secrets().update(SECRET_ID, p);
        default:
          return c.partner().secrets().update(SECRET_ID, p);
      }
    }
  }

  /**
   * Random secret inputs. Each field is drawn from a pool of values that should pass (most of
   * the time) or from a pool of values that should not, so that both outcomes are frequent.
   */
  static final class Grammar {
    private static final String[] SCOPES = {"project", "org", "partner"};

    private static final List<String> GOOD_NAMES =
        List.of("A", "Stripe key", "x".repeat(255), " padded name ", " " + "y".repeat(255) + " ", "名前 ключ", "tab\tname");
    private static final List<String> BAD_NAMES = List.of("", "   ", "x".repeat(256), "\t\t");

    private static final List<String> GOOD_VALUES =
        List.of(
            "sk-ant-api03-abc", "v", "x".repeat(10_000), "ünicode-tök", " padded ", "tok/with/slash", "tok?q",
            "tok#frag", "tok%20", "tok with space", "tok\u0001ctl", "line\nbreak");
    private static final List<String> BAD_VALUES = List.of("", " ", "x".repeat(10_001), "\n");

    private static final List<String> GOOD_HOSTS =
        List.of(
            "api.example.com", " api.example.com ", "*.example.com", "*.api.example.co.uk", "localhost", "127.0.0.1",
            "api.example.com:8443", "xn--bcher-kva.example", label(1000), " " + label(1000) + " ");
    private static final List<String> BAD_HOSTS =
        List.of(
            "", "  ", "*.com", "*.co.uk", "*.s3.amazonaws.com", "*.github.io", "a.*.b", "*.*.example.com", "*",
            "https://x", "http://api.example.com", "api.example.com/v1", "api example.com", label(1001));

    private static final List<String> GOOD_PATHS = List.of("/v1/*", "/repos/*/issues", "/" + "p".repeat(999), "");
    private static final List<String> BAD_PATHS = List.of("/" + "p".repeat(1000), "/a b");

    private static final List<Injection> GOOD_INJECTIONS =
        List.of(
            Injection.header("Authorization", "Bearer {value}"),
            Injection.header("X-Api-Key"),
            Injection.queryParam("key"),
            Injection.queryParam("api_key", "{value}"),
            Injection.pathTemplate("/bot{value}"),
            Injection.pathTemplate("/v1/{value}/send"),
            Injection.pathRegex("^/bot([^/]+)", "/bot{value}"),
            Injection.pathRegex("^/v1/(.*)$", "/v1/{value}/$1"));
    private static final List<Injection> BAD_INJECTIONS =
        List.of(
            Injection.header(""),
            Injection.header(" "),
            Injection.queryParam(""),
            Injection.pathTemplate("bot{value}"),
            Injection.pathTemplate("/bot{value}/{value}"),
            Injection.pathTemplate("/bot"),
            Injection.pathTemplate(""),
            Injection.pathRegex("([", "/x{value}"),
            Injection.pathRegex("^/x", "/y"),
            Injection.pathRegex("", "/x{value}"),
            Injection.builder().headerName("X-Key").paramName("key").build(),
            Injection.builder().headerName("X-Key").putAdditionalProperty("prefix", "Bearer").build(),
            Injection.builder().valueFormat("Bearer {value}").build(),
            Injection.builder().pathReplacement("/x{value}").build(),
            Injection.builder().build());

    private static final List<String> GOOD_OP_REFS =
        List.of("op://vault/item/field", "op://Engineering/Stripe Key/credential", "op://v/i/f/extra");
    private static final List<String> BAD_OP_REFS =
        List.of("op://vault/item", "vault/item/field", "op:///item/field", "op://vault//field", "");

    private final Random random;

    Grammar(Random random) {
      this.random = random;
    }

    List<Input> inputs(int count) {
      List<Input> inputs = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        String scope = SCOPES[random.nextInt(SCOPES.length)];
        inputs.add(random.nextBoolean() ? create(i, scope) : update(i, scope));
      }
      return Collections.unmodifiableList(inputs);
    }

    private Input create(int number, String scope) {
      StringBuilder d = new StringBuilder();
      SecretCreateParams.Builder b = SecretCreateParams.builder();
      String name = pick(0.85, GOOD_NAMES, BAD_NAMES);
      b.name(name);
      d.append("name=").append(show(name));
      SecretType type = SecretType.values().get(random.nextInt(SecretType.values().size()));
      b.type(type);
      d.append(" type=").append(type);
      boolean onePassword = random.nextDouble() < (scope.equals("project") ? 0.2 : 0.05);
      if (onePassword) {
        onePassword(b::onePassword, b::opDisplay, d);
        if (random.nextDouble() < 0.15) {
          value(b::value, d); // a value next to a 1Password reference
        }
      } else {
        if (scope.equals("project") && random.nextDouble() < 0.1) {
          b.valueSource(ValueSource.INLINE);
          d.append(" valueSource=inline");
        }
        if (random.nextDouble() < 0.95) {
          value(b::value, d);
        }
      }
      String host = pick(0.85, GOOD_HOSTS, BAD_HOSTS);
      b.hostPattern(host);
      d.append(" host=").append(show(host));
      if (random.nextBoolean()) {
        String path = pick(0.85, GOOD_PATHS, BAD_PATHS);
        b.pathPattern(path);
        d.append(" path=").append(show(path));
      }
      if (random.nextDouble() < (SecretType.GENERIC.equals(type) ? 0.9 : 0.25)) {
        Injection injection = pick(0.8, GOOD_INJECTIONS, BAD_INJECTIONS);
        b.injection(injection);
        d.append(" injection=").append(injection);
      }
      try {
        return new Input(number, scope, true, d.toString(), b.build(), null);
      } catch (ValidationException e) {
        return new Input(number, scope, true, d.toString(), null, e);
      }
    }

    private Input update(int number, String scope) {
      StringBuilder d = new StringBuilder();
      SecretUpdateParams.Builder b = SecretUpdateParams.builder();
      if (random.nextDouble() < 0.35) {
        String name = pick(0.85, GOOD_NAMES, BAD_NAMES);
        b.name(name);
        d.append(" name=").append(show(name));
      }
      if (scope.equals("project") && random.nextDouble() < 0.12) {
        onePassword(b::onePassword, b::opDisplay, d);
      } else if (!scope.equals("project") && random.nextDouble() < 0.03) {
        onePassword(b::onePassword, b::opDisplay, d);
      }
      if (random.nextDouble() < 0.35) {
        value(b::value, d);
      }
      if (random.nextDouble() < 0.05) {
        b.valueSource(ValueSource.INLINE); // organization and partner bodies have no such field
        d.append(" valueSource=inline");
      }
      if (random.nextDouble() < 0.05) {
        b.opDisplay(OnePasswordDisplay.builder().vault("Engineering").build()); // project bodies only
        d.append(" opDisplay");
      }
      if (random.nextDouble() < 0.3) {
        String host = pick(0.85, GOOD_HOSTS, BAD_HOSTS);
        b.hostPattern(host);
        d.append(" host=").append(show(host));
      }
      if (random.nextDouble() < 0.25) {
        if (random.nextDouble() < 0.3) {
          b.clearPathPattern();
          d.append(" path=null");
        } else {
          String path = pick(0.85, GOOD_PATHS, BAD_PATHS);
          b.pathPattern(path);
          d.append(" path=").append(show(path));
        }
      }
      // No clearInjection(): Prism refuses "injectionConfig": null (see the class comment).
      if (random.nextDouble() < 0.3) {
        Injection injection = pick(0.8, GOOD_INJECTIONS, BAD_INJECTIONS);
        b.injection(injection);
        d.append(" injection=").append(injection);
      }
      String description = d.length() == 0 ? "(no change)" : d.substring(1);
      try {
        return new Input(number, scope, false, description, b.build(), null);
      } catch (ValidationException e) {
        return new Input(number, scope, false, description, null, e);
      }
    }

    private void value(Function<String, ?> setter, StringBuilder d) {
      String value = pick(0.85, GOOD_VALUES, BAD_VALUES);
      setter.apply(value);
      d.append(" value=").append(show(value));
    }

    private void onePassword(
        Function<String, ?> setter, Function<OnePasswordDisplay, ?> display, StringBuilder d) {
      String ref = pick(0.75, GOOD_OP_REFS, BAD_OP_REFS);
      setter.apply(ref);
      d.append(" onePassword=").append(show(ref));
      if (random.nextDouble() < 0.3) {
        display.apply(OnePasswordDisplay.builder().vault("Engineering").item("Stripe").field("credential").build());
        d.append(" opDisplay");
      }
    }

    private <T> T pick(double good, List<T> goodPool, List<T> badPool) {
      List<T> pool = random.nextDouble() < good ? goodPool : badPool;
      return pool.get(random.nextInt(pool.size()));
    }

    /** A host name of exactly {@code length} characters: labels of at most 63 characters. */
    private static String label(int length) {
      StringBuilder sb = new StringBuilder();
      while (sb.length() < length - 4) {
        sb.append("a".repeat(63)).append('.');
      }
      sb.setLength(length - 4);
      if (sb.charAt(sb.length() - 1) == '.') {
        sb.setCharAt(sb.length() - 2, '.');
        sb.setCharAt(sb.length() - 1, 'a');
      }
      return sb.append(".com").toString();
    }

    /** A string for the report: quoted and escaped, long ones shortened, with their length. */
    private static String show(String s) {
      String escaped =
          s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\u0001", "\\u0001");
      if (escaped.length() > 24) {
        escaped = escaped.substring(0, 12) + "…" + escaped.substring(escaped.length() - 6);
      }
      return "\"" + escaped + "\"(" + s.length() + ")";
    }
  }
}
