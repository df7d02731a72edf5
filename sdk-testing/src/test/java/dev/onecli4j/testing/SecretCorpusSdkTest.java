package dev.onecli4j.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * The SDK's local validation against the real server's recorded verdicts on the secret corpus
 * (see {@link SecretCorpusRecorder}): no input the server accepts is refused locally, and the
 * two agree on at least 98% of the inputs the SDK's params can express. The figures and every
 * disagreement are printed.
 */
class SecretCorpusSdkTest {
  private static SdkLocalVerdicts sdk;
  private static final Map<String, SdkLocalVerdicts.Verdict> VERDICTS = new HashMap<>();

  @BeforeAll
  static void start() {
    sdk = new SdkLocalVerdicts();
  }

  /** The SDK's verdict, computed once per input and corpus. */
  private static SdkLocalVerdicts.Verdict verdict(CorpusCase c) {
    return VERDICTS.computeIfAbsent(c.scope() + " " + c.id() + " " + c.wire(), k -> sdk.verdict(c));
  }

  @AfterAll
  static void stop() {
    sdk.close();
  }

  @Test
  void mainCorpusHasNoFalseRefusalAndAgreesOnAtLeast98Percent() {
    CorpusAgreement a = CorpusAgreement.of(SecretCorpus.load(SecretCorpus.MAIN), SecretCorpusSdkTest::verdict);
    System.out.print(a.describe("main corpus, SDK vs server"));
    assertHolds(a, 98.0);
    assertTrue(a.expressible() >= 600, "most inputs are expressible: " + a.expressible());
  }

  @Test
  void independentCorpusHasNoFalseRefusal() {
    CorpusAgreement a = CorpusAgreement.of(SecretCorpus.load(SecretCorpus.INDEPENDENT), SecretCorpusSdkTest::verdict);
    System.out.print(a.describe("independent corpus, SDK vs server"));
    assertHolds(a, 98.0);
  }

  @Test
  void aDeliberatelyWrongRuleFailsTheCheck() {
    // Negative control: the SDK plus one rule the server does not have (no wildcard under .internal).
    List<CorpusCase> cases = SecretCorpus.load(SecretCorpus.MAIN);
    CorpusAgreement wrong =
        CorpusAgreement.of(
            cases,
            c -> {
              SdkLocalVerdicts.Verdict v = verdict(c);
              boolean internal = c.body() != null && c.body().path("hostPattern").asText("").endsWith(".internal");
              return v == SdkLocalVerdicts.Verdict.ACCEPTED && internal ? SdkLocalVerdicts.Verdict.REFUSED : v;
            });
    assertTrue(wrong.falseRefusals().size() >= 3, wrong.describe("wrong rule"));
    assertThrows(AssertionFailedError.class, () -> assertHolds(wrong, 98.0));
    // And one that lets everything through agrees far less than 98%.
    CorpusAgreement lax = CorpusAgreement.of(cases, c -> {
      SdkLocalVerdicts.Verdict v = verdict(c);
      return v == SdkLocalVerdicts.Verdict.NOT_EXPRESSIBLE ? v : SdkLocalVerdicts.Verdict.ACCEPTED;
    });
    assertThrows(AssertionFailedError.class, () -> assertHolds(lax, 98.0), lax.describe("no rules"));
  }

  private static void assertHolds(CorpusAgreement a, double minPercent) {
    assertEquals(List.of(), a.falseRefusals().stream().map(CorpusCase::id).toList(), "inputs the server accepts, refused locally");
    assertTrue(a.percent() >= minPercent, a.describe("agreement below " + minPercent + "%"));
  }
}
