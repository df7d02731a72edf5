package dev.onecli4j.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onecli4j.internal.http.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Plain OkHttp calls, to see an emulator's exact answers (status, headers, body) without the SDK. */
final class Raw {
  private static final OkHttpClient HTTP = new OkHttpClient.Builder().followRedirects(false).build();
  private static final MediaType JSON = MediaType.get("application/json");

  private Raw() {}

  /** One answer. */
  record Answer(int status, Headers headers, String body) {
    JsonNode json() {
      try {
        return Json.mapper().readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    String header(String name) {
      return headers.get(name);
    }
  }

  /** Calls {@code baseUrl + path} with a bearer token (none when null) and an optional JSON body. */
  static Answer call(String baseUrl, String token, String method, String path, String jsonBody, String... headers) {
    Request.Builder b = new Request.Builder().url(baseUrl + path);
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    RequestBody body = jsonBody == null ? null : RequestBody.create(jsonBody, JSON);
    if (body == null && (method.equals("POST") || method.equals("PUT") || method.equals("PATCH"))) {
      body = RequestBody.create(new byte[0], null);
    }
    b.method(method, body);
    try (Response r = HTTP.newCall(b.build()).execute()) {
      return new Answer(r.code(), r.headers(), r.body().string());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Calls the OneCLI emulator with its current API key. */
  static Answer onecli(OneCliEmulator e, String method, String path, String jsonBody, String... headers) {
    return call(e.baseUrl(), e.apiKey(), method, path, jsonBody, headers);
  }

  /** Calls the user-secrets emulator with its token. */
  static Answer userSecrets(UserSecretsEmulator e, String method, String path, String jsonBody) {
    return call(e.baseUrl(), e.token(), method, path, jsonBody);
  }

  /** Single quotes to double quotes, for readable JSON literals in tests. */
  static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }
}
