package dev.onecli4j.benchmarks.coldstart;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onecli4j.benchmarks.RawJson;
import dev.onecli4j.generated.onecli.model.Secret;
import dev.onecli4j.internal.http.Json;
import java.io.IOException;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Cold start, raw side: an OkHttp client and a mapper, one {@code GET /secrets} read into the same
 * generated model, print how many, exit. The mapper is configured by hand with Jackson's standard
 * java.time support, or with {@code sdk-mapper} as the third argument is the SDK's own
 * {@code Json.create()}.
 */
public final class RawFirstCall {
  private RawFirstCall() {}

  /** {@code args[0]}: the base URL; {@code args[1]}: the API key; {@code args[2]}: optional {@code sdk-mapper}. */
  public static void main(String[] args) throws IOException {
    OkHttpClient http = new OkHttpClient();
    ObjectMapper mapper = args.length > 2 && args[2].equals("sdk-mapper") ? Json.create() : RawJson.create();
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
      List<Secret> secrets =
          mapper.readValue(response.body().byteStream(), new TypeReference<List<Secret>>() {});
      System.out.println(secrets.size());
    }
    System.exit(0);
  }
}
