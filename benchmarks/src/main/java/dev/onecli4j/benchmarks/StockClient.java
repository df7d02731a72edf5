package dev.onecli4j.benchmarks;

import dev.onecli4j.benchmarks.stock.ApiClient;
import dev.onecli4j.benchmarks.stock.ApiException;
import dev.onecli4j.benchmarks.stock.api.SecretsApi;
import dev.onecli4j.benchmarks.stock.model.HeaderInjection;
import dev.onecli4j.benchmarks.stock.model.InjectionConfig;
import dev.onecli4j.benchmarks.stock.model.Secret;
import dev.onecli4j.benchmarks.stock.model.SecretCreateRequest;
import dev.onecli4j.benchmarks.stock.model.SecretCreated;
import dev.onecli4j.benchmarks.stock.model.SecretType;
import java.util.List;
import okhttp3.OkHttpClient;

/**
 * The {@code stock} side: the client openapi-generator 7.25 generates from {@code
 * openapi/onecli.yaml} with its default Java settings (library okhttp-gson), used as its README
 * says. Generated into {@code benchmarks/target/generated-sources/stock} at build time.
 */
public final class StockClient {
  private final SecretsApi secrets;

  /** A stock client of {@code baseUrl} on {@code http} (its default client when {@code null}). */
  public StockClient(OkHttpClient http, String baseUrl, String apiKey) {
    ApiClient client = http == null ? new ApiClient() : new ApiClient(http);
    client.setBasePath(baseUrl);
    client.setBearerToken(apiKey);
    this.secrets = new SecretsApi(client);
  }

  /** {@code GET /secrets}. */
  public List<Secret> listSecrets() {
    try {
      return secrets.listSecrets(null, null);
    } catch (ApiException e) {
      throw new IllegalStateException("stock list failed: HTTP " + e.getCode(), e);
    }
  }

  /** {@code POST /secrets}. */
  public SecretCreated createSecret(SecretCreateRequest request) {
    try {
      return secrets.createSecret(request, null, null);
    } catch (ApiException e) {
      throw new IllegalStateException("stock create failed: HTTP " + e.getCode(), e);
    }
  }

  /** {@code DELETE /secrets/{id}}: the stock client's exception, or {@code null} if none was thrown. */
  public ApiException deleteSecret(String id) {
    try {
      secrets.deleteSecret(id, null, null);
      return null;
    } catch (ApiException e) {
      return e;
    }
  }

  /** The create of {@link Fixtures#createParams()} in the stock client's model. */
  public static SecretCreateRequest createRequest() {
    return new SecretCreateRequest()
        .name("Benchmark key")
        .type(SecretType.GENERIC)
        .value("sk-bench-0123456789abcdef")
        .hostPattern("api.example.com")
        .injectionConfig(
            new InjectionConfig(new HeaderInjection().headerName("Authorization").valueFormat("Bearer {value}")));
  }
}
