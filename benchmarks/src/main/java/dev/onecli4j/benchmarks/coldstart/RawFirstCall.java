package dev.onecli4j.benchmarks.coldstart;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onecli4j.benchmarks.RawJson;
import dev.onecli4j.benchmarks.pojo.PojoSecret;
import dev.onecli4j.benchmarks.pojo.PojoSecretJsr310;
import dev.onecli4j.generated.onecli.model.Secret;
import dev.onecli4j.internal.http.Json;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Cold start, raw side: an OkHttp client and a mapper, one {@code GET /secrets}, print how many,
 * exit. The third argument picks what the list is read into: {@code pojo}, hand-written POJOs
 * whose dates stay strings, with a mapper that has no java.time support (the issue's {@code raw});
 * {@code pojo-jsr310}, the same with jsr310 dates and Jackson's standard {@code JavaTimeModule};
 * {@code sdk-mapper}, the SDK's generated models with its own {@code Json.create()}; none, the
 * generated models with Jackson's standard java.time support.
 */
public final class RawFirstCall {
  private RawFirstCall() {}

  /** {@code args[0]}: the base URL; {@code args[1]}: the API key; {@code args[2]}: optional mode. */
  public static void main(String[] args) throws IOException {
    String mode = args.length > 2 ? args[2] : "";
    OkHttpClient http = new OkHttpClient();
    Request request =
        new Request.Builder()
            .url(args[0] + "/secrets")
            .header("Authorization", "Bearer " + args[1])
            .header("Accept", "application/json")
            .build();
    try (Response response = http.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IllegalStateException("HTTP " + response.code());
      }
      System.out.println(read(mode, response.body().byteStream()).size());
    }
    System.exit(0);
  }

  private static List<?> read(String mode, InputStream body) throws IOException {
    switch (mode) {
      case "pojo":
        return RawJson.plain().readValue(body, new TypeReference<List<PojoSecret>>() {});
      case "pojo-jsr310":
        return RawJson.create().readValue(body, new TypeReference<List<PojoSecretJsr310>>() {});
      default:
        ObjectMapper mapper = mode.equals("sdk-mapper") ? Json.create() : RawJson.create();
        return mapper.readValue(body, new TypeReference<List<Secret>>() {});
    }
  }
}
