package dev.onecli4j.benchmarks.paired;

import dev.onecli4j.benchmarks.Fixtures;
import dev.onecli4j.benchmarks.Loopback;
import dev.onecli4j.benchmarks.RawClient;
import dev.onecli4j.benchmarks.StockClient;
import dev.onecli4j.benchmarks.pojo.PojoSecretCreateRequest;
import dev.onecli4j.error.NotFoundException;
import dev.onecli4j.generated.onecli.model.SecretCreateRequest;
import dev.onecli4j.param.SecretCreateParams;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One comparison of the paired run: the SDK call and its baselines, as calls on one {@link
 * Loopback}. The same operations as the JMH benchmarks of the same name.
 *
 * <p>The sides: {@value #SDK}; {@value #RAW}, hand-written OkHttp + Jackson into small POJOs with
 * the dates kept as strings (the baseline of the targets); {@value #RAW_AA}, an identical second
 * instance of it (the A/A pair, whose ratio shows the noise floor); {@value #RAW_JSR310}, the same
 * POJOs with jackson-datatype-jsr310 dates; {@value #STOCK}, openapi-generator's default
 * okhttp-gson client; and, for create and lists, the earlier baselines that read into the SDK's own
 * generated models.
 */
enum Comparison {
  CREATE("create secret (POST, 201)", "CreateSecretBenchmark", 10, 20),
  LIST_10("list 10 secrets", "ListSecretsBenchmark", 10, 20),
  LIST_100("list 100 secrets", "ListSecretsBenchmark", 100, 8),
  LIST_1000("list 1000 secrets", "ListSecretsBenchmark", 1000, 2),
  ERROR("error: 404 → exception", "ErrorBenchmark", 10, 20);

  static final String SDK = "sdk";
  static final String SDK_UNCHECKED = "sdk, validation off";
  static final String RAW = "raw";
  static final String RAW_AA = "raw A/A";
  static final String RAW_JSR310 = "raw-jsr310";
  static final String STOCK = "stock";
  static final String RAW_SDK_MAPPER = "raw, SDK's mapper";
  static final String RAW_JAVA_TIME = "raw, java.time";
  static final String RAW_STRING_DATES = "raw, string dates";

  /**
   * The ratios the run reports, numerator first: the SDK against every other side, the SDK with
   * validation off against {@code raw} (create only), the A/A pair, and the stock client against
   * the SDK.
   */
  static final List<String[]> RATIOS =
      Collections.unmodifiableList(
          Arrays.asList(
              new String[] {SDK, RAW},
              new String[] {SDK_UNCHECKED, RAW},
              new String[] {SDK, RAW_JSR310},
              new String[] {SDK, RAW_SDK_MAPPER},
              new String[] {SDK, RAW_JAVA_TIME},
              new String[] {SDK, RAW_STRING_DATES},
              new String[] {RAW_AA, RAW},
              new String[] {STOCK, SDK},
              new String[] {STOCK, RAW}));

  final String label;
  /** The JMH benchmark class measuring the same operation. */
  final String benchmark;
  final int listSize;
  /** Calls per batch: a few milliseconds of the SDK's calls. */
  final int batchCalls;

  Comparison(String label, String benchmark, int listSize, int batchCalls) {
    this.label = label;
    this.benchmark = benchmark;
    this.listSize = listSize;
    this.batchCalls = batchCalls;
  }

  /** The sides by name, the SDK first; each call fails loudly if its answer is not the expected one. */
  Map<String, Runnable> sides(Loopback env) {
    Map<String, Runnable> sides = new LinkedHashMap<>();
    switch (this) {
      case CREATE:
        SecretCreateParams params = Fixtures.createParams();
        SecretCreateRequest request = Fixtures.createRequest();
        PojoSecretCreateRequest pojo = Fixtures.pojoCreateRequest();
        dev.onecli4j.benchmarks.stock.model.SecretCreateRequest stock = StockClient.createRequest();
        sides.put(SDK, () -> check(env.sdk.secrets().create(params).id() != null));
        sides.put(SDK_UNCHECKED, () -> check(env.sdkUnchecked.secrets().create(params).id() != null));
        sides.put(RAW, () -> check(env.plain.createPojo(pojo).id != null));
        sides.put(RAW_AA, () -> check(env.plainCopy.createPojo(pojo).id != null));
        sides.put(RAW_JSR310, () -> check(env.raw.createPojoJsr310(pojo).createdAt != null));
        sides.put(RAW_SDK_MAPPER, () -> check(env.rawSdkMapper.createSecret(request).id() != null));
        sides.put(STOCK, () -> check(env.stock.createSecret(stock).getId() != null));
        break;
      case ERROR:
        sides.put(SDK, () -> sdkNotFound(env));
        sides.put(RAW, () -> rawNotFound(env.plain));
        sides.put(RAW_AA, () -> rawNotFound(env.plainCopy));
        sides.put(RAW_JSR310, () -> rawNotFound(env.raw));
        sides.put(STOCK, () -> check(env.stock.deleteSecret(Fixtures.MISSING_ID).getCode() == 404));
        break;
      default:
        sides.put(SDK, () -> check(env.sdk.secrets().list().size() == listSize));
        sides.put(RAW, () -> check(env.plain.listPojos().size() == listSize));
        sides.put(RAW_AA, () -> check(env.plainCopy.listPojos().size() == listSize));
        sides.put(RAW_JSR310, () -> check(env.raw.listPojosJsr310().size() == listSize));
        sides.put(RAW_SDK_MAPPER, () -> check(env.rawSdkMapper.listSecrets().size() == listSize));
        sides.put(RAW_JAVA_TIME, () -> check(env.raw.listSecrets().size() == listSize));
        sides.put(RAW_STRING_DATES, () -> check(env.raw.listSecretsStringDates().size() == listSize));
        sides.put(STOCK, () -> check(env.stock.listSecrets().size() == listSize));
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

  private static void rawNotFound(RawClient client) {
    try {
      client.deleteSecret(Fixtures.MISSING_ID);
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
