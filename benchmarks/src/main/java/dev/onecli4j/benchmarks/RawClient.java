package dev.onecli4j.benchmarks;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.onecli4j.generated.onecli.model.Secret;
import dev.onecli4j.generated.onecli.model.SecretCreateRequest;
import dev.onecli4j.generated.onecli.model.SecretCreated;
import dev.onecli4j.benchmarks.pojo.PojoSecret;
import dev.onecli4j.benchmarks.pojo.PojoSecretCreateRequest;
import dev.onecli4j.benchmarks.pojo.PojoSecretCreated;
import dev.onecli4j.benchmarks.pojo.PojoSecretCreatedJsr310;
import dev.onecli4j.benchmarks.pojo.PojoSecretJsr310;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The baselines: what a careful developer writes by hand with OkHttp and Jackson. Readers and
 * writers are looked up once; each call builds its URL and request, checks the status, and reads
 * the body straight from the stream, either into the same generated model classes the SDK returns
 * or into hand-written POJOs ({@code dev.onecli4j.benchmarks.pojo}).
 */
public final class RawClient {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final OkHttpClient http;
  private final HttpUrl baseUrl;
  private final String authorization;
  private final ObjectMapper mapper;
  private final ObjectReader secretList;
  private final ObjectReader stringDateSecretList;
  private final ObjectReader secretCreated;
  private final ObjectWriter createRequest;
  private final ObjectReader pojoList;
  private final ObjectReader pojoJsr310List;
  private final ObjectReader pojoCreated;
  private final ObjectReader pojoJsr310Created;
  private final ObjectWriter pojoCreateRequest;

  /** A client of {@code baseUrl} (e.g. {@code http://127.0.0.1:1234/v1}) that reads with {@code mapper}. */
  public RawClient(OkHttpClient http, String baseUrl, String apiKey, ObjectMapper mapper) {
    this.http = http;
    this.baseUrl = HttpUrl.get(baseUrl);
    this.authorization = "Bearer " + apiKey;
    this.mapper = mapper;
    this.secretList = mapper.readerFor(new TypeReference<List<Secret>>() {});
    this.stringDateSecretList = mapper.readerFor(new TypeReference<List<StringDateSecret>>() {});
    this.secretCreated = mapper.readerFor(SecretCreated.class);
    this.createRequest = mapper.writerFor(SecretCreateRequest.class);
    this.pojoList = mapper.readerFor(new TypeReference<List<PojoSecret>>() {});
    this.pojoJsr310List = mapper.readerFor(new TypeReference<List<PojoSecretJsr310>>() {});
    this.pojoCreated = mapper.readerFor(PojoSecretCreated.class);
    this.pojoJsr310Created = mapper.readerFor(PojoSecretCreatedJsr310.class);
    this.pojoCreateRequest = mapper.writerFor(PojoSecretCreateRequest.class);
  }

  /** {@code GET /secrets} into the generated {@link Secret} model. */
  public List<Secret> listSecrets() {
    return fetch("secrets", secretList);
  }

  /** {@code GET /secrets} into {@link StringDateSecret}: the dates stay strings. */
  public List<StringDateSecret> listSecretsStringDates() {
    return fetch("secrets", stringDateSecretList);
  }

  /** {@code GET /secrets} into hand-written POJOs whose dates stay strings: the issue's {@code raw}. */
  public List<PojoSecret> listPojos() {
    return fetch("secrets", pojoList);
  }

  /** {@code GET /secrets} into hand-written POJOs with jsr310 dates: {@code raw-jsr310}. */
  public List<PojoSecretJsr310> listPojosJsr310() {
    return fetch("secrets", pojoJsr310List);
  }

  /** {@code POST /secrets}: serializes the generated request model, reads {@link SecretCreated}. */
  public SecretCreated createSecret(SecretCreateRequest body) {
    return post("secrets", createRequest, body, secretCreated);
  }

  /** {@code POST /secrets} with a hand-written body, read into a POJO whose date stays a string. */
  public PojoSecretCreated createPojo(PojoSecretCreateRequest body) {
    return post("secrets", pojoCreateRequest, body, pojoCreated);
  }

  /** {@code POST /secrets} with a hand-written body, read into a POJO with a jsr310 date. */
  public PojoSecretCreatedJsr310 createPojoJsr310(PojoSecretCreateRequest body) {
    return post("secrets", pojoCreateRequest, body, pojoJsr310Created);
  }

  private <T> T fetch(String path, ObjectReader reader) {
    try (Response response = http.newCall(get(path)).execute()) {
      if (!response.isSuccessful()) {
        throw error(response);
      }
      return reader.readValue(response.body().byteStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private <T> T post(String path, ObjectWriter writer, Object body, ObjectReader reader) {
    try {
      Request request =
          request(url(path)).post(RequestBody.create(writer.writeValueAsBytes(body), JSON)).build();
      try (Response response = http.newCall(request).execute()) {
        if (!response.isSuccessful()) {
          throw error(response);
        }
        return reader.readValue(response.body().byteStream());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code DELETE /secrets/{id}}. */
  public void deleteSecret(String id) {
    HttpUrl url = baseUrl.newBuilder().addPathSegment("secrets").addPathSegment(id).build();
    try (Response response = http.newCall(request(url).delete().build()).execute()) {
      if (!response.isSuccessful()) {
        throw error(response);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code GET /secrets} without blocking: {@code done} gets the list or the failure. */
  public void listSecretsAsync(Consumer<List<Secret>> onList, Consumer<Throwable> onError) {
    http.newCall(get("secrets"))
        .enqueue(
            new Callback() {
              @Override
              public void onFailure(Call call, IOException e) {
                onError.accept(e);
              }

              @Override
              public void onResponse(Call call, Response response) {
                List<Secret> list;
                try (Response r = response) {
                  if (!r.isSuccessful()) {
                    throw error(r);
                  }
                  list = secretList.readValue(r.body().byteStream());
                } catch (IOException | RuntimeException e) {
                  onError.accept(e);
                  return;
                }
                onList.accept(list);
              }
            });
  }

  private Request get(String path) {
    return request(url(path)).get().build();
  }

  private HttpUrl url(String path) {
    return baseUrl.newBuilder().addPathSegment(path).build();
  }

  private Request.Builder request(HttpUrl url) {
    return new Request.Builder()
        .url(url)
        .header("Authorization", authorization)
        .header("Accept", "application/json");
  }

  /** Status check failed: read the envelope as a tree and throw. */
  private RawApiException error(Response response) throws IOException {
    JsonNode envelope = mapper.readTree(response.body().byteStream());
    JsonNode error = envelope.path("error");
    return new RawApiException(response.code(), error.path("type").asText(null), error.path("message").asText(null));
  }

  /** The raw side's error: status, type and message of the envelope. */
  public static final class RawApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String type;

    RawApiException(int status, String type, String message) {
      super(status + " " + type + ": " + message);
      this.status = status;
      this.type = type;
    }

    /** The HTTP status. */
    public int status() {
      return status;
    }

    /** The envelope's error type. */
    public String type() {
      return type;
    }
  }
}
