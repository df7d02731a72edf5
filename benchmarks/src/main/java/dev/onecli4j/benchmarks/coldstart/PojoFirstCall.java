package dev.onecli4j.benchmarks.coldstart;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onecli4j.benchmarks.RawJson;
import dev.onecli4j.benchmarks.pojo.PojoSecret;
import dev.onecli4j.benchmarks.pojo.PojoSecretJsr310;
import java.io.IOException;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Cold start of the baselines: an OkHttp client and a mapper configured by hand, one
 * {@code GET /secrets} read into hand-written POJOs, print how many, exit. The dates stay strings
 * and the mapper has no java.time support ({@code raw}), or with {@code jsr310} as the third
 * argument the POJOs have jsr310 dates and the mapper Jackson's {@code JavaTimeModule}.
 */
public final class PojoFirstCall {
  private PojoFirstCall() {}

  /** {@code args[0]}: the base URL; {@code args[1]}: the API key; {@code args[2]}: optional {@code jsr310}. */
  public static void main(String[] args) throws IOException {
    boolean jsr310 = args.length > 2 && args[2].equals("jsr310");
    OkHttpClient http = new OkHttpClient();
    ObjectMapper mapper = jsr310 ? RawJson.create() : RawJson.plain();
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
      List<?> secrets =
          jsr310
              ? mapper.readValue(response.body().byteStream(), new TypeReference<List<PojoSecretJsr310>>() {})
              : mapper.readValue(response.body().byteStream(), new TypeReference<List<PojoSecret>>() {});
      System.out.println(secrets.size());
    }
    System.exit(0);
  }
}
