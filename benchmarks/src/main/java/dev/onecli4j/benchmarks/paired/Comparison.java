package dev.onecli4j.benchmarks.paired;

import dev.onecli4j.benchmarks.Fixtures;
import dev.onecli4j.benchmarks.Loopback;
import dev.onecli4j.benchmarks.RawClient;
import dev.onecli4j.error.NotFoundException;
import dev.onecli4j.generated.onecli.model.SecretCreateRequest;
import dev.onecli4j.param.SecretCreateParams;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One SDK-vs-raw comparison of the paired run: the SDK call and its hand-written baselines, as
 * calls on one {@link Loopback}. The same operations as the JMH benchmarks of the same name.
 */
enum Comparison {
  CREATE("create secret (POST, 201)", "CreateSecretBenchmark", 10),
  LIST_10("list 10 secrets", "ListSecretsBenchmark", 10),
  LIST_100("list 100 secrets", "ListSecretsBenchmark", 100),
  LIST_1000("list 1000 secrets", "ListSecretsBenchmark", 1000),
  ERROR("error: 404 → exception", "ErrorBenchmark", 10);

  final String label;
  /** The JMH benchmark class measuring the same operation. */
  final String benchmark;
  final int listSize;

  Comparison(String label, String benchmark, int listSize) {
    this.label = label;
    this.benchmark = benchmark;
    this.listSize = listSize;
  }

  /** The sides by name, the SDK first; each call fails loudly if its answer is not the expected one. */
  Map<String, Runnable> sides(Loopback env) {
    Map<String, Runnable> sides = new LinkedHashMap<>();
    switch (this) {
      case CREATE:
        SecretCreateParams params = Fixtures.createParams();
        SecretCreateRequest request = Fixtures.createRequest();
        sides.put("sdk", () -> check(env.sdk.secrets().create(params).id() != null));
        sides.put("raw, SDK's mapper", () -> check(env.rawSdkMapper.createSecret(request).id() != null));
        break;
      case ERROR:
        sides.put("sdk", () -> sdkNotFound(env));
        sides.put("raw", () -> rawNotFound(env));
        break;
      default:
        sides.put("sdk", () -> check(env.sdk.secrets().list().size() == listSize));
        sides.put("raw, SDK's mapper", () -> check(env.rawSdkMapper.listSecrets().size() == listSize));
        sides.put("raw, java.time", () -> check(env.raw.listSecrets().size() == listSize));
        sides.put("raw, string dates", () -> check(env.raw.listSecretsStringDates().size() == listSize));
        break;
    }
    return sides;
  }

  private static void sdkNotFound(Loopback env) {
    try {
      env.sdk.secrets().delete(Fixtures.MISSING_ID);
    } catch (NotFoundException e) {
      return;
    }
    throw new IllegalStateException("expected NotFoundException");
  }

  private static void rawNotFound(Loopback env) {
    try {
      env.rawSdkMapper.deleteSecret(Fixtures.MISSING_ID);
    } catch (RawClient.RawApiException e) {
      check(e.status() == 404);
      return;
    }
    throw new IllegalStateException("expected a 404");
  }

  private static void check(boolean ok) {
    if (!ok) {
      throw new IllegalStateException("unexpected answer");
    }
  }
}
