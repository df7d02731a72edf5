package dev.onecli4j.benchmarks;

import dev.onecli4j.benchmarks.pojo.PojoInjection;
import dev.onecli4j.benchmarks.pojo.PojoSecretCreateRequest;
import dev.onecli4j.generated.onecli.model.Injection;
import dev.onecli4j.generated.onecli.model.SecretCreateRequest;
import dev.onecli4j.generated.onecli.model.SecretType;
import dev.onecli4j.param.SecretCreateParams;
import java.io.IOException;

/**
 * The canned answers, shaped like the real server's: every field present, explicit nulls,
 * {@code scope} "workspace", {@code createdAt} as JavaScript's {@code toISOString()} writes it,
 * and a mix of secret types and injection configs.
 */
public final class Fixtures {
  /** The API key both sides send. */
  public static final String API_KEY = "oc_benchmark_0123456789abcdef0123456789abcdef";
  /** The list sizes the server knows: {@code GET /n<size>/v1/secrets}. */
  public static final int[] LIST_SIZES = {10, 100, 1000};
  /** The id whose delete answers 404. */
  public static final String MISSING_ID = "cmc9missing0000secret0000";

  private Fixtures() {}

  /** The base URL (path prefix) whose secret list has {@code size} items. */
  public static String baseUrl(String serverUrl, int size) {
    return serverUrl + "/n" + size + "/v1";
  }

  /** A server answering list (every size), create and the 404 delete. */
  public static CannedServer startServer() throws IOException {
    CannedServer.Builder routes = CannedServer.routes();
    for (int size : LIST_SIZES) {
      String prefix = "/n" + size + "/v1";
      routes.json("GET", prefix + "/secrets", 200, "OK", secretList(size));
      routes.json("POST", prefix + "/secrets", 201, "Created", secretCreated());
      routes.json(
          "DELETE",
          prefix + "/secrets/" + MISSING_ID,
          404,
          "Not Found",
          "{\"error\":{\"message\":\"Secret not found\",\"type\":\"not_found_error\"}}");
    }
    return CannedServer.start(routes);
  }

  /** The create both sides send: a generic secret injected as a bearer header. */
  public static SecretCreateParams createParams() {
    return SecretCreateParams.builder()
        .name("Benchmark key")
        .type(SecretType.GENERIC)
        .value("sk-bench-0123456789abcdef")
        .hostPattern("api.example.com")
        .injection(Injection.header("Authorization", "Bearer {value}"))
        .build();
  }

  /** The body the SDK sends for {@link #createParams()}, built by hand as the raw side would. */
  public static SecretCreateRequest createRequest() {
    return SecretCreateRequest.builder()
        .name("Benchmark key")
        .type(SecretType.GENERIC)
        .value("sk-bench-0123456789abcdef")
        .hostPattern("api.example.com")
        .injectionConfig(Injection.header("Authorization", "Bearer {value}"))
        .build();
  }

  /** The same body as a hand-written client builds it, in its own POJO. */
  public static PojoSecretCreateRequest pojoCreateRequest() {
    PojoInjection injection = new PojoInjection();
    injection.headerName = "Authorization";
    injection.valueFormat = "Bearer {value}";
    PojoSecretCreateRequest request = new PojoSecretCreateRequest();
    request.name = "Benchmark key";
    request.type = "generic";
    request.value = "sk-bench-0123456789abcdef";
    request.hostPattern = "api.example.com";
    request.injectionConfig = injection;
    return request;
  }

  /** The answer of a create: the new secret with a masked preview and the agents it went to. */
  public static String secretCreated() {
    return "{\"id\":\"cmc1q2w3e0000bench0000new\",\"name\":\"Benchmark key\",\"type\":\"generic\","
        + "\"valueSource\":\"inline\",\"opRef\":null,\"hostPattern\":\"api.example.com\",\"pathPattern\":null,"
        + "\"createdAt\":\"2025-06-01T12:34:56.789Z\",\"preview\":\"sk-b…cdef\","
        + "\"attachedAgents\":[{\"id\":\"cmc1agent0000default000001\",\"name\":\"Default agent\"}]}";
  }

  /** A list of {@code n} secrets. */
  public static String secretList(int n) {
    StringBuilder sb = new StringBuilder(n * 420).append('[');
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(',');
      }
      secret(sb, i);
    }
    return sb.append(']').toString();
  }

  private static void secret(StringBuilder sb, int i) {
    String id = String.format("cmc%05dq8a2000%04dbench", i, i % 10_000);
    String createdAt =
        String.format(
            "2025-%02d-%02dT%02d:%02d:%02d.%03dZ",
            1 + i % 12, 1 + i % 28, i % 24, i % 60, (i * 7) % 60, (i * 37) % 1000);
    sb.append("{\"id\":\"").append(id).append('"');
    switch (i % 4) {
      case 0:
        sb.append(",\"name\":\"Anthropic production ").append(i).append('"')
            .append(",\"type\":\"anthropic\",\"valueSource\":\"inline\",\"opRef\":null")
            .append(",\"hostPattern\":\"api.anthropic.com\",\"pathPattern\":null")
            .append(",\"injectionConfig\":null,\"metadata\":{\"authMode\":\"api-key\"}")
            .append(",\"scope\":\"workspace\",\"typeLabel\":\"Anthropic\"");
        break;
      case 1:
        sb.append(",\"name\":\"GitHub token ").append(i).append('"')
            .append(",\"type\":\"generic\",\"valueSource\":\"inline\",\"opRef\":null")
            .append(",\"hostPattern\":\"api.github.com\",\"pathPattern\":\"/repos/*\"")
            .append(",\"injectionConfig\":{\"headerName\":\"Authorization\",\"valueFormat\":\"Bearer {value}\"}")
            .append(",\"metadata\":null,\"scope\":\"workspace\",\"typeLabel\":\"Generic\"");
        break;
      case 2:
        sb.append(",\"name\":\"Maps key ").append(i).append('"')
            .append(",\"type\":\"generic\",\"valueSource\":\"onepassword\"")
            .append(",\"opRef\":\"op://Engineering/Maps/credential\"")
            .append(",\"hostPattern\":\"*.googleapis.com\",\"pathPattern\":null")
            .append(",\"injectionConfig\":{\"paramName\":\"key\"}")
            .append(",\"metadata\":null,\"scope\":\"workspace\",\"typeLabel\":\"Generic\"");
        break;
      default:
        sb.append(",\"name\":\"OpenAI ").append(i).append('"')
            .append(",\"type\":\"openai\",\"valueSource\":\"inline\",\"opRef\":null")
            .append(",\"hostPattern\":\"api.openai.com\",\"pathPattern\":null")
            .append(",\"injectionConfig\":null,\"metadata\":null")
            .append(",\"scope\":\"workspace\",\"typeLabel\":\"OpenAI\"");
        break;
    }
    sb.append(",\"createdAt\":\"").append(createdAt).append("\"}");
  }
}
